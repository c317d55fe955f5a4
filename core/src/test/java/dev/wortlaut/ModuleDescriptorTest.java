package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Pins the exported surface of {@code dev.wortlaut.core}: only the API package is exported to all. */
final class ModuleDescriptorTest {

  @Test
  void onlyTheApiPackageIsExported_internalsOnlyToTheGazetteerModule() throws IOException {
    Path descriptor = Path.of("target/classes/module-info.class");
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(descriptor)) {
      module = ModuleDescriptor.read(in);
    }
    assertEquals("dev.wortlaut.core", module.name());
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      exports.put(e.source(), e.targets());
    }
    assertEquals(Set.of(), exports.get("dev.wortlaut"), "dev.wortlaut is exported to everyone");
    exports.forEach(
        (pkg, targets) -> {
          if (!pkg.equals("dev.wortlaut")) {
            assertEquals(Set.of("dev.wortlaut.gazetteer"), targets, pkg + " must be a friend export");
          }
        });
  }
}

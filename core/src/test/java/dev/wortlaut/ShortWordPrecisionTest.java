package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ShortWordPrecisionTest {

  private static final NameMatcher MATCHER =
      NameMatcher.of(
          Gazetteer.builder()
              .add(
                  new Entity("oman", EntityType.PLACE, "Oman", List.of(), List.of("عمان"),
                      java.util.Map.of()))
              .add(Entity.of("iran", EntityType.PLACE, "Iran"))
              .build());

  @Test
  void shortCapitalisedWord_doesNotMatchANameBySoundAlone() {
    assertEquals(List.of(), MATCHER.match("Man wisse nicht, wie es weitergehe."));
  }

  @Test
  void theNamesThemselves_stillMatch() {
    List<Mention> mentions = MATCHER.match("Oman und Iran verhandeln.");
    assertEquals(List.of("Oman", "Iran"), mentions.stream().map(Mention::text).toList());
  }
}

package dev.wortlaut.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wortlaut.NameMatch;
import dev.wortlaut.Names;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wortlaut match NAME1 NAME2}: whether two names denote the same entity, as JSON. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two names across transliterations and exonyms and prints"
          + " {\"a\":..,\"b\":..,\"same\":..,\"score\":..}."
    })
final class MatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME1", description = "A name in any script.")
  String a;

  @Parameters(index = "1", paramLabel = "NAME2", description = "Another name in any script.")
  String b;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    NameMatch match = Names.match(a, b);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("a", a);
    node.put("b", b);
    node.put("same", match.same());
    node.put("score", match.score());
    out.println(mapper.writeValueAsString(node));
    out.flush();
    return 0;
  }
}

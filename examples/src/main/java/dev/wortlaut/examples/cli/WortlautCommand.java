package dev.wortlaut.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wortlaut} command-line tool: {@code analyze} and {@code match}. */
@Command(
    name = "wortlaut",
    mixinStandardHelpOptions = true,
    version = "wortlaut 0.1.0-SNAPSHOT",
    description = "Analyses German political news: names, quotes, quantities.",
    subcommands = {AnalyzeCommand.class, MatchCommand.class})
public final class WortlautCommand implements Runnable {

  /** Exit code for bad input: an unreadable file, a malformed gazetteer, invalid UTF-8. */
  static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: analyze or match");
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the tool with the given output streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new WortlautCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("wortlaut: " + e.getMessage());
          err.flush();
          return EXIT_BAD_INPUT;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}

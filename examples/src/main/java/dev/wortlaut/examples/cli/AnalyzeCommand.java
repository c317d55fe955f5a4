package dev.wortlaut.examples.cli;

import dev.wortlaut.Gazetteer;
import dev.wortlaut.NewsAnalyzer;
import dev.wortlaut.gazetteer.GazetteerFormatException;
import dev.wortlaut.gazetteer.Gazetteers;
import dev.wortlaut.gazetteer.GermanPolitics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wortlaut analyze}: one JSON object per document, in input order. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Finds names, quotes and quantities and writes JSON Lines, one object per document.",
      "Each file is one document (standard input when no file is given); with --lines each input line"
          + " is one document."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description = "A gazetteer file (TSV) to use instead of the default German political gazetteer.")
  Path gazetteer;

  @Option(names = "--lines", description = "Treat each input line as one document.")
  boolean lines;

  @Parameters(paramLabel = "FILE", description = "Input files, UTF-8; standard input when none.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NewsAnalyzer analyzer;
    try {
      Gazetteer entities = gazetteer == null ? GermanPolitics.gazetteer() : Gazetteers.load(gazetteer);
      analyzer = NewsAnalyzer.builder().gazetteer(entities).quotes().quantities().build();
    } catch (GazetteerFormatException e) {
      return fail(err, "malformed gazetteer " + e.getMessage());
    } catch (UncheckedIOException e) {
      return fail(err, e.getMessage());
    }
    JsonWriter json = new JsonWriter();
    try {
      if (files.isEmpty()) {
        try {
          process(System.in, "-", analyzer, json, out);
        } catch (IOException e) {
          throw new BadInputException("cannot read standard input: " + describe(e), e);
        }
      } else {
        for (Path file : files) {
          try (InputStream in = Files.newInputStream(file)) {
            process(in, file.toString(), analyzer, json, out);
          } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + describe(e), e);
          }
        }
      }
    } catch (BadInputException e) {
      out.flush();
      return fail(err, e.getMessage());
    }
    out.flush();
    return 0;
  }

  private void process(
      InputStream in, String name, NewsAnalyzer analyzer, JsonWriter json, PrintWriter out)
      throws IOException {
    if (lines) {
      // split on bytes and decode each line on its own, so an encoding error names its own line and
      // the lines before it are written
      java.io.BufferedInputStream bytes = new java.io.BufferedInputStream(in);
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      int number = 0;
      int b;
      boolean pending = false;
      while ((b = bytes.read()) != -1) {
        pending = true;
        if (b == '\n') {
          number++;
          writeLine(json, out, name, number, analyzer, line);
          line.reset();
          pending = false;
        } else {
          line.write(b);
        }
      }
      if (pending) {
        writeLine(json, out, name, number + 1, analyzer, line);
      }
    } else {
      byte[] bytes = in.readAllBytes();
      String text;
      try {
        text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new BadInputException(name + ": invalid UTF-8", e);
      }
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      write(json, out, name, analyzer, text);
    }
  }

  private static void writeLine(
      JsonWriter json,
      PrintWriter out,
      String name,
      int number,
      NewsAnalyzer analyzer,
      java.io.ByteArrayOutputStream bytes) {
    byte[] raw = bytes.toByteArray();
    int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
    String text;
    try {
      text = strictUtf8().decode(ByteBuffer.wrap(raw, 0, length)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(name + ":" + number + ": invalid UTF-8", e);
    }
    if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    write(json, out, number, analyzer, text);
  }

  private static void write(
      JsonWriter json, PrintWriter out, Object doc, NewsAnalyzer analyzer, String text) {
    try {
      out.println(json.mapper().writeValueAsString(json.document(doc, analyzer.analyze(text))));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(doc + ": " + e.getMessage(), e);
    }
  }

  private static java.nio.charset.CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static int fail(PrintWriter err, String message) {
    err.println("wortlaut: " + message.replace('\n', ' '));
    err.flush();
    return WortlautCommand.EXIT_BAD_INPUT;
  }
}

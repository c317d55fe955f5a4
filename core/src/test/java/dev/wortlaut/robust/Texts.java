package dev.wortlaut.robust;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded generators of hostile German news text, and the fixtures the robustness tests share. */
final class Texts {

  /** Text that no engine should report anything in; it surrounds embedded documents. */
  static final String NEUTRAL = "Das Wetter war gestern mild und trocken.";

  private static final String[] WORDS = {
    "die", "der", "und", "Bundesregierung", "sagte", "erklärte", "betonte", "laut", "zufolge", "habe",
    "sei", "werde", "Prozent", "Euro", "Millionen", "Milliarden", "rund", "mehr", "als", "bis", "zu",
    "Kilometer", "km²", "Jahr", "Jahren", "Tausende", "Soldaten", "Außenminister", "Kanzler", "er",
    "sie", "Moskau", "Kiew", "Nordkorea", "Nordkoreas", "Ukraine", "Straße", "Öl", "Dr.", "z.", "B.",
    "ca.", "Mio.", "Nr.", "Art.", "Abs.", "Prozentpunkte", "Grad", "Tonnen", "USD", "€", "$", "%",
    "Wirtschaftsministerium", "Sprecherin", "dpa", "AFP", "Reuters", "Mittwoch", "Oktober", "März"
  };
  private static final String[] NAMES = {
    "Sergej Lawrow", "Sergey Lavrov", "Lawrow", "Lawrows", "Сергей Лавров", "Kim Jong Un",
    "Kim Jong-un", "Kim Jong Il", "Kim", "김정은", "Friedrich Merz", "Merz", "Merz'", "Wolodymyr Selenskyj",
    "Selenskyj", "Volodymyr Zelensky", "Choe Son Hui", "Son-hui", "Nordkorea", "SPD", "Olaf Scholz"
  };
  private static final String[] NUMBERS = {
    "0", "1", "3", "10", "24.", "100", "2024", "10.000", "3,5", "1.000,5", "15:53", "2:1", "01.11.2024",
    "1.000.000", "0,0", "-5", "+3", "½", "¾", "1/2", "100.000.000.000.000.000.000", "٣", "１２", "5-6",
    "20er", "1990er", "G7", "eins", "zwei", "zehn", "hundert", "tausend", "zweieinhalb"
  };
  private static final String[] SEPARATORS = {
    " ", " ", " ", "  ", ".", ",", ";", ":", "!", "?", "…", "(", ")", "[", "]", "/", "\n", "\n\n",
    "\r\n", "\r\n\r\n", "\t", "\u00A0", "\u202F", "\u2009", "\u2028", "\u2029", "\f", "\u000B"
  };
  private static final String[] QUOTES = {
    "\"", "'", "„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "‟", "‛", "′", "″", "`", "´", "ʼ", "ʻ"
  };
  private static final String[] DASHES = {"-", "‐", "‑", "‒", "–", "—", "―", "−", "﹣", "－", "\u00AD"};
  private static final String[] ODD = {
    "😀", "👍🏽", "👨\u200D👩\u200D👧", "🇩🇪", "e\u0301", "\u0301", "\u0308", "a\u0308", "\uD800", "\uDC00",
    "\uDBFF", "\uDFFF", "\u0000", "\u0007", "\u001B", "\u007F", "\u200B", "\u200C", "\u200D", "\uFEFF",
    "\uFFFD", "\uFFFF", "ﬁ", "ß", "ẞ", "İ", "ı", "ǅ", "\u202E", "§", "°", "‰", "&", "#", "@", "*",
    "<", ">", "=", "|", "\\", "~", "^", "²", "³", "𝟙", "𝐀"
  };
  private static final String[][] POOLS = {WORDS, NAMES, NUMBERS, SEPARATORS, QUOTES, DASHES, ODD};
  /** Relative weights of the pools above. */
  private static final int[] WEIGHTS = {30, 12, 12, 25, 8, 4, 5};

  private Texts() {}

  /** Returns a random document of roughly {@code pieces} fragments. */
  static String random(Random random, int pieces) {
    StringBuilder out = new StringBuilder();
    int total = 0;
    for (int w : WEIGHTS) {
      total += w;
    }
    for (int p = 0; p < pieces; p++) {
      int roll = random.nextInt(total + 2);
      if (roll >= total) {
        appendRare(random, out);
        continue;
      }
      int pool = 0;
      while (roll >= WEIGHTS[pool]) {
        roll -= WEIGHTS[pool];
        pool++;
      }
      String[] words = POOLS[pool];
      out.append(words[random.nextInt(words.length)]);
      if (pool <= 2 && random.nextInt(3) > 0) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static void appendRare(Random random, StringBuilder out) {
    switch (random.nextInt(4)) {
      case 0: // a very long token
        out.append("Donaudampfschifffahrt".repeat(1 + random.nextInt(200)));
        break;
      case 1: // a very long number
        out.append("1.000".repeat(1 + random.nextInt(200)));
        break;
      case 2: // a run of quotation marks
        out.append(QUOTES[random.nextInt(QUOTES.length)].repeat(1 + random.nextInt(50)));
        break;
      default: // arbitrary UTF-16 code units, lone surrogates included
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
          out.append((char) random.nextInt(0x10000));
        }
        break;
    }
  }

  /**
   * Decodes fuzzer bytes into a string: UTF-8, except that the byte {@code 0xFE} (never part of UTF-8)
   * followed by two bytes stands for that UTF-16 code unit, so lone surrogates and control characters
   * can be reached. Plain UTF-8 seed files decode as they read.
   */
  static String decode(byte[] data) {
    StringBuilder out = new StringBuilder(data.length);
    int runStart = 0;
    int i = 0;
    while (i < data.length) {
      if (data[i] == (byte) 0xFE && i + 2 < data.length) {
        out.append(utf8(data, runStart, i));
        out.append((char) (((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF)));
        i += 3;
        runStart = i;
      } else {
        i++;
      }
    }
    out.append(utf8(data, runStart, data.length));
    return out.toString();
  }

  private static String utf8(byte[] data, int from, int to) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(data, from, to - from))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  /** A small gazetteer whose names the generator uses. */
  static Gazetteer gazetteer() {
    return Gazetteer.builder()
        .add(new Entity("Q110990", EntityType.PERSON, "Sergey Lavrov", List.of("Sergej Lawrow"),
            List.of("Сергей Лавров"), Map.of("country", "RU")))
        .add(new Entity("Q56226", EntityType.PERSON, "Kim Jong Un", List.of("Kim Jong-un"),
            List.of("김정은"), Map.of("country", "KP")))
        .add(new Entity("Q56225", EntityType.PERSON, "Kim Jong Il", List.of("Kim Jong-il"),
            List.of("김정일"), Map.of("country", "KP")))
        .add(new Entity("Q57398", EntityType.PERSON, "Friedrich Merz", List.of(), List.of(),
            Map.of("country", "DE")))
        .add(new Entity("Q3881866", EntityType.PERSON, "Volodymyr Zelenskyy",
            List.of("Wolodymyr Selenskyj", "Volodymyr Zelensky"), List.of("Володимир Зеленський"),
            Map.of("country", "UA")))
        .add(new Entity("Q12346164", EntityType.PERSON, "Choe Son-hui", List.of("Choe Son Hui"),
            List.of("최선희"), Map.of("country", "KP")))
        .add(new Entity("Q423", EntityType.PLACE, "North Korea", List.of("Nordkorea"),
            List.of("조선민주주의인민공화국"), Map.of()))
        .add(new Entity("Q649", EntityType.PLACE, "Moscow", List.of("Moskau"), List.of("Москва"),
            Map.of()))
        .add(new Entity("Q49768", EntityType.ORGANISATION, "Sozialdemokratische Partei Deutschlands",
            List.of("SPD"), List.of(), Map.of()))
        .build();
  }

  /** The five bundled seed articles. */
  static List<String> articles() {
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String name = "/articles/article-" + i + ".txt";
      try (InputStream in = Texts.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("test resource " + name + " is missing");
        }
        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }
}

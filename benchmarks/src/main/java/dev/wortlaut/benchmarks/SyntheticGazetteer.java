package dev.wortlaut.benchmarks;

import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Gazetteer;
import dev.wortlaut.gazetteer.GermanPolitics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic gazetteers of realistic-looking names for scaling benchmarks.
 *
 * <p>A gazetteer of size {@code n} holds every entry of {@link GermanPolitics#gazetteer()} (so real
 * names in real text still match) followed by generated entries up to {@code n}: people with German,
 * English, Russian, Korean and Arabic style names of one to four tokens built from syllables, and
 * organisations. Russian and Arabic names get a German transliteration as an alias, as real
 * gazetteers have. The same size and seed always give the same gazetteer.
 */
public final class SyntheticGazetteer {

  /** The seed the benchmarks use. */
  public static final long SEED = 0x5EED_2026L;

  private static final String[] GERMAN_GIVEN = {
    "Anna", "Lena", "Jonas", "Lukas", "Marie", "Felix", "Katrin", "Jürgen", "Ulrike", "Matthias",
    "Sabine", "Wolfgang", "Friedrich", "Annalena", "Olaf", "Christian", "Heike", "Björn", "Sören"
  };
  private static final String[] GERMAN_ROOT = {
    "Hof", "Berg", "Wald", "Stein", "Brun", "Müll", "Schmi", "Bau", "Kräm", "Wag", "Fisch", "Lang",
    "Hart", "Schwarz", "Weiß", "Roth", "Kling", "Sauer", "Ober", "Unter", "Eich", "Lind", "Brück"
  };
  private static final String[] GERMAN_SUFFIX = {
    "mann", "er", "hoff", "bauer", "meier", "ner", "inger", "hausen", "feld", "stedt", "berger", "t"
  };
  private static final String[] ENGLISH_GIVEN = {
    "John", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Emily", "James", "Kamala"
  };
  private static final String[] ENGLISH_ROOT = {
    "Wood", "Ash", "Black", "White", "Brad", "Har", "Thorn", "Whit", "Camp", "Fair", "Stan"
  };
  private static final String[] ENGLISH_SUFFIX = {"ley", "ton", "field", "son", "ford", "wick", "er"};
  private static final String[] RUSSIAN_SYLLABLE = {
    "la", "vro", "sho", "ig", "ko", "va", "ri", "mi", "tro", "ze", "len", "ska", "bo", "ro", "da",
    "zhu", "kha", "pe", "go", "nya", "su", "vo", "che"
  };
  private static final String[] RUSSIAN_SUFFIX = {"ov", "ev", "in", "sky", "enko", "ovich", "yuk"};
  private static final String[] RUSSIAN_GIVEN = {
    "Sergey", "Dmitry", "Vladimir", "Yevgeny", "Mikhail", "Alexei", "Maria", "Yulia", "Nikolai"
  };
  private static final String[] KOREAN_FAMILY = {"Kim", "Lee", "Park", "Choi", "Jung", "Ri", "Pak"};
  private static final String[] KOREAN_SYLLABLE = {
    "jong", "un", "il", "sung", "yo", "jae", "myung", "son", "hui", "chol", "hyun", "min", "ho", "ju"
  };
  private static final String[] ARABIC_GIVEN = {
    "Mohammed", "Ahmad", "Ali", "Hassan", "Khalid", "Omar", "Yusuf", "Fatima", "Abdel", "Hamid"
  };
  private static final String[] ARABIC_SYLLABLE = {
    "ra", "sha", "da", "ha", "ma", "ni", "za", "di", "ba", "ki", "su", "fa", "la", "ja"
  };
  private static final String[] ORG_HEAD = {
    "Ministerium für", "Bundesamt für", "Institut für", "Partei für", "Stiftung", "Bündnis",
    "Allianz für", "Rat für", "Union der", "Verband der"
  };
  private static final String[] ORG_TOPIC = {
    "Verteidigung", "Energie", "Sicherheit", "Arbeit", "Umwelt", "Gesundheit", "Freiheit", "Heimat",
    "Migration", "Landwirtschaft", "Digitales", "Wohlstand", "Frieden"
  };

  private SyntheticGazetteer() {}

  /**
   * Returns a gazetteer with exactly {@code size} entries.
   *
   * @param size the number of entries, at least the size of the default gazetteer
   * @param seed the generator seed
   * @return the gazetteer
   * @throws IllegalArgumentException if {@code size} is smaller than the default gazetteer
   */
  public static Gazetteer of(int size, long seed) {
    Gazetteer real = GermanPolitics.gazetteer();
    if (size < real.size()) {
      throw new IllegalArgumentException(
          "size must be at least " + real.size() + " (the default gazetteer), got " + size);
    }
    List<Entity> entities = new ArrayList<>(size);
    entities.addAll(real.entities());
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = entities.size(); i < size; i++) {
      entities.add(entity(i, random));
    }
    return Gazetteer.of(entities);
  }

  /**
   * Parses a benchmark parameter: {@code default} for the default gazetteer, else an entry count.
   *
   * @param spec {@code default} or a positive number
   * @return the gazetteer
   */
  public static Gazetteer forParameter(String spec) {
    return spec.equals("default")
        ? GermanPolitics.gazetteer()
        : of(Integer.parseInt(spec), SEED);
  }

  private static Entity entity(int index, SplittableRandom random) {
    String id = String.format(Locale.ROOT, "syn-%07d", index);
    int style = random.nextInt(10);
    switch (style) {
      case 0:
      case 1:
        return person(id, german(random), List.of());
      case 2:
        return person(id, english(random), List.of());
      case 3:
      case 4:
        String russian = russian(random);
        return person(id, russian, List.of(germanTransliteration(russian)));
      case 5:
        return person(id, korean(random), List.of());
      case 6:
      case 7:
        String arabic = arabic(random);
        return person(id, arabic, List.of(germanTransliteration(arabic)));
      default:
        return new Entity(
            id, EntityType.ORGANISATION, organisation(random), List.of(), List.of(), Map.of());
    }
  }

  private static Entity person(String id, String name, List<String> aliases) {
    List<String> distinct = aliases.stream().filter(a -> !a.equals(name)).toList();
    return new Entity(id, EntityType.PERSON, name, distinct, List.of(), Map.of());
  }

  private static String pick(String[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }

  private static String german(SplittableRandom random) {
    String surname = pick(GERMAN_ROOT, random) + pick(GERMAN_SUFFIX, random);
    switch (random.nextInt(6)) {
      case 0:
        return surname; // surname only, 1 token
      case 1: // double name, 3 tokens with the hyphen token
        return pick(GERMAN_GIVEN, random) + " " + surname + "-"
            + pick(GERMAN_ROOT, random) + pick(GERMAN_SUFFIX, random);
      case 2:
        return pick(GERMAN_GIVEN, random) + " " + pick(GERMAN_GIVEN, random) + " " + surname;
      case 3:
        return pick(GERMAN_GIVEN, random) + " von " + surname;
      default:
        return pick(GERMAN_GIVEN, random) + " " + surname;
    }
  }

  private static String english(SplittableRandom random) {
    String surname = pick(ENGLISH_ROOT, random) + pick(ENGLISH_SUFFIX, random);
    return random.nextInt(4) == 0
        ? pick(ENGLISH_GIVEN, random) + " " + (char) ('A' + random.nextInt(26)) + ". " + surname
        : pick(ENGLISH_GIVEN, random) + " " + surname;
  }

  private static String syllables(String[] syllables, int count, SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(pick(syllables, random));
    }
    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.toString();
  }

  private static String russian(SplittableRandom random) {
    String surname = syllables(RUSSIAN_SYLLABLE, 1 + random.nextInt(3), random)
        + pick(RUSSIAN_SUFFIX, random);
    if (random.nextInt(5) == 0) {
      String patronymic = pick(RUSSIAN_GIVEN, random).replaceAll("[aeiouy]+$", "") + "ovich";
      return pick(RUSSIAN_GIVEN, random) + " " + patronymic + " " + surname;
    }
    return pick(RUSSIAN_GIVEN, random) + " " + surname;
  }

  private static String korean(SplittableRandom random) {
    String first = syllables(KOREAN_SYLLABLE, 1, random);
    String second = pick(KOREAN_SYLLABLE, random);
    String family = pick(KOREAN_FAMILY, random);
    switch (random.nextInt(3)) {
      case 0:
        return family + " " + first + "-" + second; // Kim Son-hui
      case 1:
        return family + " " + first + " " + syllables(KOREAN_SYLLABLE, 1, random); // Kim Jong Un
      default:
        return family + " " + first + second; // Kim Yojong
    }
  }

  private static String arabic(SplittableRandom random) {
    String family = syllables(ARABIC_SYLLABLE, 2 + random.nextInt(2), random);
    switch (random.nextInt(4)) {
      case 0:
        return pick(ARABIC_GIVEN, random) + " al-" + family;
      case 1:
        return pick(ARABIC_GIVEN, random) + " bin " + pick(ARABIC_GIVEN, random) + " " + family;
      default:
        return pick(ARABIC_GIVEN, random) + " " + family;
    }
  }

  private static String organisation(SplittableRandom random) {
    String topic = pick(ORG_TOPIC, random);
    switch (random.nextInt(3)) {
      case 0: // Bundesamt für Energie: 3 tokens
        return pick(ORG_HEAD, random) + " " + topic;
      case 1: // Energie-Allianz Steinland: 4 tokens with the hyphen
        return topic + "-Allianz " + syllables(GERMAN_ROOT, 1, random) + "land";
      default: // Heimatpartei: 1 token
        return topic + "partei";
    }
  }

  /** A rough German transliteration of an English-style romanisation: v→w, sh→sch, y→j, zh→sch. */
  static String germanTransliteration(String name) {
    return name.replace("zh", "sch")
        .replace("Zh", "Sch")
        .replace("sh", "sch")
        .replace("Sh", "Sch")
        .replace("kh", "ch")
        .replace("Kh", "Ch")
        .replace('v', 'w')
        .replace('V', 'W')
        .replace("y", "j")
        .replace("Y", "J");
  }
}

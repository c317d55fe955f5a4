package dev.wortlaut.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.util.ULocale;
import dev.wortlaut.Entity;
import dev.wortlaut.EntityType;
import dev.wortlaut.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

final class GermanPoliticsTest {

  private static final Gazetteer GAZETTEER = GermanPolitics.gazetteer();

  /** Countries written in a non-Latin script: every person of them must carry a native form. */
  private static final Set<String> NON_LATIN_COUNTRIES =
      Set.of("RU", "UA", "BY", "KP", "KR", "CN", "TW", "JP", "IR", "IL", "GE", "AM", "GR");

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Stream<String> forms(Entity e) {
    return Stream.concat(Stream.of(e.name()), Stream.concat(e.aliases().stream(), e.natives().stream()));
  }

  /** Canonical names of the entities that have the surface form as name, alias or native form. */
  private static Set<String> namesFor(String surface) {
    String folded = fold(surface);
    return GAZETTEER.entities().stream()
        .filter(e -> forms(e).anyMatch(f -> fold(f).equals(folded)))
        .map(Entity::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Entity byName(String name) {
    List<Entity> found =
        GAZETTEER.entities().stream().filter(e -> e.name().equals(name)).collect(Collectors.toList());
    assertEquals(1, found.size(), () -> "entities named " + name + ": " + found);
    return found.get(0);
  }

  @Test
  void defaultGazetteer_loadsOnceAndIsLarge() {
    assertSame(GAZETTEER, GermanPolitics.gazetteer());
    assertTrue(GAZETTEER.size() >= 700, () -> "size " + GAZETTEER.size());
  }

  @Test
  void resource_hasUniqueIdsOnEveryLine() throws IOException {
    List<String> ids = new ArrayList<>();
    try (InputStream in = GermanPolitics.class.getResourceAsStream(GermanPolitics.RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1)
          .forEach(l -> ids.add(l.substring(0, l.indexOf('\t'))));
    }

    assertEquals(ids.size(), new HashSet<>(ids).size());
    assertEquals(GAZETTEER.size(), ids.size());
  }

  /**
   * Every person, place and organisation of the five example articles, in the articles' spelling,
   * with the canonical name it must resolve to. Checked by hand against the articles.
   */
  private static final String[][] ARTICLE_ENTITIES = {
    {"Choe Son Hui", "Choe Son Hui"},
    {"Choe Son-hui", "Choe Son Hui"},
    {"Sergej Lawrow", "Sergey Lavrov"},
    {"Sergei Lawrow", "Sergey Lavrov"},
    {"Wladimir Putin", "Vladimir Putin"},
    {"Wladimir Wladimirowitsch Putin", "Vladimir Putin"},
    {"Kim Jong Un", "Kim Jong Un"},
    {"Kim Jong-un", "Kim Jong Un"},
    {"Kim Il Sung", "Kim Il Sung"},
    {"Kim Yo Jong", "Kim Yo Jong"},
    {"Kim Yo Jung", "Kim Yo Jong"},
    {"Antony Blinken", "Antony Blinken"},
    {"Wolodymyr Selenskyj", "Volodymyr Zelensky"},
    {"Lin Jian", "Lin Jian"},
    {"Robert Wood", "Robert Wood"},
    {"Georgy Sinowjew", "Georgy Zinoviev"},
    {"Sönke Neitzel", "Sönke Neitzel"},
    {"Russland", "Russia"},
    {"Russischen Föderation", "Russia"},
    {"Nordkorea", "North Korea"},
    {"Demokratischen Volksrepublik Korea", "North Korea"},
    {"DVRK", "North Korea"},
    {"Südkorea", "South Korea"},
    {"China", "China"},
    {"Ukraine", "Ukraine"},
    {"USA", "United States"},
    {"Frankreich", "France"},
    {"Großbritannien", "United Kingdom"},
    {"Japan", "Japan"},
    {"Malta", "Malta"},
    {"Slowenien", "Slovenia"},
    {"Iran", "Iran"},
    {"Sowjetunion", "Soviet Union"},
    {"Europa", "Europe"},
    {"Asien", "Asia"},
    {"Ostasien", "East Asia"},
    {"koreanischen Halbinsel", "Korean Peninsula"},
    {"Moskau", "Moscow"},
    {"Pjöngjang", "Pyongyang"},
    {"Peking", "Beijing"},
    {"Kiew", "Kyiv"},
    {"Seoul", "Seoul"},
    {"Washington", "Washington, D.C."},
    {"Wonsan", "Wonsan"},
    {"Kursk", "Kursk"},
    {"Region Kursk", "Kursk Oblast"},
    {"Bahnhof Jaroslawski", "Yaroslavsky railway station"},
    {"Vereinten Nationen", "United Nations"},
    {"UNO", "United Nations"},
    {"UN-Sicherheitsrat", "United Nations Security Council"},
    {"NATO", "North Atlantic Treaty Organization"},
    {"Nato", "North Atlantic Treaty Organization"},
    {"BRICS", "BRICS"},
    {"Kreml", "Kremlin"},
    {"Staatsduma", "State Duma"},
    {"Pentagon", "Pentagon"},
    {"US-Außenministerium", "United States Department of State"},
    {"Tass", "Tass"},
    {"Yonhap", "Yonhap"},
    {"picture alliance", "picture alliance"},
    {"Telegram", "Telegram"},
    {"dpa", "dpa"},
    {"afp", "AFP"},
    {"rtr", "Reuters"},
  };

  static Stream<Arguments> articleEntities() {
    return Arrays.stream(ARTICLE_ENTITIES).map(row -> Arguments.of(row[0], row[1]));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("articleEntities")
  void articleEntity_isPresentUnderItsGermanSurfaceForm(String surface, String canonical) {
    assertEquals(Set.of(canonical), namesFor(surface));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Sergey Lavrov, Сергей Лавров",
    "Vladimir Putin, Владимир Путин",
    "Volodymyr Zelensky, Володимир Зеленський",
    "Alexander Lukashenko, Аляксандр Лукашэнка",
    "Georgy Zinoviev, Георгий Зиновьев",
    "Choe Son Hui, 최선희",
    "Kim Jong Un, 김정은",
    "Kim Yo Jong, 김여정",
    "Kim Il Sung, 김일성",
    "Lee Jae Myung, 이재명",
    "Lin Jian, 林剑",
    "Xi Jinping, 习近平",
    "Sanae Takaichi, 高市早苗",
    "Masoud Pezeshkian, مسعود پزشکیان",
    "Benjamin Netanyahu, בנימין נתניהו",
    "Mohammed bin Salman, محمد بن سلمان",
    "Pyongyang, 평양",
    "Moscow, Москва",
    "Kremlin, Кремль",
    "KCNA, 조선중앙통신",
  })
  void transliteratedName_carriesItsNativeForm(String name, String nativeForm) {
    assertTrue(byName(name).natives().contains(nativeForm), () -> byName(name).natives().toString());
  }

  @Test
  void everyPersonOfANonLatinScriptCountry_hasANativeForm() {
    List<String> missing =
        GAZETTEER.entities().stream()
            .filter(e -> e.type().equals(EntityType.PERSON))
            .filter(e -> e.attribute("country") != null)
            .filter(e -> NON_LATIN_COUNTRIES.contains(e.attribute("country")))
            .filter(e -> e.natives().isEmpty())
            .map(e -> e.id() + " " + e.name())
            .collect(Collectors.toList());

    assertEquals(List.of(), missing);
  }

  @Test
  void nativeForms_areNotInLatinScript() {
    List<String> latin =
        GAZETTEER.entities().stream()
            .flatMap(e -> e.natives().stream().map(n -> e.id() + " " + n))
            .filter(s -> s.substring(s.indexOf(' ') + 1).chars().anyMatch(c -> c >= 'A' && c <= 'z'))
            .collect(Collectors.toList());

    assertEquals(List.of(), latin);
  }

  @Test
  void noNameOrAlias_isACommonGermanWord() throws IOException {
    Set<String> words = new HashSet<>();
    try (InputStream in = GermanPoliticsTest.class.getResourceAsStream("common-german-words.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> words.add(fold(l)));
    }
    assertTrue(words.contains("die") && words.contains("union"), "word list not read");

    List<String> offending =
        GAZETTEER.entities().stream()
            .flatMap(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream()).map(a -> e.id() + " " + a))
            .filter(s -> words.contains(fold(s.substring(s.indexOf(' ') + 1))))
            .collect(Collectors.toList());

    assertEquals(List.of(), offending);
  }

  @Test
  void noCountryAlias_namesTwoCountries() {
    Map<String, Set<String>> owners = new HashMap<>();
    for (Entity e : GAZETTEER.entities()) {
      if ("country".equals(e.attribute("role"))) {
        forms(e).forEach(f -> owners.computeIfAbsent(fold(f), k -> new TreeSet<>()).add(e.id()));
      }
    }

    Map<String, Set<String>> shared =
        owners.entrySet().stream()
            .filter(x -> x.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(Map.of(), shared);
  }

  @Test
  void everyIsoCountry_isPresentWithGermanAndEnglishName() {
    Map<String, Entity> countries = new HashMap<>();
    for (Entity e : GAZETTEER.entities()) {
      if ("country".equals(e.attribute("role"))) {
        countries.put(e.attribute("country"), e);
      }
    }
    Set<String> codes = new TreeSet<>(List.of(Locale.getISOCountries()));
    codes.addAll(List.of(ULocale.getISOCountries()));
    codes.removeIf(c -> ULocale.getDisplayCountry("und_" + c, ULocale.ENGLISH).equals(c));

    List<String> missing = new ArrayList<>();
    for (String code : codes) {
      Entity country = countries.get(code);
      String german = ULocale.getDisplayCountry("und_" + code, ULocale.GERMAN);
      if (country == null || forms(country).noneMatch(german::equals)) {
        missing.add(code + " " + german);
      }
    }

    assertTrue(codes.size() >= 240, () -> "ISO codes " + codes.size());
    assertEquals(List.of(), missing);
  }

  @Test
  void typeDistribution_isPlausible() {
    Map<EntityType, Long> counts =
        GAZETTEER.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting()));

    assertEquals(Set.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANISATION), counts.keySet());
    assertTrue(counts.get(EntityType.PERSON) >= 300, counts::toString);
    assertTrue(counts.get(EntityType.PLACE) >= 500, counts::toString);
    assertTrue(counts.get(EntityType.ORGANISATION) >= 120, counts::toString);
  }

  @Test
  void everyEntity_hasRoleAndIdShape() {
    List<String> bad =
        GAZETTEER.entities().stream()
            .filter(
                e ->
                    e.attribute("role") == null
                        || !e.id().matches("Q[0-9]+|[a-z0-9]+(-[a-z0-9]+)*")
                        || (e.id().startsWith("Q") && !e.id().equals(e.attribute("wikidata"))))
            .map(Entity::id)
            .collect(Collectors.toList());

    assertEquals(List.of(), bad);
  }

  /**
   * Guards the hand-made list above: each surface form must occur in one of the example articles
   * (the copies in the core module's test resources). Skipped when they are not there.
   */
  @Test
  void articleEntityList_isTakenFromTheArticles() throws IOException {
    Path dir = Path.of(System.getProperty("wortlaut.articles", "../core/src/test/resources/articles"));
    assumeTrue(Files.isDirectory(dir), () -> "example articles not found at " + dir.toAbsolutePath());
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      Path article = dir.resolve("article-" + i + ".txt");
      assumeTrue(Files.isRegularFile(article), () -> "missing " + article);
      text.append(Files.readString(article, StandardCharsets.UTF_8)).append('\n');
    }
    String all = text.toString();

    List<String> absent =
        Arrays.stream(ARTICLE_ENTITIES)
            .map(row -> row[0])
            .filter(surface -> !all.contains(surface))
            .collect(Collectors.toList());

    assertEquals(List.of(), absent);
  }
}

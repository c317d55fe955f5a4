package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NameMatcherTest {

  private static Mention find(String text, String name) {
    List<Mention> mentions = Fixture.MATCHER.match(text);
    for (Mention m : mentions) {
      assertEquals(text.substring(m.start(), m.end()), m.text(), "offsets of " + m);
      assertTrue(m.score() > 0 && m.score() <= 1);
    }
    return mentions.stream().filter(m -> m.text().equals(name)).findFirst().orElse(null);
  }

  @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
  @CsvSource(delimiter = ';', value = {
      "Außenminister Sergej Lawrow sagte am Montag; Sergej Lawrow; lavrov",
      "Russia's Sergei Lavrov said; Sergei Lavrov; lavrov",
      "Die Reise Sergej Lawrows nach Asien; Sergej Lawrows; lavrov",
      "Präsident Wolodymyr Selenskyj beklagte; Wolodymyr Selenskyj; zelensky",
      "President Volodymyr Zelenskyy said; Volodymyr Zelenskyy; zelensky",
      "Präsident Wladimir Putin hofft; Wladimir Putin; putin",
      "Außenministerin Choe Son Hui hat; Choe Son Hui; choe",
      "Außenministerin Choe Son-hui hat; Choe Son-hui; choe",
      "Außenministerin Choe Sonhui hat; Choe Sonhui; choe",
      "Ministerin Ch'oe Sŏn-hŭi reiste; Ch'oe Sŏn-hŭi; choe",
      "Minister Choe Seon-hui reiste; Choe Seon-hui; choe",
      "Machthaber Kim Jong Un beaufsichtigte; Kim Jong Un; kju",
      "Machthaber Kim Jong-un beaufsichtigte; Kim Jong-un; kju",
      "Die Rede Kim Jong Uns war lang; Kim Jong Uns; kju",
      "Der Vater Kim Jong Il starb; Kim Jong Il; kji",
      "Staatsgründer Kim Il Sung 1949; Kim Il Sung; kis",
      "Seine Schwester Kim Yo Jong warnte; Kim Yo Jong; kyj",
      "Seine Schwester Kim Yo Jung warnte; Kim Yo Jung; kyj",
      "Präsident Ilham Alijew traf; Ilham Alijew; ilham",
      "Der frühere Präsident Heydar Alijew; Heydar Alijew; heydar",
      "Der frühere Präsident Gejdar Alijew; Gejdar Alijew; heydar",
      "Der libysche Machthaber Muammar al-Gaddafi; Muammar; ",
      "Machthaber Muammar Gadhafi; Muammar Gadhafi; gaddafi",
      "Machthaber Muammar Qaddafi; Muammar Qaddafi; gaddafi",
      "Der Revolutionär Grigori Sinowjew; Grigori Sinowjew; zinoviev",
      "Der Revolutionär Grigory Zinovyev; Grigory Zinovyev; zinoviev",
      "Präsident Boris Jelzin trat zurück; Boris Jelzin; yeltsin",
      "Minister Sergej Schoigu reiste; Sergej Schoigu; shoigu",
      "Parteichef Nikita Chruschtschow; Nikita Chruschtschow; khrushchev",
      "Sprecher Lin Jian erklärte; Lin Jian; linjian",
      "Verteidigungsminister Israel Katz sagte; Israel Katz; katz",
      "Angriffe auf Charkiw nahmen zu; Charkiw; kharkiv",
      "Angriffe auf Charkow nahmen zu; Charkow; kharkiv",
      "Attacks on Kharkov increased; Kharkov; kharkiv",
      "Kiew forderte die Partner auf; Kiew; kyiv",
      "In Kyjiw heulten die Sirenen; Kyjiw; kyiv",
      "Weder Moskau noch Pjöngjang haben; Moskau; moscow",
      "Weder Moskau noch Pjöngjang haben; Pjöngjang; pyongyang",
      "Reports from P'yŏngyang say; P'yŏngyang; pyongyang",
      "Das Außenministerium in Peking erklärte; Peking; beijing",
      "Das Treffen in Tiflis begann; Tiflis; tbilisi",
      "Der Gipfel in Warschau endete; Warschau; warsaw",
      "Moskaus Armee im Kampf; Moskaus; moscow",
      "die Hilfe Nordkoreas im Krieg; Nordkoreas; nk",
      "Auflagen der Vereinten Nationen untersagt; Vereinten Nationen; un",
      "ein Treffen des UN-Sicherheitsrats beantragt; UN-Sicherheitsrats; unsc",
      "Staaten der Nato kritisierten; Nato; nato",
      "Staaten der NATO kritisierten; NATO; nato",
      "Im Kreml hieß es; Kreml; kremlin",
      "Die Stadt Wonsan liegt am Meer; Wonsan; wonsan",
  })
  void variant_isLinked(String text, String name, String id) {
    Mention m = find(text, name);
    if (id == null) {
      assertEquals(null, m, "no mention expected for " + name);
      return;
    }
    assertTrue(m != null, () -> name + " not found in " + Fixture.MATCHER.match(text));
    assertEquals(id, m.entity().id());
  }

  @ParameterizedTest(name = "no {1} in \"{0}\"")
  @CsvSource(delimiter = ';', value = {
      "Der russische Außenminister sagte; russische",
      "Die Ukrainer wehren sich; Ukrainer",
      "Ein Kremlsprecher sagte; Kremlsprecher",
      "nordkoreanische Soldaten in Russland; nordkoreanische",
      "am Moskauer Bahnhof Jaroslawski; Moskauer",
      "auf eine Lösung der Ukraine-Krise; Ukraine",
      "Nordkorea setzt sich über UN-Resolutionen hinweg; UN",
      "Später sagte Kim, er sei bereit; Kim",
      "ein Kim-Jong-Un-Porträt hing dort; Kim-Jong-Un",
      "Kim Jong Un und Kim Ju Ae kamen; Kim",
  })
  void hardNegative_isNotAMention(String text, String word) {
    assertEquals(null, find(text, word), () -> Fixture.MATCHER.match(text).toString());
  }

  @ParameterizedTest(name = "{0} is not {1}")
  @CsvSource({
      "Kim Jong Un, kji", "Kim Jong Un, kis", "Kim Jong Un, kyj", "Kim Jong Il, kju", "Kim Il Sung, kju",
      "Kim Yo Jong, kju", "Ilham Alijew, heydar", "Heydar Alijew, ilham", "Israel Katz, israel",
  })
  void distinctPeople_stayDistinct(String name, String otherId) {
    List<Mention> mentions = Fixture.MATCHER.match("Gestern sprach " + name + " in der Hauptstadt.");
    assertEquals(1, mentions.size(), mentions::toString);
    assertEquals(name, mentions.get(0).text());
    assertFalse(mentions.get(0).entity().id().equals(otherId));
  }

  @Test
  void followUp_linksSurnameToEarlierFullName() {
    String text = "Außenministerin Choe Son Hui traf Sergej Lawrow. Lawrow lobte Choe. Choes Rede war kurz.";
    List<Mention> mentions = Fixture.MATCHER.match(text);
    List<String> got = mentions.stream().map(m -> m.text() + "=" + m.entity().id() + ":" + m.match())
        .collect(Collectors.toList());
    assertEquals(List.of("Choe Son Hui=choe:EXACT", "Sergej Lawrow=lavrov:VARIANT",
        "Lawrow=lavrov:FOLLOW_UP", "Choe=choe:FOLLOW_UP", "Choes=choe:FOLLOW_UP"), got);
  }

  @Test
  void followUp_prefersMostRecentOfSeveralCandidates() {
    String text = "Kim Il Sung gründete den Staat. Heute regiert Kim Jong Un. Kim sagte am Montag.";
    List<Mention> mentions = Fixture.MATCHER.match(text);
    Mention last = mentions.get(mentions.size() - 1);
    assertEquals("Kim", last.text());
    assertEquals("kju", last.entity().id());
    assertEquals(MatchKind.FOLLOW_UP, last.match());
  }

  @Test
  void trailingApostrophe_isExcludedFromSpan() {
    String text = "UN-Generalsekretär António Guterres warnte. Guterres' Appell verhallte.";
    Mention m = find(text, "Guterres");
    assertTrue(m != null);
    assertEquals("guterres", m.entity().id());
    assertEquals(text.indexOf("Guterres'"), m.start());
    assertEquals(MatchKind.FOLLOW_UP, m.match());
  }

  @Test
  void span_excludesTitle() {
    String text = "Außenminister Sergej Lawrow sagte";
    List<Mention> mentions = Fixture.MATCHER.match(text);
    assertEquals(1, mentions.size());
    assertEquals(text.indexOf("Sergej"), mentions.get(0).start());
    assertEquals(text.length() - " sagte".length(), mentions.get(0).end());
  }

  @Test
  void kinds_reflectHowTheNameWasSpelled() {
    assertEquals(MatchKind.EXACT, find("Sergey Lavrov sagte", "Sergey Lavrov").match());
    assertEquals(MatchKind.ALIAS, find("in Moskau", "Moskau").match());
    assertEquals(MatchKind.VARIANT, find("Sergej Lawrow sagte", "Sergej Lawrow").match());
    assertEquals(MatchKind.INFLECTION, find("Nordkoreas Armee", "Nordkoreas").match());
  }

  @Test
  void nested_longestWins() {
    String text = "Ein Treffen des UN-Sicherheitsrats. Israel Katz sprach über Israel.";
    List<String> got = Fixture.MATCHER.match(text).stream().map(m -> m.text() + "=" + m.entity().id())
        .collect(Collectors.toList());
    assertEquals(List.of("UN-Sicherheitsrats=unsc", "Israel Katz=katz", "Israel=israel"), got);
  }

  @Test
  void abbreviation_needsUpperCase() {
    assertEquals(null, find("Das Un in Kim Jong Un", "Un"));
    assertTrue(find("Die UN warnten", "UN") != null);
  }

  @Test
  void matcher_isStableAcrossCalls() {
    String text = "Sergej Lawrow traf Choe Son Hui in Pjöngjang.";
    assertEquals(Fixture.MATCHER.match(text), Fixture.MATCHER.match(text));
    assertTrue(Fixture.MATCHER.variantCount() > Fixture.GAZETTEER.size());
  }

  @Test
  void keyCollision_betweenEntities_keepsStrictSpellings() {
    NameMatcher matcher = NameMatcher.of(Gazetteer.builder()
        .add(Entity.of("a", EntityType.PERSON, "Maria Sacharowa"))
        .add(Entity.of("b", EntityType.PERSON, "Maria Zakharova"))
        .build());
    assertEquals("a", matcher.match("Sprecherin Maria Sacharowa sagte").get(0).entity().id());
    assertEquals("b", matcher.match("Spokeswoman Maria Zakharova said").get(0).entity().id());
    assertTrue(matcher.match("Sprecherin Maria Zacharova sagte").isEmpty());
  }

  @Test
  void exonyms_enrichUserGazetteerEntries() {
    NameMatcher matcher = NameMatcher.of(Gazetteer.builder()
        .add(Entity.of("city", EntityType.PLACE, "Beijing"))
        .build());
    Mention m = matcher.match("Die Delegation reiste nach Peking.").get(0);
    assertEquals("Peking", m.text());
    assertEquals(MatchKind.ALIAS, m.match());
  }

  @Test
  void lowerCaseForms_matchOnlyAsWritten() {
    NameMatcher matcher = NameMatcher.of(Gazetteer.builder()
        .add(new Entity("dpa", EntityType.ORGANISATION, "dpa", List.of("Deutsche Presse-Agentur"),
            List.of(), java.util.Map.of()))
        .add(new Entity("ts", EntityType.ORGANISATION, "Tagesschau", List.of("tagesschau"), List.of(),
            java.util.Map.of()))
        .add(new Entity("un", EntityType.ORGANISATION, "UN", List.of(), List.of(), java.util.Map.of()))
        .add(new Entity("x1", EntityType.ORGANISATION, "Alpha", List.of("sid"), List.of(), java.util.Map.of()))
        .add(new Entity("x2", EntityType.ORGANISATION, "Beta", List.of("sid"), List.of(), java.util.Map.of()))
        .build());
    String text = "Das meldete die dpa (afp/dpa). Laut tagesschau sei un-klar, was die dpa-Meldung "
        + "und sid bedeuten; DPA und Dpa sind dieselbe Agentur.";
    List<Mention> mentions = matcher.match(text);
    List<String> found = mentions.stream().map(m -> m.text() + "=" + m.entity().id() + ":" + m.match())
        .collect(Collectors.toList());
    assertEquals(List.of("dpa=dpa:EXACT", "dpa=dpa:EXACT", "tagesschau=ts:ALIAS", "DPA=dpa:EXACT",
        "Dpa=dpa:EXACT"), found);
    for (Mention m : mentions) {
      assertEquals(text.substring(m.start(), m.end()), m.text());
    }
  }

  @Test
  void matcher_isThreadSafe() {
    String text = "Sergej Lawrow traf Choe Son Hui. Lawrow lobte Choe in Pjöngjang.";
    List<Mention> expected = Fixture.MATCHER.match(text);
    List<List<Mention>> results = java.util.stream.IntStream.range(0, 200).parallel()
        .mapToObj(i -> Fixture.MATCHER.match(text)).collect(Collectors.toList());
    for (List<Mention> r : results) {
      assertEquals(expected, r);
    }
    assertEquals(5, expected.size());
  }
}

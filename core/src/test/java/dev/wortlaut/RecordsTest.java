package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RecordsTest {

  private static final Entity LAVROV = Entity.of("lavrov", EntityType.PERSON, "Sergey Lavrov");

  @Test
  void span_rejectsTextOfTheWrongLength() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 5, "abc"));
    assertEquals("span [3, 5) has length 2 but text 'abc' has length 3", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2, "abc"));
    assertThrows(IllegalArgumentException.class, () -> new Span(4, 2, ""));
  }

  @Test
  void span_of_cutsFromTheDocument() {
    assertEquals(new Span(4, 10, "Lawrow"), Span.of("Ein Lawrow kam", 4, 10));
  }

  @Test
  void mention_rejectsScoreOutsideUnitInterval() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Mention(0, 6, "Lawrow", LAVROV, MatchKind.VARIANT, 1.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Mention(0, 6, "Lawrow", LAVROV, MatchKind.VARIANT, Double.NaN));
  }

  @Test
  void quantity_valueMaxGoesWithRangeOnly() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Quantity(0, 2, "10", BigDecimal.TEN, BigDecimal.ONE, null, QuantityKind.COUNT,
                false, Bound.EXACT, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Quantity(0, 2, "10", BigDecimal.TEN, null, null, QuantityKind.COUNT, false,
                Bound.RANGE, null));
  }

  @Test
  void entity_copiesItsCollections_andRejectsBlankNames() {
    List<String> aliases = new ArrayList<>(List.of("Sergej Lawrow"));
    Entity entity =
        new Entity("lavrov", EntityType.PERSON, "Sergey Lavrov", aliases, List.of("Сергей Лавров"),
            Map.of("country", "RU"));
    aliases.add("changed");
    assertEquals(List.of("Sergej Lawrow"), entity.aliases());
    assertEquals("RU", entity.attribute("country"));
    assertEquals(
        "entity 'x' has a blank name",
        assertThrows(IllegalArgumentException.class, () -> Entity.of("x", EntityType.PLACE, " "))
            .getMessage());
  }

  @Test
  void entityAttributes_iterateInKeyOrder_areImmutable_andRejectNulls() {
    Map<String, String> attributes = new java.util.HashMap<>();
    for (String key : List.of("wikidata", "role", "country", "born", "party")) {
      attributes.put(key, key.toUpperCase(java.util.Locale.ROOT));
    }
    Entity entity =
        new Entity("lavrov", EntityType.PERSON, "Sergey Lavrov", List.of(), List.of(), attributes);
    attributes.put("country", "changed");
    assertEquals(List.of("born", "country", "party", "role", "wikidata"),
        new ArrayList<>(entity.attributes().keySet()));
    assertEquals("COUNTRY", entity.attribute("country"));
    assertEquals(null, entity.attribute("missing"));
    assertEquals(Map.of("born", "BORN", "country", "COUNTRY", "party", "PARTY", "role", "ROLE",
        "wikidata", "WIKIDATA"), entity.attributes());
    assertEquals(entity, new Entity("lavrov", EntityType.PERSON, "Sergey Lavrov", List.of(),
        List.of(), Map.copyOf(entity.attributes())));
    assertThrows(UnsupportedOperationException.class, () -> entity.attributes().put("x", "y"));
    Map<String, String> withNull = new java.util.HashMap<>();
    withNull.put("country", null);
    assertEquals("attribute value of 'country'", assertThrows(NullPointerException.class,
        () -> new Entity("x", EntityType.PLACE, "X", List.of(), List.of(), withNull)).getMessage());
  }

  @Test
  void entityType_predefinedConstantsAreShared_andNamesAreValidated() {
    assertSame(EntityType.PERSON, EntityType.of("person"));
    assertSame(EntityType.ORGANISATION, EntityType.of("org"));
    assertEquals("event", EntityType.of("event").name());
    assertThrows(IllegalArgumentException.class, () -> EntityType.of("Person"));
    assertThrows(IllegalArgumentException.class, () -> EntityType.of(""));
  }

  @Test
  void gazetteer_rejectsDuplicateIds_andLooksUpById() {
    Gazetteer.Builder builder = Gazetteer.builder().add(LAVROV);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.add(Entity.of("lavrov", EntityType.PERSON, "Other")));
    assertEquals("duplicate entity id 'lavrov' (Sergey Lavrov and Other)", e.getMessage());
    Gazetteer gazetteer = builder.build();
    assertEquals(1, gazetteer.size());
    assertEquals(LAVROV, gazetteer.entity("lavrov").orElseThrow());
    assertEquals(false, gazetteer.entity("nobody").isPresent());
  }

  @Test
  void analysis_sortsItems_andRejectsSpansThatDoNotMatchTheText() {
    String text = "Lawrow und Lawrow";
    Mention second = new Mention(11, 17, "Lawrow", LAVROV, MatchKind.FOLLOW_UP, 0.8);
    Mention first = new Mention(0, 6, "Lawrow", LAVROV, MatchKind.VARIANT, 0.9);
    Analysis analysis = new Analysis(text, List.of(second, first), List.of(), List.of());
    assertEquals(List.of(first, second), analysis.mentions());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Analysis(
                    text,
                    List.of(new Mention(1, 7, "Lawrow", LAVROV, MatchKind.VARIANT, 1)),
                    List.of(),
                    List.of()));
    assertEquals("span [1, 7) 'Lawrow' does not match the document", e.getMessage());
  }
}

package dev.wortlaut.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wortlaut.Analysis;
import dev.wortlaut.Entity;
import dev.wortlaut.Mention;
import dev.wortlaut.Quantity;
import dev.wortlaut.Quote;
import dev.wortlaut.Span;
import java.util.Locale;

/** Turns an {@link Analysis} into the tool's JSON Lines object. */
final class JsonWriter {

  private final ObjectMapper mapper = new ObjectMapper();

  ObjectMapper mapper() {
    return mapper;
  }

  ObjectNode document(Object doc, Analysis analysis) {
    ObjectNode node = mapper.createObjectNode();
    if (doc instanceof Integer) {
      node.put("doc", (Integer) doc);
    } else {
      node.put("doc", String.valueOf(doc));
    }
    ArrayNode mentions = node.putArray("mentions");
    for (Mention m : analysis.mentions()) {
      ObjectNode item = span(mentions.addObject(), m.start(), m.end(), m.text());
      item.put("entity", m.entity().id());
      item.put("name", m.entity().name());
      item.put("type", m.entity().type().name());
      item.put("match", lower(m.match()));
      item.put("score", m.score());
    }
    ArrayNode quotes = node.putArray("quotes");
    for (Quote q : analysis.quotes()) {
      ObjectNode item = span(quotes.addObject(), q.start(), q.end(), q.text());
      item.put("kind", lower(q.kind()));
      item.put("content", q.text());
      ObjectNode speaker = span(item, "speaker", q.speaker());
      if (speaker != null) {
        Entity entity = q.speakerEntity();
        speaker.put("entity", entity == null ? null : entity.id());
      }
      span(item, "cue", q.cue());
      item.put("confidence", q.confidence());
    }
    ArrayNode quantities = node.putArray("quantities");
    for (Quantity q : analysis.quantities()) {
      ObjectNode item = span(quantities.addObject(), q.start(), q.end(), q.text());
      item.put("value", q.value());
      item.put("valueMax", q.valueMax());
      item.put("unit", q.unit());
      item.put("kind", lower(q.kind()));
      item.put("approx", q.approximate());
      item.put("bound", lower(q.bound()));
      span(item, "modifier", q.modifier());
    }
    return node;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static ObjectNode span(ObjectNode node, int start, int end, String text) {
    node.put("start", start);
    node.put("end", end);
    node.put("text", text);
    return node;
  }

  private static ObjectNode span(ObjectNode parent, String field, Span span) {
    if (span == null) {
      parent.putNull(field);
      return null;
    }
    return span(parent.putObject(field), span.start(), span.end(), span.text());
  }
}

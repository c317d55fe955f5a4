package dev.wortlaut.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wortlaut.internal.text.TextIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class LexiconTest {

  private static final Lexicon LEX = Lexicon.INSTANCE;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sei", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe",
      "hätten", "wären", "würden", "hoffe", "zurückgreife", "gelte", "bleibe"})
  void konjunktiv_isRecognised(String form) {
    assertTrue(LEX.isKonjunktiv(form), form);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hofft", "ist", "hat", "wird", "kann", "greift", "gilt", "bleibt", "seine", "die"})
  void indicativeAndOtherWords_areNotKonjunktiv(String form) {
    assertFalse(LEX.isKonjunktiv(form), form);
  }

  @ParameterizedTest(name = "{0} -> particle {1}")
  @CsvSource({
    "fügte, hinzu", "kündigte, an", "teilte, mit", "wies, zurück", "fuhr, fort", "stellte, fest"
  })
  void separableSpeechVerbs_needTheirParticle(String form, String particle) {
    List<Lexicon.VerbForm> forms = LEX.speechVerb(form);
    assertTrue(forms.stream().anyMatch(f -> particle.equals(f.particle())), () -> form + ": " + forms);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sagte, false", "betonte, false", "erklärt, true", "angekündigt, true", "mitgeteilt, true",
    "hinzufügte, false", "bestritt, false", "unterstrichen, true", "berichtete, false", "kritisiert, true",
    "erwiderte, false", "versichert, true", "behauptet, true"
  })
  void speechVerbForms_areGenerated(String form, boolean participle) {
    List<Lexicon.VerbForm> forms = LEX.speechVerb(form);
    assertFalse(forms.isEmpty(), form);
    assertEquals(participle, forms.stream().anyMatch(Lexicon.VerbForm::participle), form);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"außenministerin, f", "außenminister, m", "kremlchef, m", "amtskollegen, m", "frau, f"})
  void roleNouns_revealGender(String noun, char gender) {
    assertEquals(gender, LEX.genderOf(noun));
  }

  /**
   * The per-token lookups answer as the string ones do on the lower case: every Konjunktiv form, stem
   * and particle-plus-stem form of the word lists, in three casings, and near misses of each.
   */
  @Test
  void tokenLookups_agreeWithLowerCaseLookups() {
    List<String> words = new ArrayList<>();
    for (String k : LEX.konjunktiv) {
      words.add(k);
      words.add(k + "n");
    }
    for (String stem : LEX.konjunktivStems) {
      words.add(stem + "e");
      words.add(stem + "t");
      for (String particle : LEX.particles) {
        if (particle.length() <= 7) {
          words.add(particle + stem + "e");
        }
      }
    }
    words.addAll(List.of("sagte", "hinzufügte", "teilte", "mitgeteilt", "erklärte", "die", "e", "ee"));
    StringBuilder text = new StringBuilder();
    for (String w : words) {
      text.append(w).append(' ')
          .append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ')
          .append(w.toUpperCase(Locale.ROOT)).append('\n');
    }
    TextIndex index = TextIndex.of(text.toString());
    int konjunktiv = 0;
    for (int i = 0; i < index.size(); i++) {
      String lower = index.lower(i);
      boolean expected = LEX.isKonjunktiv(lower);
      assertEquals(expected, LEX.isKonjunktiv(index, i), index.text(i));
      assertEquals(LEX.speechVerb(lower), LEX.speechVerb(index, i), index.text(i));
      assertEquals(LEX.functionWords.contains(lower), LEX.isFunctionWord(index, i), index.text(i));
      konjunktiv += expected ? 1 : 0;
    }
    assertTrue(konjunktiv > 3 * LEX.konjunktiv.size(), "Konjunktiv tokens: " + konjunktiv);
  }
}

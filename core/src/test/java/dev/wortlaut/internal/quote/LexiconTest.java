package dev.wortlaut.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}

package dev.wortlaut.robust;

import dev.wortlaut.internal.text.TextIndex;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TokenizerPropertyTest {

  static LongStream seeds() {
    return Seeds.seeds(400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomText_tokensAreOrderedCompleteAndKeepSurrogatePairs(long seed) {
    String text = Texts.random(new Random(seed), 1 + new Random(~seed).nextInt(150));
    Seeds.reportSeed(seed, text, () -> Invariants.checkIndex(text, TextIndex.of(text)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomCodeUnits_tokensAreOrderedAndComplete(long seed) {
    Random random = new Random(seed);
    char[] chars = new char[random.nextInt(300)];
    for (int i = 0; i < chars.length; i++) {
      // half the time from the interesting low ranges, otherwise any UTF-16 code unit
      chars[i] = (char) (random.nextBoolean() ? random.nextInt(0x3000) : random.nextInt(0x10000));
    }
    String text = new String(chars);
    Seeds.reportSeed(seed, text, () -> Invariants.checkIndex(text, TextIndex.of(text)));
  }

  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {
    "", " ", "\n\n", "\uD800", "\uDC00\uD800", "😀😀", "a\uD800b", "1.", ".1", "1..2", "1,,2", "1:",
    "\u0301", "\u200D", "\u00AD\u00AD", "²", "1²", "„“", "Son-hui", "Merz’", "\r\n\r\n", "\uFEFFText",
    "10.000,5 %", "z. B.", "Dr.", "...", "!?!", "\u0000\u0000"
  })
  void edgeCases_satisfyTheIndexInvariants(String text) {
    Invariants.checkIndex(text, TextIndex.of(text));
  }
}

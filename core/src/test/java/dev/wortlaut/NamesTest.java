package dev.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NamesTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      "Sergej Lawrow, Sergey Lavrov, true",
      "Сергей Лавров, Sergej Lawrow, true",
      "Лавров, Lavrov, true",
      "Wolodymyr Selenskyj, Volodymyr Zelenskyy, true",
      "Selenskyj, Zelensky, true",
      "Володимир Зеленський, Wolodymyr Selenskyj, true",
      "Gaddafi, Gadhafi, true",
      "Gaddafi, Qaddafi, true",
      "Kharkiv, Charkiw, true",
      "Zinoviev, Sinowjew, true",
      "Volodymyr, Wolodymyr, true",
      "Kyiv, Kiew, true",
      "Moskau, Moscow, true",
      "Москва, Moskau, true",
      "Peking, Beijing, true",
      "Tiflis, Tbilisi, true",
      "Pjöngjang, Pyongyang, true",
      "평양, Pjöngjang, true",
      "최선희, Choe Son Hui, true",
      "Choe Son Hui, Ch'oe Sŏn-hŭi, true",
      "Son Hui, Sonhui, true",
      "Son-hui, Son Hui, true",
      "Boris Jelzin, Boris Yeltsin, true",
      "Vereinte Nationen, UN, true",
      "Kim Jong Un, Kim Jong Il, false",
      "Kim Jong Un, Kim Il Sung, false",
      "Kim Jong Un, Kim Yo Jong, false",
      "Ilham Alijew, Heydar Alijew, false",
      "Sergej Lawrow, Sergej Schoigu, false",
      "Moskau, Warschau, false",
      "Kiew, Charkiw, false",
  })
  void match_table(String a, String b, boolean same) {
    NameMatch ab = Names.match(a, b);
    NameMatch ba = Names.match(b, a);
    assertEquals(same, ab.same(), () -> a + " / " + b + " scored " + ab.score());
    assertEquals(same, ba.same(), () -> b + " / " + a + " scored " + ba.score());
    assertTrue(same ? ab.score() >= 0.9 : ab.score() < 0.9);
  }

  @ParameterizedTest
  @CsvSource({"Sergey Lavrov, sergey lavrov", "Selenskyj, SELENSKYJ", "Müller, Mueller"})
  void match_sameSpellingScoresHighest(String a, String b) {
    assertEquals(1.0, Names.match(a, b).score());
  }
}

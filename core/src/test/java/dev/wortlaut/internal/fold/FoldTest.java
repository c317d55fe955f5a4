package dev.wortlaut.internal.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FoldTest {

  @ParameterizedTest
  @CsvSource({
      "Außenminister, aussenminister", "Pjöngjang, pjoengjang", "Ch'oe, choe", "Sŏn, son",
      "Šoigu, shoigu", "Čornobyl, chornobyl", "Žukov, zhukov", "Łódź, lodzh", "ПУТИН, путин",
      "O’Brien, obrien", "Khrushchëv, khrushchev",
  })
  void fold_mapsCharacters(String in, String out) {
    assertEquals(out, Fold.fold(in));
  }

  @ParameterizedTest
  @CsvSource({
      "lawrow, lavrov", "selenskyj, zelenskyy", "selenskyj, zelensky", "sergej, sergei",
      "sergej, sergey", "gaddafi, gadhafi", "gaddafi, qaddafi", "charkiw, kharkiv", "sinowjew, zinoviev",
      "wolodymyr, volodymyr", "pjoengjang, pyongyang", "pyeongyang, pyongyang", "tschernobyl, chernobyl",
      "schoigu, shoigu", "chruschtschow, khrushchov", "jelzin, yeltsin", "dschochar, dzhokhar",
  })
  void key_meetsAcrossSystems(String a, String b) {
    assertEquals(PhoneticKey.key(a), PhoneticKey.key(b));
  }

  @ParameterizedTest
  @CsvSource({"un, il", "jong, yo", "ilham, heydar", "kiew, kursk", "moskau, minsk", "mali, mehl"})
  void key_keepsDistinctNamesApart(String a, String b) {
    assertNotEquals(PhoneticKey.key(a), PhoneticKey.key(b));
  }
}

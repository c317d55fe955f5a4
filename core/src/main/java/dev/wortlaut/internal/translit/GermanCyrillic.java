package dev.wortlaut.internal.translit;

/**
 * German press transcription of Russian, Ukrainian and Belarusian Cyrillic, after the Duden rules
 * (Duden, "Transkription des Russischen"; Ukrainian after the same principles): {@code в -> w},
 * {@code з -> s}, {@code ж -> sch}, {@code ч -> tsch}, {@code ш -> sch}, {@code щ -> schtsch},
 * {@code х -> ch}, {@code ц -> z}, {@code е -> je} at the start of a word and after a vowel or sign,
 * {@code ё -> jo} (after {@code ж, ч, ш, щ}: {@code o}), {@code й -> j}, {@code ы -> y}, signs dropped,
 * {@code с -> ss} between vowels. Ukrainian: {@code г -> h}, {@code и -> y}, {@code і -> i},
 * {@code ї -> ji}, {@code є -> je}. Belarusian: {@code ў -> w}.
 */
final class GermanCyrillic {

  private GermanCyrillic() {}

  private static boolean vowel(char c) {
    return "аеёиоуыэюяієїaeiouy".indexOf(c) >= 0;
  }

  static String transcribe(String text, boolean ukrainian) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      char raw = text.charAt(i);
      char c = Character.toLowerCase(raw);
      char prev = i > 0 ? Character.toLowerCase(text.charAt(i - 1)) : ' ';
      char next = i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : ' ';
      boolean initial = !Character.isLetter(prev);
      String s;
      switch (c) {
        case 'а': s = "a"; break;
        case 'б': s = "b"; break;
        case 'в': case 'ў': s = "w"; break;
        case 'г': s = ukrainian ? "h" : "g"; break;
        case 'ґ': s = "g"; break;
        case 'д': s = "d"; break;
        case 'е':
          s = ukrainian ? "e" : (initial || vowel(prev) || prev == 'ь' || prev == 'ъ') ? "je" : "e";
          break;
        case 'є': s = "je"; break;
        case 'ё': s = "жчшщ".indexOf(prev) >= 0 ? "o" : "jo"; break;
        case 'ж': s = "sch"; break;
        case 'з': s = "s"; break;
        case 'и': s = ukrainian ? "y" : "i"; break;
        case 'і': s = "i"; break;
        case 'ї': s = "ji"; break;
        case 'й': s = "j"; break;
        case 'к': s = "k"; break;
        case 'л': s = "l"; break;
        case 'м': s = "m"; break;
        case 'н': s = "n"; break;
        case 'о': s = "o"; break;
        case 'п': s = "p"; break;
        case 'р': s = "r"; break;
        case 'с': s = vowel(prev) && vowel(next) ? "ss" : "s"; break;
        case 'т': s = "t"; break;
        case 'у': s = "u"; break;
        case 'ф': s = "f"; break;
        case 'х': s = "ch"; break;
        case 'ц': s = "z"; break;
        case 'ч': s = "tsch"; break;
        case 'ш': s = "sch"; break;
        case 'щ': s = "schtsch"; break;
        case 'ъ': case 'ь': s = ""; break;
        case 'ы': s = "y"; break;
        case 'э': s = "e"; break;
        case 'ю': s = "ju"; break;
        case 'я': s = "ja"; break;
        default: s = String.valueOf(c); break;
      }
      if (!s.isEmpty() && Character.isUpperCase(raw)) {
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
      }
      out.append(s);
    }
    return out.toString();
  }
}

package dev.wortlaut.internal.translit;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Latin spellings of a native-script name, generated at build time.
 *
 * <p>Cyrillic: German Duden transcription ({@link GermanCyrillic}), English BGN/PCGN (ICU {@code
 * Russian-Latin/BGN}, {@code Ukrainian-Latin/BGN}, {@code Belarusian-Latin/BGN}) and the scholarly
 * ISO&nbsp;9-like system (ICU {@code Cyrillic-Latin}). Hangul: Revised Romanization, McCune–Reischauer and
 * the DPRK/press style ({@link Hangul}) plus ICU {@code Hangul-Latin}. Chinese: Hanyu Pinyin (ICU {@code
 * Han-Latin}). Other scripts (Arabic, Persian, Greek, Georgian, ...): ICU {@code Any-Latin}. Latin-only names
 * are not re-spelled here: the phonetic key makes the cross-system spellings meet.
 */
public final class Transliterations {

  private static final Transliterator RU_BGN = load("Russian-Latin/BGN");
  private static final Transliterator UK_BGN = load("Ukrainian-Latin/BGN");
  private static final Transliterator BE_BGN = load("Belarusian-Latin/BGN");
  private static final Transliterator CYRILLIC = load("Cyrillic-Latin");
  private static final Transliterator HANGUL = load("Hangul-Latin");
  private static final Transliterator HAN = load("Han-Latin");
  private static final Transliterator ANY = load("Any-Latin");

  private Transliterations() {}

  private static Transliterator load(String id) {
    try {
      return Transliterator.getInstance(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void add(Set<String> out, Transliterator t, String text) {
    if (t != null) {
      String s;
      synchronized (t) {
        s = t.transliterate(text);
      }
      if (!s.isBlank()) {
        out.add(s);
      }
    }
  }

  /** Whether the text contains letters outside the Latin script. */
  public static boolean isNative(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the Latin spellings of a native-script name (empty for Latin text).
   *
   * @param text the native form, for example {@code Сергей Лавров} or {@code 최선희}
   * @return distinct spellings, most German first
   */
  public static List<String> latin(String text) {
    Set<String> out = new LinkedHashSet<>();
    Character.UnicodeScript script = null;
    boolean ukrainian = false;
    boolean belarusian = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s != Character.UnicodeScript.LATIN && script == null) {
          script = s;
        }
        ukrainian |= "ієїґІЄЇҐ".indexOf(c) >= 0;
        belarusian |= c == 'ў' || c == 'Ў';
      }
    }
    if (script == null) {
      return List.of();
    }
    switch (script) {
      case CYRILLIC:
        if (belarusian) {
          out.add(GermanCyrillic.transcribe(text, false));
          add(out, BE_BGN, text);
        } else if (ukrainian) {
          out.add(GermanCyrillic.transcribe(text, true));
          add(out, UK_BGN, text);
        } else {
          out.add(GermanCyrillic.transcribe(text, false));
          add(out, RU_BGN, text);
          // Ukrainian names are often written without a distinctly Ukrainian letter
          out.add(GermanCyrillic.transcribe(text, true));
          add(out, UK_BGN, text);
        }
        add(out, CYRILLIC, text);
        break;
      case HANGUL:
        out.addAll(Hangul.romanize(text));
        add(out, HANGUL, text);
        break;
      case HAN:
        add(out, HAN, text);
        break;
      default:
        add(out, ANY, text);
        break;
    }
    return new ArrayList<>(out);
  }
}

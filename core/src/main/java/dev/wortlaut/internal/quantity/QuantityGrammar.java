package dev.wortlaut.internal.quantity;

import dev.wortlaut.Bound;
import dev.wortlaut.Quantity;
import dev.wortlaut.QuantityKind;
import dev.wortlaut.Span;
import dev.wortlaut.internal.text.TextIndex;
import dev.wortlaut.internal.text.TokenShape;
import dev.wortlaut.internal.text.WordMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds numbers with units or counted nouns in a {@link TextIndex} by one left-to-right pass over the
 * tokens. At each token it tries, in this order, a modifier ({@code rund}, {@code mehr als}), a sign
 * ({@code minus}), a leading currency symbol, a fraction ({@code die Hälfte}), a vague plural
 * ({@code Tausende}) or a number (digits or words), then a scale word ({@code Mrd.}), a second number
 * of a range, and a unit or a counted noun. Every step looks at a bounded number of tokens, so the pass
 * is linear. Immutable after construction and safe to share between threads.
 */
public final class QuantityGrammar {

  private record Unit(String code, QuantityKind kind, BigDecimal factor) {}

  private record Modifier(boolean approximate, Bound bound) {}

  /** A parsed number: tokens {@code [start, end)}. */
  private record Num(
      int start, int end, BigDecimal value, boolean word, boolean article, boolean yearLike,
      boolean plain, boolean englishDecimal) {}

  /** A quantity without its modifier. */
  private record Core(
      int start, int end, BigDecimal value, BigDecimal valueMax, String unit, QuantityKind kind,
      boolean approximate, Bound bound) {}

  /** Marks tokens {@code [start, end)} as "no quantity here" so that no part of them is reparsed. */
  private static Core reject(int start, int end) {
    return new Core(start, Math.max(end, start + 1), BigDecimal.ZERO, null, null, null, false,
        Bound.EXACT);
  }

  private static final Set<String> ORDINAL_DETERMINERS = Set.of(
      "der", "die", "das", "den", "dem", "des", "zum", "zur", "am", "im", "vom", "beim", "ihrem",
      "ihrer", "ihren", "seinem", "seiner", "seinen", "seine", "ihre", "diesem", "dieser", "jedem");

  private static final int MAX_UNIT_TOKENS = 4;
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final Set<String> ARTICLES =
      Set.of("ein", "eine", "einen", "einem", "einer", "eines");

  private static final QuantityGrammar DEFAULTS = new QuantityGrammar();

  private final NumberWords numberWords = new NumberWords();
  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, BigDecimal> scales = new HashMap<>();
  private final Map<String, BigDecimal> vague = new HashMap<>();
  private final Map<String, BigDecimal> fractions = new HashMap<>();
  private final Map<String, Modifier> modifiers = new HashMap<>();
  private final Set<String> modifierFirstWords = new HashSet<>();
  /** Every proper prefix of a unit, scale or modifier key: a window that is none cannot grow into one. */
  private final Set<String> keyPrefixes = new HashSet<>();
  private final Set<String> references;
  private final Set<String> yearContext;
  private final Set<String> notNouns;
  private final Set<String> functionWords;
  /** The words a quantity can start with, other than number words: see {@link #mayStartAt}. */
  private final WordMap<Boolean> starterWords;
  private final WordMap<Boolean> modifierStarts;
  private final WordMap<BigDecimal> vagueWords;
  /** First tokens of unit, scale and modifier keys and their proper prefixes: the gate of {@link #longestKey}. */
  private final WordMap<Boolean> keyStarts;

  private QuantityGrammar() {
    for (Lexicon.Row row : Lexicon.read("units.tsv", 3, 4)) {
      QuantityKind kind;
      try {
        kind = QuantityKind.valueOf(row.field(2));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind " + row.field(2));
      }
      BigDecimal factor = row.fields().length > 3 ? decimal(row, 3) : BigDecimal.ONE;
      if (units.put(row.field(0), new Unit(row.field(1), kind, factor)) != null) {
        throw row.error("duplicate unit " + row.field(0));
      }
    }
    for (Lexicon.Row row : Lexicon.read("scales.tsv", 2, 2)) {
      scales.put(row.field(0), decimal(row, 1));
    }
    for (Lexicon.Row row : Lexicon.read("vague.tsv", 2, 2)) {
      vague.put(row.field(0), decimal(row, 1));
    }
    for (Lexicon.Row row : Lexicon.read("fractions.tsv", 2, 2)) {
      fractions.put(row.field(0), decimal(row, 1));
    }
    for (Lexicon.Row row : Lexicon.read("modifiers.tsv", 3, 3)) {
      Bound bound;
      try {
        bound = Bound.valueOf(row.field(2));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown bound " + row.field(2));
      }
      modifiers.put(row.field(0), new Modifier(Boolean.parseBoolean(row.field(1)), bound));
      int space = row.field(0).indexOf(' ');
      String first = space < 0 ? row.field(0) : row.field(0).substring(0, space);
      int dot = first.indexOf('.');
      modifierFirstWords.add(dot < 0 ? first : first.substring(0, dot));
    }
    references = set("references.txt");
    yearContext = set("year-context.txt");
    notNouns = set("not-nouns.txt");
    functionWords = set("function-words.txt");
    Set<String> starters = new HashSet<>(modifierFirstWords);
    starters.addAll(vague.keySet());
    starters.addAll(List.of("minus", "die", "der", "hälfte", "doppelt"));
    starterWords = WordMap.ofWords(lowerCaseOnly(starters));
    modifierStarts = WordMap.ofWords(lowerCaseOnly(modifierFirstWords));
    vagueWords = WordMap.of(vague);
    for (Map<String, ?> keys : List.of(units, scales, modifiers)) {
      for (String key : keys.keySet()) {
        for (int i = 1; i < key.length(); i++) {
          keyPrefixes.add(key.substring(0, i));
        }
      }
    }
    Set<String> starts = new HashSet<>(keyPrefixes);
    for (Map<String, ?> keys : List.of(units, scales, modifiers)) {
      starts.addAll(keys.keySet());
    }
    keyStarts = WordMap.ofWords(lowerCaseOnly(starts));
  }

  /** Returns the grammar with the bundled German data. */
  public static QuantityGrammar defaults() {
    return DEFAULTS;
  }

  private static BigDecimal decimal(Lexicon.Row row, int field) {
    try {
      return new BigDecimal(row.field(field));
    } catch (NumberFormatException e) {
      throw row.error("not a number: " + row.field(field));
    }
  }

  /** The words that are their own lower case: the others can never equal a lower-cased token. */
  private static Set<String> lowerCaseOnly(Set<String> words) {
    Set<String> lower = new HashSet<>();
    for (String w : words) {
      if (w.toLowerCase(java.util.Locale.ROOT).equals(w)) {
        lower.add(w);
      }
    }
    return lower;
  }

  private static Set<String> set(String file) {
    Set<String> words = new HashSet<>();
    for (Lexicon.Row row : Lexicon.read(file, 1, 1)) {
      words.add(row.field(0));
    }
    return Set.copyOf(words);
  }

  /**
   * Extracts the quantities of an indexed document.
   *
   * @param ix the document index
   * @return the quantities, sorted by start, not overlapping
   */
  public List<Quantity> extract(TextIndex ix) {
    List<Quantity> out = new ArrayList<>();
    int n = ix.size();
    int i = 0;
    while (i < n) {
      int next = matchAt(ix, i, out);
      i = next > i ? next : i + 1;
    }
    return out;
  }

  /**
   * Whether a quantity may start at token {@code i}: a cheap necessary condition that spares most
   * words the lower-casing and lookups of {@link #matchAt}. It mirrors what {@link #core} and the
   * modifier check accept first: a number, a negative sign, a modifier, a fraction or vague word, a
   * number word, or a currency (one or two tokens) before a number.
   */
  private boolean mayStartAt(TextIndex ix, int i, TokenShape shape) {
    switch (shape) {
      case NUMBER:
      case ALNUM:
      case DASH:
        return true;
      case WORD:
        if (starterWords.contains(ix, i) || numberWords.mayParse(ix, i)) {
          return true;
        }
        break;
      default:
        break;
    }
    int n = ix.size();
    return i + 1 < n && ix.shape(i + 1) == TokenShape.NUMBER
        || i + 2 < n && ix.shape(i + 2) == TokenShape.NUMBER;
  }

  /** Tries a quantity at token {@code i}; returns the token after it, or {@code i} when none. */
  private int matchAt(TextIndex ix, int i, List<Quantity> out) {
    TokenShape shape = ix.shape(i);
    if (!mayStartAt(ix, i, shape)) {
      return i;
    }
    int modLength = 0;
    Modifier modifier = null;
    if (shape == TokenShape.WORD && modifierStarts.contains(ix, i)) {
      modLength = longestKey(ix, i, 3, modifiers);
      if (modLength > 0) {
        modifier = modifiers.get(key(ix, i, modLength));
        String m = key(ix, i, modLength);
        if (m.equals("über")
            && i > 0
            && ix.sentenceFirstToken(ix.sentenceOf(i)) != i
            && (ix.isCapitalized(i - 1) || ARTICLES.contains(ix.lower(i - 1)))) {
          // "ein Kredit über 50 Millionen Euro": über means "amounting to", not a bound
          modifier = null;
          modLength = 0;
        }
      }
    }
    if (modifier != null) {
      int at = i + modLength;
      if (at >= ix.size() || isNewline(ix, at)) {
        return i;
      }
      Core core = core(ix, at, modifier.bound() == Bound.RANGE, true);
      if (core == null) {
        return i;
      }
      if (core.kind() == null) {
        return core.end();
      }
      if (modifier.bound() == Bound.RANGE && core.bound() != Bound.RANGE) {
        out.add(build(ix, core, null));
        return core.end();
      }
      out.add(build(ix, core, new Object[] {modifier, i, i + modLength}));
      return core.end();
    }
    Core core = core(ix, i, false, false);
    if (core == null) {
      return i;
    }
    if (core.kind() == null) {
      return core.end();
    }
    out.add(build(ix, core, null));
    return core.end();
  }

  private Quantity build(TextIndex ix, Core core, Object[] mod) {
    String text = ix.text();
    int start = ix.start(core.start());
    int end = ix.end(core.end() - 1);
    boolean approximate = core.approximate();
    Bound bound = core.bound();
    Span modifierSpan = null;
    if (mod != null) {
      Modifier modifier = (Modifier) mod[0];
      modifierSpan = Span.of(text, ix.start((Integer) mod[1]), ix.end((Integer) mod[2] - 1));
      approximate |= modifier.approximate();
      if (bound != Bound.RANGE && modifier.bound() != Bound.RANGE) {
        if (modifier.bound() != Bound.EXACT || bound == Bound.EXACT) {
          bound = modifier.bound();
        }
      }
    }
    return new Quantity(
        start, end, text.substring(start, end), normalise(core.value()),
        bound == Bound.RANGE ? normalise(core.valueMax()) : null, core.unit(), core.kind(), approximate, bound,
        modifierSpan);
  }

  /** Drops trailing fraction zeros ("1200000000.0" becomes 1200000000), keeping integers unscaled. */
  private static BigDecimal normalise(BigDecimal v) {
    if (v.scale() <= 0) {
      return v;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  // ---------------------------------------------------------------- the core of a quantity

  private Core core(TextIndex ix, int j, boolean between, boolean modified) {
    int n = ix.size();
    int t = j;
    boolean negative = false;
    Unit prefix = null;
    if (ix.length(t) == 5 && ix.lower(t).equals("minus") && t + 1 < n && !isNewline(ix, t + 1)) {
      negative = true;
      t++;
    } else if (ix.shape(t) == TokenShape.DASH
        && t + 1 < n
        && ix.isAttached(t + 1)
        && ix.shape(t + 1) == TokenShape.NUMBER
        && !ix.isAttached(t)) {
      negative = true;
      t++;
    }
    if (!negative) {
      int len = longestKey(ix, t, 2, units);
      if (len > 0) {
        Unit u = units.get(key(ix, t, len));
        int after = t + len;
        if (u.kind() == QuantityKind.CURRENCY
            && after < n
            && ix.shape(after) == TokenShape.NUMBER
            && !isNewline(ix, after)
            && isSymbolOrCode(ix, t, len)) {
          prefix = u;
          t = after;
        }
      }
    }
    if (ix.shape(t) == TokenShape.ALNUM) {
      return attachedUnit(ix, j, t, negative);
    }
    if (!negative && prefix == null) {
      Core special = fractionOrVague(ix, t);
      if (special != null || ix.shape(t) != TokenShape.NUMBER && ix.shape(t) != TokenShape.WORD) {
        return special;
      }
    }
    Num num = number(ix, t);
    if (num == null) {
      return null;
    }
    int before = (negative || prefix != null) ? j - 1 : t - 1;
    if (num.word() && before >= 0 && (ix.isAttached(t) && ix.shape(before) == TokenShape.DASH
        || references.contains(ix.lower(before)))) {
      return null;
    }
    if (!num.word() && isLabel(ix, t, before)) {
      return null;
    }
    int k = num.end();
    if (k < n && !num.word() && ix.isAttached(k)) {
      if (ix.is(k, '.') && k + 1 < n && (ix.sentenceOf(k + 1) == ix.sentenceOf(k)
          || before >= 0 && ORDINAL_DETERMINERS.contains(ix.lower(before)))) {
        return reject(j, k + 1); // ordinal or date: "24. Oktober", "3. bis 5. Mai", "zum 200. Geburtstag"
      }
      if (ix.is(k, ':') || ix.is(k, '/')) {
        return reject(j, k + 2); // score, time, "2023/24", "030/1234"
      }
    }
    if (k < n && ix.is(k, ':')) {
      return reject(j, k + 2);
    }
    BigDecimal value = num.value();
    boolean scaled = false;
    int sc = longestKey(ix, k, 2, scales);
    if (sc > 0 && !isNewline(ix, k)) {
      value = value.multiply(scales.get(key(ix, k, sc)));
      k += sc;
      scaled = true;
    }
    // fraction: "ein Drittel", "zwei Drittel"
    if (!scaled && k < n && !isNewline(ix, k) && num.value().scale() <= 0
        && num.value().compareTo(BigDecimal.valueOf(100)) <= 0) {
      BigDecimal denominator = fractions.get(ix.lower(k));
      if (denominator != null && !ix.lower(k).equals("hälfte")) {
        BigDecimal v = num.value().divide(denominator, MathContext.DECIMAL64);
        return new Core(j, k + 1, v, null, "fraction", QuantityKind.FRACTION, false, Bound.EXACT);
      }
    }
    if (num.article() && !scaled && k + 1 < n && (ix.lower(k).equals("halbe")
        || ix.lower(k).equals("halben"))) {
      int sch = longestKey(ix, k + 1, 2, scales);
      if (sch > 0) {
        value = HALF.multiply(scales.get(key(ix, k + 1, sch)));
        k += 1 + sch;
        scaled = true;
      }
    }
    if (num.article() && !scaled && k + 1 < n && (ix.lower(k).equals("halbe")
        || ix.lower(k).equals("halben") || ix.lower(k).equals("halber"))) {
      int hu = unitAt(ix, k + 1);
      if (hu > 0) {
        Unit u = units.get(key(ix, k + 1, hu));
        return rangeOrSingle(j, k + 1 + hu, HALF, null, false, u);
      }
    }
    if (num.article() && !scaled && !(k + 1 < n && ix.lower(k).equals("bis")
        && number(ix, k + 1) != null)) {
      return null;
    }
    // range: "10 bis 12", "zwischen 10 und 12", "10–12"
    BigDecimal valueMax = null;
    Num second = null;
    if (k + 1 < n && !isNewline(ix, k) && !isNewline(ix, k + 1)) {
      String sep = ix.lower(k);
      boolean dash = ix.shape(k) == TokenShape.DASH && ix.isAttached(k) == ix.isAttached(k + 1);
      boolean isSep = (sep.equals("bis") && !ix.lower(k + 1).equals("zu"))
          || (between && sep.equals("und")) || dash;
      if (isSep) {
        second = number(ix, k + 1);
        if (second != null && !second.article()) {
          int k2 = second.end();
          if (k2 < n && !second.word() && ix.isAttached(k2)
              && (ix.is(k2, '.') || ix.is(k2, ':') || ix.is(k2, '/')
                  || ix.shape(k2) == TokenShape.DASH)) {
            return reject(j, k2 + 1); // "3. bis 5. Mai", "1-999-367"
          }
          BigDecimal max = second.value();
          int sc2 = longestKey(ix, k2, 2, scales);
          if (sc2 > 0 && !isNewline(ix, k2)) {
            BigDecimal mult = scales.get(key(ix, k2, sc2));
            max = max.multiply(mult);
            if (!scaled) {
              value = value.multiply(mult);
              scaled = true;
            }
            k2 += sc2;
          }
          if (max.compareTo(value) <= 0 && !negative) {
            return reject(j, k2); // "3-1", "2024-11": not a range of amounts
          }
          valueMax = max;
          k = k2;
        } else if (dash && ix.isAttached(k)) {
          second = null;
          // compound: "der 72-Jährige", "die 5-Prozent-Hürde"; other compounds are labels
          Unit u = units.get("-" + ix.lower(k + 1));
          if (u == null) {
            Unit plain = units.get(ix.lower(k + 1));
            if (plain != null && plain.kind() != QuantityKind.COUNT && ix.isAttached(k + 1)) {
              u = plain;
            }
          }
          if (u == null || num.yearLike()) {
            return null;
          }
          return rangeOrSingle(j, k + 2, value, null, negative, u);
        } else {
          second = null;
        }
      }
    }
    if (k < n && notNouns.contains(ix.lower(k))) {
      return reject(j, k + 1); // "15 Uhr", "14 bis 16 Uhr", "24 Oktober"
    }
    boolean range = valueMax != null;
    boolean yearLike = num.yearLike() || (second != null && second.yearLike());
    // unit
    if (prefix != null) {
      return rangeOrSingle(j, k, value, valueMax, negative, prefix);
    }
    int unitLength = unitAt(ix, k);
    if (unitLength > 0) {
      Unit u = units.get(key(ix, k, unitLength));
      if (num.englishDecimal() && u.kind() == QuantityKind.DURATION) {
        return null;
      }
      QuantityKind kind = u.kind();
      if (kind == QuantityKind.DURATION && isAge(ix, j, k + unitLength)) {
        kind = QuantityKind.AGE;
      }
      if (yearLike && kind == QuantityKind.DURATION) {
        return null;
      }
      if (kind == QuantityKind.TEMPERATURE && !negative && belowZero(ix, k + unitLength)) {
        negative = true; // "sieben Grad unter null"
      }
      Core c = rangeOrSingle(j, k + unitLength, value, valueMax, negative, u);
      return kind == c.kind() ? c : new Core(c.start(), c.end(), c.value(), c.valueMax(), c.unit(),
          kind, false, c.bound());
    }
    if (num.englishDecimal() || negative) {
      return null;
    }
    // counted noun
    int noun = nounAt(ix, k);
    if (noun > k) {
      int nounStart = firstNounToken(ix, k, noun);
      int adjectivesEnd = nounStart;
      int unitAfter = unitAt(ix, adjectivesEnd);
      if (unitAfter > 0 && adjectivesEnd > k) {
        Unit u = units.get(key(ix, adjectivesEnd, unitAfter));
        return rangeOrSingle(j, adjectivesEnd + unitAfter, value, valueMax, false, u);
      }
      if (yearLike && !modified && !range && before >= 0 && yearContext.contains(ix.lower(before))) {
        return null;
      }
      if (yearLike && range) {
        return reject(j, k);
      }
      if (num.plain() && ix.length(t) == 5 && !scaled) {
        return null; // postcode: "10117 Berlin"
      }
      String nounText = ix.text().substring(ix.start(nounStart), ix.end(noun - 1));
      return countCore(j, noun, value, valueMax, nounText);
    }
    // bare number
    if (num.word() && !scaled) {
      return null;
    }
    if (yearLike) {
      return reject(j, k);
    }
    if (num.plain() && ix.length(t) >= 5) {
      return null; // phone and file numbers
    }
    if (!modified && before >= 0 && isLabelBefore(ix, before)) {
      return null;
    }
    if (!range && before >= 0 && ix.is(before, ')')) {
      return null; // "Tomba (ITA) 504": result tables
    }
    if (!range && before >= 0 && ix.is(before, '(') && k < n && ix.is(k, ')')) {
      return null; // "(2)": a list marker or reference
    }
    return countCore(j, k, value, valueMax, null);
  }

  private static Core countCore(int j, int end, BigDecimal value, BigDecimal valueMax, String noun) {
    return new Core(
        j, end, value, valueMax, noun, QuantityKind.COUNT, false,
        valueMax != null ? Bound.RANGE : Bound.EXACT);
  }

  private static Core rangeOrSingle(
      int j, int end, BigDecimal value, BigDecimal valueMax, boolean negative, Unit u) {
    BigDecimal v = value.multiply(u.factor());
    BigDecimal max = valueMax == null ? null : valueMax.multiply(u.factor());
    if (negative) {
      v = v.negate();
    }
    return new Core(
        j, end, v, max, u.code(), u.kind(), false, max != null ? Bound.RANGE : Bound.EXACT);
  }

  private static boolean belowZero(TextIndex ix, int k) {
    int n = ix.size();
    if (k + 1 >= n || !ix.lower(k).equals("unter")) {
      return false;
    }
    String next = ix.lower(k + 1);
    return next.equals("null")
        || (next.equals("dem") && k + 2 < n && ix.lower(k + 2).equals("gefrierpunkt"));
  }

  /** "3km", "2l": digits with a measure written without a space. */
  private Core attachedUnit(TextIndex ix, int j, int t, boolean negative) {
    String s = ix.text(t);
    int cut = 0;
    while (cut < s.length() && (Character.isDigit(s.charAt(cut)) || s.charAt(cut) == ','
        || s.charAt(cut) == '.')) {
      cut++;
    }
    if (cut == 0 || cut == s.length() || !Character.isDigit(s.charAt(cut - 1))
        || !Character.isDigit(s.charAt(0))) {
      return null;
    }
    String suffix = s.substring(cut);
    Unit u = units.get(suffix.toLowerCase(java.util.Locale.ROOT));
    if (u == null || u.kind() == QuantityKind.COUNT || u.kind() == QuantityKind.AGE
        || (suffix.length() == 1 && Character.isUpperCase(suffix.charAt(0)))) {
      return null;
    }
    String digits = s.substring(0, cut);
    if (digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != ',') {
      return null;
    }
    int before = negative ? j - 1 : t - 1;
    if (before >= 0 && isLabel(ix, t, before)) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(digits.indexOf('.') >= 0 && digits.indexOf(',') < 0
          && !groupsOfThree(digits, '.') ? digits
          : digits.replace(".", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
    int end = t + 1;
    for (int m = 2; m >= 1; m--) {
      if (end + m <= ix.size() && ix.isAttached(end) && ix.isAttached(end + m - 1)) {
        Unit longer = units.get(suffix.toLowerCase(java.util.Locale.ROOT) + key(ix, end, m));
        if (longer != null) {
          u = longer; // "120km/h"
          end += m;
          break;
        }
      }
    }
    return rangeOrSingle(j, end, value, null, negative, u);
  }

  /** "die Hälfte", "doppelt so", "Tausende Soldaten". */
  private Core fractionOrVague(TextIndex ix, int t) {
    int n = ix.size();
    if ((ix.equalsLower(t, "die") || ix.equalsLower(t, "der")) && t + 1 < n
        && ix.equalsLower(t + 1, "hälfte") && !isNewline(ix, t + 1)) {
      return new Core(t, t + 2, HALF, null, "fraction", QuantityKind.FRACTION, false, Bound.EXACT);
    }
    if (ix.equalsLower(t, "hälfte")) {
      return new Core(t, t + 1, HALF, null, "fraction", QuantityKind.FRACTION, false, Bound.EXACT);
    }
    if (ix.equalsLower(t, "doppelt") && t + 1 < n && ix.equalsLower(t + 1, "so")) {
      return new Core(
          t, t + 1, BigDecimal.valueOf(2), null, "multiple", QuantityKind.OTHER, false, Bound.EXACT);
    }
    BigDecimal base = ix.shape(t) == TokenShape.WORD ? vagueWords.get(ix, t) : null;
    if (base == null) {
      return null;
    }
    if (t > 0 && !isNewline(ix, t) && (ix.shape(t - 1) == TokenShape.NUMBER
        || numberWords.parse(ix.lower(t - 1)) != null)) {
      return null;
    }
    int k = t + 1;
    if (k < n && ix.isAttached(k) && ix.shape(k) == TokenShape.DASH) {
      return null; // "Millionen-Verluste"
    }
    int sc = longestKey(ix, k, 2, scales);
    if (sc > 0 && !isNewline(ix, k)) {
      base = base.multiply(scales.get(key(ix, k, sc)));
      k += sc;
    }
    int unitLength = unitAt(ix, k);
    if (unitLength > 0) {
      Unit u = units.get(key(ix, k, unitLength));
      if (u.kind() != QuantityKind.AGE) {
        return new Core(t, k + unitLength, base.multiply(u.factor()), null, u.code(), u.kind(), true,
            Bound.LOWER);
      }
    }
    int noun = nounAt(ix, k);
    if (noun <= k && k + 1 < ix.size() && ix.lower(k).equals("von")) {
      int afterVon = nounAt(ix, k + 1);
      if (afterVon > k + 1) {
        noun = afterVon;
        k = k + 1;
      }
    }
    if (noun > k) {
      int nounStart = firstNounToken(ix, k, noun);
      String nounText = ix.text().substring(ix.start(nounStart), ix.end(noun - 1));
      return new Core(t, noun, base, null, nounText, QuantityKind.COUNT, true, Bound.LOWER);
    }
    return new Core(t, t + 1 + sc, base, null, null, QuantityKind.COUNT, true, Bound.LOWER);
  }

  private boolean isAge(TextIndex ix, int start, int end) {
    if (end < ix.size() && !isNewline(ix, end)) {
      String next = ix.lower(end);
      if (next.equals("alt") || next.equals("alte") || next.equals("alten") || next.equals("alter")
          || next.equals("jung")) {
        return true;
      }
    }
    if (start < 1) {
      return false;
    }
    String p1 = ix.lower(start - 1);
    if (p1.equals("mit") && ix.lower(end - 1).equals("jahren")) {
      return true; // "mit 14 Jahren"
    }
    return start >= 2 && (p1.equals("von") || p1.equals("zwischen"))
        && ix.lower(start - 2).equals("alter");
  }

  // ---------------------------------------------------------------- numbers

  private Num number(TextIndex ix, int t) {
    if (t >= ix.size()) {
      return null;
    }
    TokenShape shape = ix.shape(t);
    if (shape == TokenShape.WORD) {
      if (!numberWords.mayParse(ix, t)) {
        return null;
      }
      String lower = ix.lower(t);
      BigDecimal v = numberWords.parse(lower);
      if (v == null) {
        return null;
      }
      return new Num(t, t + 1, v, true, ARTICLES.contains(lower), false, false, false);
    }
    if (shape != TokenShape.NUMBER) {
      return null;
    }
    String s = ix.text(t);
    int dots = 0;
    int commas = 0;
    for (int c = 0; c < s.length(); c++) {
      char ch = s.charAt(c);
      if (ch == '.') {
        dots++;
      } else if (ch == ',') {
        commas++;
      } else if (ch < '0' || ch > '9') {
        return null; // ":" of times and scores, digits of other scripts
      }
    }
    boolean englishDecimal = false;
    String plainDigits;
    if (dots == 0 && commas == 0) {
      if (s.length() > 1 && s.charAt(0) == '0') {
        return null;
      }
      // "1 000 000": groups of three digits after single spaces
      int end = t + 1;
      StringBuilder joined = null;
      if (s.length() <= 3) {
        while (end < ix.size()
            && ix.shape(end) == TokenShape.NUMBER
            && ix.length(end) == 3
            && ix.start(end) == ix.end(end - 1) + 1
            && !isNewline(ix, end)
            && isDigits(ix.text(end))) {
          if (joined == null) {
            joined = new StringBuilder(s);
          }
          joined.append(ix.text(end));
          end++;
        }
      }
      if (joined != null) {
        return new Num(t, end, new BigDecimal(joined.toString()), false, false, false, false, false);
      }
      plainDigits = s;
      BigDecimal v = new BigDecimal(s);
      boolean year = s.length() == 4 && v.intValue() >= 1000 && v.intValue() <= 2099;
      return new Num(t, t + 1, v, false, false, year, true, false);
    }
    String integer;
    String fraction = "";
    if (commas <= 1 && dots >= 1) {
      int comma = s.indexOf(',');
      integer = comma < 0 ? s : s.substring(0, comma);
      fraction = comma < 0 ? "" : s.substring(comma + 1);
      if (fraction.indexOf('.') >= 0) {
        return null;
      }
      if (!groupsOfThree(integer, '.')) {
        if (dots == 1 && commas == 0) {
          int dot = s.indexOf('.');
          integer = s.substring(0, dot);
          fraction = s.substring(dot + 1);
          englishDecimal = true;
        } else {
          return null; // "01.11.2024", "1.2.3"
        }
      }
    } else if (dots == 0 && commas == 1) {
      int comma = s.indexOf(',');
      integer = s.substring(0, comma);
      fraction = s.substring(comma + 1);
    } else if (dots == 0 && groupsOfThree(s, ',')) {
      integer = s;
    } else {
      return null;
    }
    plainDigits = integer.replace(".", "").replace(",", "");
    if (plainDigits.length() > 1 && plainDigits.charAt(0) == '0') {
      return null;
    }
    BigDecimal v = new BigDecimal(fraction.isEmpty() ? plainDigits : plainDigits + "." + fraction);
    return new Num(t, t + 1, v, false, false, false, false, englishDecimal);
  }

  private static boolean isDigits(String s) {
    for (int c = 0; c < s.length(); c++) {
      if (s.charAt(c) < '0' || s.charAt(c) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is 1-3 digits followed by groups of exactly three after {@code sep}. */
  private static boolean groupsOfThree(String s, char sep) {
    int first = s.indexOf(sep);
    if (first < 1 || first > 3) {
      return false;
    }
    int run = 0;
    for (int c = first + 1; c < s.length(); c++) {
      if (s.charAt(c) == sep) {
        if (run != 3) {
          return false;
        }
        run = 0;
      } else {
        run++;
      }
    }
    return run == 3;
  }

  // ---------------------------------------------------------------- context

  /** Names with digits ("F-16", "Covid-19") and labels ("Artikel 4", "§ 51", "Nr. 3"). */
  private boolean isLabel(TextIndex ix, int t, int before) {
    if (before < 0) {
      return false;
    }
    if (ix.isAttached(t) && before == t - 1) {
      TokenShape p = ix.shape(before);
      if (p == TokenShape.DASH && before > 0 && ix.isAttached(before)
          && ix.shape(before - 1) != TokenShape.PUNCT && ix.shape(before - 1) != TokenShape.QUOTE) {
        return true;
      }
      if (ix.is(before, '/') || ix.is(before, '.') || ix.is(before, ':') || ix.is(before, '#')
          || ix.is(before, '+')) {
        return true;
      }
    }
    if (references.contains(ix.lower(before)) || endsWithReference(ix.lower(before))) {
      return true;
    }
    return ix.is(before, '.') && before > 0 && ix.isAttached(before)
        && references.contains(ix.lower(before - 1));
  }

  /** Compounds ending in a reference noun: "Tagesordnungspunkt 5", "Hausnummer 3". */
  private boolean endsWithReference(String word) {
    if (word.length() < 8) {
      return false;
    }
    for (String r : references) {
      if (r.length() >= 5 && word.endsWith(r)) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised noun right before a bare number names it: "Kilometer 153", "Windows 11". */
  private static boolean isLabelBefore(TextIndex ix, int before) {
    TokenShape p = ix.shape(before);
    if ((p == TokenShape.WORD || p == TokenShape.ALNUM) && hasUpperCase(ix.text(before))) {
      int s = ix.sentenceOf(before);
      return ix.sentenceFirstToken(s) != before;
    }
    return p == TokenShape.NUMBER || p == TokenShape.ALNUM;
  }

  private static boolean hasUpperCase(String s) {
    for (int c = 0; c < s.length(); c++) {
      if (Character.isUpperCase(s.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSymbolOrCode(TextIndex ix, int t, int len) {
    if (ix.shape(t + len - 1) == TokenShape.SYMBOL) {
      return true;
    }
    String s = ix.text(t);
    return len == 1 && s.length() == 3 && s.equals(s.toUpperCase(java.util.Locale.ROOT));
  }

  /** The number of tokens of the unit at {@code k}, or 0. */
  private int unitAt(TextIndex ix, int k) {
    if (k >= ix.size() || isNewline(ix, k) || ix.shape(k) == TokenShape.DASH) {
      return 0;
    }
    int len = longestKey(ix, k, MAX_UNIT_TOKENS, units);
    if (len == 1 && ix.length(k) == 1 && ix.shape(k) == TokenShape.WORD
        && !ix.text(k).equals(ix.lower(k))) {
      return 0; // "5 G", "Gruppe A": single capitals are no units
    }
    if (len > 0 && units.get(key(ix, k, len)).kind() == QuantityKind.AGE) {
      return 0;
    }
    return len;
  }

  /**
   * The token after the counted noun that follows {@code k} (skipping adjectives), or {@code k} when
   * there is none.
   */
  private int nounAt(TextIndex ix, int k) {
    int n = ix.size();
    int sentence = k > 0 ? ix.sentenceOf(k - 1) : 0;
    int t = k;
    int adjectives = 0;
    while (t < n && !isNewline(ix, t) && adjectives < 4) {
      if (isAdjective(ix, t)) {
        adjectives++;
        t++;
      } else if (adjectives > 0 && t + 1 < n && (ix.is(t, ',') || ix.lower(t).equals("und")
          || ix.lower(t).equals("oder")) && isAdjective(ix, t + 1)) {
        t++;
      } else {
        break;
      }
    }
    if (t >= n || isNewline(ix, t) || ix.sentenceOf(t) != sentence) {
      return k;
    }
    TokenShape shape = ix.shape(t);
    if ((shape != TokenShape.WORD && shape != TokenShape.ALNUM) || !ix.isCapitalized(t)) {
      return k;
    }
    if (notNouns.contains(ix.lower(t)) || modifiers.containsKey(ix.lower(t))) {
      return k;
    }
    int end = t + 1;
    while (end + 1 < n && ix.shape(end) == TokenShape.DASH && ix.isAttached(end)
        && ix.isAttached(end + 1) && ix.shape(end + 1) != TokenShape.PUNCT
        && ix.shape(end + 1) != TokenShape.DASH && ix.shape(end + 1) != TokenShape.QUOTE
        && ix.shape(end + 1) != TokenShape.SYMBOL) {
      end += 2;
    }
    return end;
  }

  /** The first token of the noun found by {@link #nounAt}: after the adjectives. */
  private int firstNounToken(TextIndex ix, int k, int nounEnd) {
    int t = k;
    while (t < nounEnd && !(ix.isCapitalized(t)
        && (ix.shape(t) == TokenShape.WORD || ix.shape(t) == TokenShape.ALNUM))) {
      t++;
    }
    return t;
  }

  private boolean isAdjective(TextIndex ix, int t) {
    if (ix.shape(t) != TokenShape.WORD || ix.isCapitalized(t) || ix.length(t) < 4) {
      return false;
    }
    String w = ix.lower(t);
    if (functionWords.contains(w) || numberWords.parse(w) != null || scales.containsKey(w)) {
      return false;
    }
    return w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es")
        || w.endsWith("em");
  }

  // ---------------------------------------------------------------- token keys

  private static boolean isNewline(TextIndex ix, int t) {
    return (ix.flags(t) & TextIndex.NEWLINE_BEFORE) != 0;
  }

  /** The lower-case key of tokens {@code [from, from + count)}: attached tokens joined, others spaced. */
  private static String key(TextIndex ix, int from, int count) {
    if (count == 1) {
      return ix.lower(from);
    }
    StringBuilder sb = new StringBuilder();
    for (int t = from; t < from + count; t++) {
      if (t > from && !ix.isAttached(t)) {
        sb.append(' ');
      }
      sb.append(ix.lower(t));
    }
    return sb.toString();
  }

  /** The length of the longest token sequence at {@code from} (at most {@code max}) that is a key. */
  private int longestKey(TextIndex ix, int from, int max, Map<String, ?> map) {
    int n = ix.size();
    if (from >= n || max < 1) {
      return 0;
    }
    if (!keyStarts.contains(ix, from)) {
      return 0;
    }
    String first = ix.lower(from);
    int best = map.containsKey(first) ? 1 : 0;
    if (max == 1 || !keyPrefixes.contains(first)) {
      return best;
    }
    StringBuilder sb = new StringBuilder(first);
    for (int t = from + 1; t < n && t < from + max; t++) {
      if (isNewline(ix, t)) {
        break;
      }
      if (!ix.isAttached(t)) {
        sb.append(' ');
      }
      sb.append(ix.lower(t));
      String window = sb.toString();
      if (map.containsKey(window)) {
        best = t - from + 1;
      }
      if (!keyPrefixes.contains(window)) {
        break;
      }
    }
    return best;
  }
}

package dev.wortlaut.internal.quote;

import dev.wortlaut.Entity;
import dev.wortlaut.Mention;
import dev.wortlaut.Quote;
import dev.wortlaut.QuoteKind;
import dev.wortlaut.Span;
import dev.wortlaut.internal.text.TextIndex;
import dev.wortlaut.internal.text.TokenShape;
import dev.wortlaut.internal.text.WordMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotes, indirect speech and source attributions in one document.
 *
 * <p>Work per document is linear: quote pairing is one pass ({@link QuotePairs}), each sentence is
 * scanned a constant number of times, and every look-around (noun phrases, particles, inquit clauses)
 * is bounded by a small token window. Cue words are only read outside quotation marks.
 */
public final class ReportFinder {

  private static final int WINDOW = 16;
  private static final Set<String> AUX =
      Set.of(
          "hat", "hatte", "habe", "hätte", "haben", "hatten", "hätten", "ist", "war", "sei", "wäre", "sind",
          "waren", "seien", "wird", "würde", "werde", "soll", "solle", "sollte", "will", "wolle", "wollte",
          "kann", "könne", "konnte", "muss", "müsse", "musste", "werden", "würden", "wurde");
  private static final Set<String> NON_CLAUSE_STARTS =
      Set.of("um", "ohne", "statt", "anstatt", "und", "oder", "aber", "sondern", "bei", "mit", "nach");
  /** Infinitive clauses of purpose or manner (um … zu), not the content of a statement. */
  private static final Set<String> ADVERBIAL_INFINITIVE = Set.of("um", "ohne", "statt", "anstatt", "und", "oder");
  private static final Set<String> RELATIVES =
      Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches");
  private static final Set<String> FIRST_PERSON = Set.of("ich", "wir", "mich", "mir", "uns", "unser", "unsere");
  private static final WordMap<Boolean> FIRST_PERSON_WORDS = WordMap.ofWords(FIRST_PERSON);
  /** "Berichte über …" names a topic, not a source. */
  private static final Set<String> TOPIC = Set.of("über", "zu", "zum", "zur", "um", "vom", "aus", "auf");
  private static final Set<String> GENITIVE_OPENERS =
      Set.of("des", "der", "von", "eines", "einer", "ihrer", "seiner", "dieser", "dieses", "unserer");
  private static final Set<String> OWN = Set.of("eigenen", "eigener");
  /** The words {@link #markers} acts on, checked per token before its lower case is built. */
  private static final WordMap<Boolean> MARKER_WORDS =
      WordMap.ofWords(List.of("laut", "zufolge", "gemäß", "nach", "demnach", "wonach"));

  private final TextIndex index;
  private final String text;
  private final Lexicon lex = Lexicon.INSTANCE;
  private final NounPhrases np;
  private final QuotePairs pairs;
  private final List<Mention> mentions;
  private final int[] konjunktivCount;
  private final int[] paragraphOf;
  private final List<Quote> out = new ArrayList<>();
  /** Per sentence: the speaker of the last report found in it, for continuations. */
  private Span lastSpeaker;
  private int lastSentence = -2;
  /** Tokens whose quote pair has been handled (as direct quote or as part of a reported clause). */
  private final boolean[] handledOpen;
  /** Per sentence: whether a report was emitted. */
  private final boolean[] reported;

  private EntityLinker linker;

  private EntityLinker linker() {
    if (linker == null) {
      linker = new EntityLinker(index, lex, mentions);
    }
    return linker;
  }

  private ReportFinder(TextIndex index, List<Mention> mentions) {
    this.index = index;
    this.text = index.text();
    this.pairs = QuotePairs.of(index);
    this.np = new NounPhrases(index, lex, pairs);
    this.mentions = mentions;
    int n = index.size();
    konjunktivCount = new int[n + 1];
    paragraphOf = new int[n];
    int p = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && index.startsParagraph(i)) {
        p++;
      }
      paragraphOf[i] = p;
      boolean k =
          pairs.depth(i) == 0
              && np.isWord(i)
              && !index.isCapitalized(i)
              && lex.isKonjunktiv(index, i);
      konjunktivCount[i + 1] = konjunktivCount[i] + (k ? 1 : 0);
    }
    handledOpen = new boolean[n];
    reported = new boolean[index.sentenceCount()];
  }

  /** What makes two reports duplicates. */
  private record Key(QuoteKind kind, int start, int end) {}

  /** Finds the reports of a document, sorted by start (longer first). */
  public static List<Quote> find(TextIndex index, List<Mention> mentions) {
    if (index.size() == 0) {
      return List.of();
    }
    ReportFinder finder = new ReportFinder(index, mentions);
    finder.run();
    List<Quote> result = new ArrayList<>(finder.out.size());
    // the first report of each kind and span wins; a set keeps this linear in the number of reports
    Set<Key> seen = new HashSet<>(finder.out.size() * 2);
    for (Quote q : finder.out) {
      if (seen.add(new Key(q.kind(), q.start(), q.end()))) {
        result.add(q);
      }
    }
    result.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> -q.end()));
    return List.copyOf(result);
  }

  private void run() {
    int sentences = index.sentenceCount();
    for (int s = 0; s < sentences; s++) {
      int before = out.size();
      directQuotes(s);
      sentenceReports(s);
      if (out.size() == before) {
        continuation(s);
      }
      if (out.size() > before) {
        reported[s] = true;
        Span speaker = null;
        for (int q = out.size() - 1; q >= before && speaker == null; q--) {
          speaker = out.get(q).speaker();
        }
        if (speaker != null) {
          lastSpeaker = speaker;
          lastSentence = s;
        } else if (lastSentence != s - 1) {
          lastSpeaker = null;
        } else {
          lastSentence = s;
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // direct quotes

  private void directQuotes(int s) {
    int a = index.sentenceFirstToken(s);
    int b = index.sentenceEndToken(s);
    Span previousSpeaker = null;
    Span previousCue = null;
    for (int o = a; o < b; o++) {
      int c = pairs.closeOf(o);
      if (c < 0 || pairs.depth(o) > 0 || handledOpen[o]) {
        continue;
      }
      if (c == o + 1) {
        handledOpen[o] = true;
        continue;
      }
      int words = 0;
      for (int k = o + 1; k < c; k++) {
        if (np.isWord(k)) {
          words++;
        }
      }
      boolean sentential = words >= 3 && (np.isTerminal(c - 1) || hasTerminalInside(o, c));
      int inquitEnd = afterInquit(o, c);
      if (inquitEnd != Integer.MIN_VALUE) {
        handledOpen[o] = true;
        if (!atClauseStart(o)) {
          continue; // a quoted fragment: the clause around it is reported speech (sentenceReports)
        }
        Span[] sc = lastInquit;
        emit(QuoteKind.DIRECT, o + 1, c, sc[0], sc[1], 0.95);
        previousSpeaker = sc[0];
        previousCue = sc[1];
        // „…“, sagte er, „…“: the second part shares speaker and cue
        int e = inquitEnd;
        if (e + 1 < index.size() && index.is(e, ',') && pairs.closeOf(e + 1) > e + 2) {
          int c2 = pairs.closeOf(e + 1);
          handledOpen[e + 1] = true;
          emit(QuoteKind.DIRECT, e + 2, c2, sc[0], sc[1], 0.9);
          o = c2;
        } else {
          o = c;
        }
        continue;
      }
      if (o > 0 && index.is(o - 1, ':')) {
        Span[] sc = beforeColon(o - 1);
        if (sc != null || sentential) {
          handledOpen[o] = true;
          Span speaker = sc == null ? null : sc[0];
          emit(QuoteKind.DIRECT, o + 1, c, speaker, sc == null ? null : sc[1], sc == null ? 0.6 : 0.9);
          previousSpeaker = speaker;
          previousCue = sc == null ? null : sc[1];
          o = c;
          continue;
        }
      }
      if (previousSpeaker != null && words >= 3) {
        // a further quote in the sentence of an attributed one (…: „A“, und wenn …, „B“)
        handledOpen[o] = true;
        emit(QuoteKind.DIRECT, o + 1, c, previousSpeaker, previousCue, 0.8);
        o = c;
        continue;
      }
      if (sentential && atClauseStart(o) && endsSentence(c)) {
        handledOpen[o] = true;
        boolean follows = lastSpeaker != null && lastSentence >= s - 2 && samePara(lastSentence, s);
        emit(QuoteKind.DIRECT, o + 1, c, follows ? lastSpeaker : null, null, follows ? 0.8 : 0.5);
        o = c;
      }
    }
  }

  private boolean samePara(int s1, int s2) {
    return paragraphOf[index.sentenceFirstToken(s1)] == paragraphOf[index.sentenceFirstToken(s2)];
  }

  private boolean hasTerminalInside(int o, int c) {
    for (int k = o + 1; k < c; k++) {
      if (np.isTerminal(k) && pairs.depth(k) == pairs.depth(o) + 1) {
        return true;
      }
    }
    return false;
  }

  private boolean atClauseStart(int o) {
    if (o == 0 || index.startsParagraph(o) || (index.flags(o) & TextIndex.NEWLINE_BEFORE) != 0) {
      return true;
    }
    int p = o - 1;
    if (index.is(p, ':') || np.isTerminal(p) || index.shape(p) == TokenShape.DASH || index.is(p, '(')) {
      return true;
    }
    if (index.shape(p) == TokenShape.QUOTE && p > 0 && np.isTerminal(p - 1)) {
      return true;
    }
    return index.sentenceFirstToken(index.sentenceOf(o)) == o;
  }

  private boolean endsSentence(int c) {
    int n = index.size();
    int k = c + 1;
    while (k < n && np.isTerminal(k) && index.isAttached(k)) {
      k++;
    }
    return k >= n || index.startsParagraph(k) || np.isTerminal(c - 1) || np.isTerminal(c + 1)
        || (index.flags(k) & TextIndex.NEWLINE_BEFORE) != 0;
  }

  /** Speaker and cue of the last successful {@link #afterInquit} or {@link #inquitAt} call. */
  private Span[] lastInquit;

  /**
   * Checks for an inquit right after the closing mark ({@code „…“, sagte X}); returns the token after
   * the speaker phrase, or {@code Integer.MIN_VALUE}.
   */
  private int afterInquit(int o, int c) {
    int j = c + 1;
    int n = index.size();
    if (j < n && (index.is(j, ',') || index.shape(j) == TokenShape.DASH)) {
      j++;
    } else if (!(j < n && (np.isTerminal(c - 1) || index.is(c - 1, ','))) || j >= n) {
      return Integer.MIN_VALUE;
    }
    if (j >= n || index.startsParagraph(j)) {
      return Integer.MIN_VALUE;
    }
    return inquitAt(j);
  }

  /**
   * Reads an inverted inquit starting at {@code j}: a speech verb followed by its subject ({@code sagte
   * Choe}, {@code fügte sie hinzu}), {@code so} with a verbless phrase, or {@code hieß es}. Sets {@link
   * #lastInquit}; returns the token after the speaker (or cue), or {@code Integer.MIN_VALUE}.
   */
  private int inquitAt(int j) {
    int n = index.size();
    int limit = sentenceLimit(j);
    if (j >= limit || !np.isWord(j) || pairs.depth(j) > 0) {
      return Integer.MIN_VALUE;
    }
    String w = index.lower(j);
    if (w.equals("so") && j + 1 < limit) {
      int e = np.parse(j + 1, limit);
      if (e > 0 && (e >= limit || index.is(e, ',') || np.isTerminal(e) || !isLowerVerbLike(e))) {
        lastInquit = new Span[] {span(j + 1, e), span(j, j + 1)};
        return e;
      }
      return Integer.MIN_VALUE;
    }
    if ((w.equals("hieß") || w.equals("heißt") || w.equals("hiess")) && j + 1 < n && index.lower(j + 1).equals("es")) {
      Span speaker = null;
      int e = j + 2;
      if (e + 1 < limit && (index.lower(e).equals("in") || index.lower(e).equals("im") || index.lower(e).equals("aus"))) {
        int end = np.parse(e + 1, limit);
        if (end > 0) {
          speaker = statementSource(e + 1, end, limit);
          e = end;
        }
      }
      lastInquit = new Span[] {speaker, span(j, j + 2)};
      return e;
    }
    if (isPossessiveUse(j)) {
      return Integer.MIN_VALUE;
    }
    // sagte dazu Wolff, erklärte weiter ein Sprecher: adverbs between verb and subject
    int subjectStart = j + 1;
    while (subjectStart < limit && subjectStart < j + 3 && np.isWord(subjectStart)
        && !index.isCapitalized(subjectStart) && lex.inquitAdverbs.contains(index.lower(subjectStart))
        && !lex.speechVerb(w).isEmpty()) {
      subjectStart++;
    }
    for (Lexicon.VerbForm v : lex.speechVerb(w)) {
      if (v.participle() || v.verbFinal() || index.isCapitalized(j) && j != index.sentenceFirstToken(index.sentenceOf(j))) {
        continue;
      }
      if (v.particle() != null && findParticle(j + 1, limit, v.particle()) < 0) {
        continue;
      }
      int e = np.parse(subjectStart, limit);
      if (e < 0 && subjectStart > j + 1) {
        e = np.parse(j + 1, limit);
        subjectStart = j + 1;
      }
      if (e < 0) {
        continue;
      }
      int place = np.extendPlace(e, limit);
      if (place > 0
          && lex.determiners.contains(index.lower(j + 1))
          && np.isCapWord(e + 1) && !lex.determiners.contains(index.lower(e + 1))
          && (place >= limit || np.isTerminal(place) || index.is(place, ',')
              || (v.particle() != null && index.lower(place).equals(v.particle())))) {
        e = place;
      }
      lastInquit = new Span[] {span(subjectStart, e), span(j, j + 1)};
      return e;
    }
    return Integer.MIN_VALUE;
  }

  /** "meine Damen", "meinen Kollegen": a possessive, not a form of "meinen". */
  private boolean isPossessiveUse(int j) {
    return lex.determiners.contains(index.lower(j)) && j + 1 < index.size() && np.isWord(j + 1)
        && (np.isCapWord(j + 1) || np.isAdjective(j + 1));
  }

  private boolean isLowerVerbLike(int i) {
    return np.isWord(i) && !index.isCapitalized(i) && !np.isAdjective(i)
        && (lex.isKonjunktiv(index.lower(i)) || AUX.contains(index.lower(i)) || !lex.speechVerb(index.lower(i)).isEmpty());
  }

  /** For "in einer Erklärung des Ministeriums" the ministry is the speaker. */
  private Span statementSource(int start, int end, int limit) {
    for (int k = start; k < end && k <= start + 2; k++) {
      String noun = index.lower(k);
      if (lex.sourceNouns.contains(noun) && !noun.startsWith("sprecher") && k + 1 < end
          && GENITIVE_OPENERS.contains(index.lower(k + 1))) {
        int g = index.lower(k + 1).equals("von") ? k + 2 : k + 1;
        if (g < end) {
          return span(g, end);
        }
      }
    }
    return span(start, end);
  }


  private int findParticle(int from, int limit, String particle) {
    for (int k = from; k < limit && k < from + WINDOW; k++) {
      if (index.is(k, ',') || index.is(k, ':')) {
        return -1;
      }
      if (pairs.depth(k) == 0 && index.lower(k).equals(particle)) {
        return k;
      }
    }
    return -1;
  }

  private int sentenceLimit(int j) {
    return index.sentenceEndToken(index.sentenceOf(j));
  }

  /** The speaker and cue of the clause before a colon that introduces a quote, or {@code null}. */
  private Span[] beforeColon(int colon) {
    int s = index.sentenceOf(colon);
    int a = index.sentenceFirstToken(s);
    int floor = Math.max(a, colon - 40);
    for (int k = colon - 1; k >= floor; k--) {
      if (pairs.depth(k) > 0 || !np.isWord(k)) {
        continue;
      }
      String w = index.lower(k);
      if ((w.equals("heißt") || w.equals("hieß")) && k + 1 < colon && index.lower(k + 1).equals("es")) {
        Span speaker = null;
        int e = k > a ? np.parse(a, k) : -1;
        if (k > a + 1 && (index.lower(a).equals("in") || index.lower(a).equals("im"))) {
          int end = np.parse(a + 1, k);
          speaker = end > 0 ? statementSource(a + 1, end, k) : null;
        } else if (e == k) {
          speaker = span(a, e);
        }
        return new Span[] {speaker, span(k, k + 2)};
      }
      for (Lexicon.VerbForm v : lex.speechVerb(w)) {
        if (index.isCapitalized(k) && k != a) {
          break;
        }
        Span speaker = subjectOf(k, v, a, colon);
        return new Span[] {speaker, span(k, k + 1)};
      }
    }
    // a heading "Name: „…“": one to three capitalised words from the line start
    int lineStart = colon;
    while (lineStart > a && (index.flags(lineStart) & TextIndex.NEWLINE_BEFORE) == 0) {
      lineStart--;
    }
    if (colon - lineStart >= 1 && colon - lineStart <= 3) {
      for (int k = lineStart; k < colon; k++) {
        if (!np.isCapWord(k)) {
          return null;
        }
      }
      return new Span[] {span(lineStart, colon), null};
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // indirect speech and attributions

  private void sentenceReports(int s) {
    int a = skipDateline(index.sentenceFirstToken(s));
    int b = index.sentenceEndToken(s);
    if (a >= b) {
      return;
    }
    int e = b;
    while (e > a && (np.isTerminal(e - 1) || index.is(e - 1, ':'))) {
      e--;
    }
    if (e <= a || !hasTerminalEnd(b)) {
      return;
    }
    // 1. a trailing inquit: "CLAUSE, sagte X." / "CLAUSE, so X." / "CLAUSE, hieß es …" / "CLAUSE, wie X berichtete."
    int trailing = -1;
    Span trailingSpeaker = null;
    Span trailingCue = null;
    boolean trailingAccording = false;
    int insertedFrom = -1;
    int insertedTo = -1;
    for (int k = a + 1; k < e - 1; k++) {
      if (!index.is(k, ',') || pairs.depth(k) > 0) {
        continue;
      }
      if (index.equalsLower(k + 1, "wie")) {
        Span[] sc = wieClause(k + 1, e);
        if (sc != null && lastWieEnd >= e) {
          trailing = k;
          trailingSpeaker = sc[0];
          trailingCue = sc[1];
          trailingAccording = true;
          break;
        }
        continue;
      }
      int after = inquitAt(k + 1);
      if (after == Integer.MIN_VALUE || isQuestionFrame(a, k) || colonAfter(after, e)) {
        continue;
      }
      // "Der Minister, Hakan Fidan, sagte …": the part before the comma is the subject, not a clause
      int subject = np.parse(a, k + 1);
      boolean inserted = after < e - 1 && index.is(after, ',');
      if (subject == k && !inserted) {
        continue;
      }
      // an inquit followed by its own complement (sagte er, „…“ / sagte er, dass …) is not trailing
      if (after < e && index.is(after, ',') && after + 1 < e
          && (pairs.closeOf(after + 1) > 0 || lex.complementizers.contains(index.lower(after + 1)))) {
        continue;
      }
      trailing = k;
      trailingSpeaker = lastInquit[0];
      trailingCue = lastInquit[1];
      if (after < e - 1 && index.is(after, ',')) {
        // "Sie habe, so die Anklage, das Geld veruntreut": an inserted inquit; the content stays
        // contiguous and includes it
        trailing = e;
        insertedFrom = k;
        insertedTo = after;
      }
      break;
    }
    int forwardFrom = a;
    if (trailing > a) {
      int from = a;
      for (int k = a; k < trailing; k++) {
        if (pairs.depth(k) == 0 && (index.is(k, ':') || index.is(k, ';'))) {
          from = k + 1;
        }
      }
      boolean direct = pairs.closeOf(from) == trailing - 1 && handledOpen[from];
      if (!direct && from < trailing) {
        markFragments(from, trailing);
        emit(trailingAccording ? QuoteKind.ACCORDING_TO : QuoteKind.INDIRECT, from, trailing, trailingSpeaker,
            trailingCue, trailingAccording ? 0.85 : 0.85);
      }
    } else if (index.equalsLower(a, "wie")) {
      Span[] sc = wieClause(a, e);
      if (sc != null && lastWieEnd < e && index.is(lastWieEnd, ',')) {
        markFragments(lastWieEnd + 1, e);
        emit(QuoteKind.ACCORDING_TO, lastWieEnd + 1, e, sc[0], sc[1], 0.85);
        forwardFrom = lastWieEnd + 1;
      }
    }
    int limit = trailing > a ? trailing : e;
    // 2. forward inquits: "X sagte, CLAUSE", "hat angekündigt, CLAUSE", "betonte, dass CLAUSE"
    for (int v = forwardFrom; v < limit; v++) {
      if (pairs.depth(v) > 0 || !np.isWord(v) || (v >= insertedFrom && v <= insertedTo)) {
        continue;
      }
      List<Lexicon.VerbForm> forms = lex.speechVerb(index, v);
      if (forms.isEmpty() || (index.isCapitalized(v) && v != a) || isPossessiveUse(v)) {
        continue;
      }
      int comma = -1;
      Lexicon.VerbForm used = null;
      for (int pass = 0; pass < 2 && comma < 0; pass++) {
       for (Lexicon.VerbForm f : forms) {
        if ((f.particle() != null) != (pass == 0)) {
          continue;
        }
        int from = v + 1;
        if (f.particle() != null) {
          int p = findParticle(v + 1, limit, f.particle());
          if (p < 0) {
            continue;
          }
          from = p + 1;
        }
        int cm = f.participle() || f.verbFinal() ? (index.is(v + 1, ',') ? v + 1 : -1) : nextComma(from, limit);
        if (cm > 0) {
          comma = cm;
          used = f;
          break;
        }
       }
      }
      if (comma < 0 || comma + 1 >= limit) {
        continue;
      }
      // erklärte der Vorsitzende, Robert Wood, dass …: skip a name in apposition
      int app = np.capRun(comma + 1, limit);
      if (app > comma + 1 && app - comma <= 5 && app + 1 < limit && index.is(app, ',')
          && (lex.complementizers.contains(index.lower(app + 1)) || konjunktivCount[limit] - konjunktivCount[app] > 0)) {
        comma = app;
      }
      int c0 = comma + 1;
      boolean complementizer = lex.complementizers.contains(index.lower(c0));
      if (complementizer && index.lower(c0).equals("wie") && wieClause(c0, limit) != null) {
        continue;
      }
      boolean konj = konjunktivCount[limit] - konjunktivCount[c0] > 0;
      boolean wholeQuote = pairs.closeOf(c0) == limit - 1;
      boolean infinitive =
          used.takesInfinitive() && isZuInfinitive(c0, limit) && !ADVERBIAL_INFINITIVE.contains(index.lower(c0));
      if (!complementizer && !wholeQuote && !infinitive) {
        if (!konj || NON_CLAUSE_STARTS.contains(index.lower(c0)) || isRelative(c0)) {
          continue;
        }
      }
      Span speaker = subjectOf(v, used, a, comma);
      boolean nested = insideReport(v);
      if (nested && speaker == null) {
        continue;
      }
      if (speaker == null && isInfinitiveUse(v)) {
        continue;
      }
      if (wholeQuote) {
        handledOpen[c0] = true;
        emit(QuoteKind.DIRECT, c0 + 1, limit - 1, speaker, span(v, v + 1), 0.9);
      } else {
        markFragments(c0, limit);
        emit(QuoteKind.INDIRECT, c0, limit, speaker, span(v, v + 1), complementizer || konj ? 0.85 : 0.7);
      }
      v = comma;
    }
    // 3. source markers
    markers(s, a, e);
  }

  /** Whether the clause {@code [c0, limit)} ends in a zu-infinitive (abzuziehen, geschickt zu haben). */
  private boolean isZuInfinitive(int c0, int limit) {
    int last = limit - 1;
    while (last > c0 && !np.isWord(last)) {
      last--;
    }
    if (last <= c0 || index.isCapitalized(last)) {
      return false;
    }
    return index.lower(last - 1).equals("zu") || lex.isJoinedZuInfinitive(index.lower(last));
  }

  /** "Ankara – In der Türkei …": a dateline is not part of the reported clause. */
  private int skipDateline(int a) {
    int k = np.capRun(a, Math.min(index.size(), a + 4));
    if (k > a && k < index.size() && index.shape(k) == TokenShape.DASH && !index.isAttached(k)
        && k + 1 < index.size() && !index.isAttached(k + 1)) {
      return k + 1;
    }
    return a;
  }

  private boolean hasTerminalEnd(int b) {
    int k = b - 1;
    while (k > 0 && index.shape(k) == TokenShape.QUOTE) {
      k--;
    }
    return np.isTerminal(k) || (b < index.size() && !index.startsParagraph(b));
  }

  private boolean colonAfter(int from, int e) {
    for (int k = Math.max(from, 0); k < e && k < from + WINDOW; k++) {
      if (pairs.depth(k) == 0 && index.is(k, ':')) {
        return true;
      }
    }
    return false;
  }

  private boolean isQuestionFrame(int a, int k) {
    for (int i = a; i < k && i < a + 5; i++) {
      if (index.equalsLower(i, "frage") && i + 1 < k && index.is(i + 1, ',')) {
        return true;
      }
    }
    return false;
  }

  private boolean isInfinitiveUse(int v) {
    if (v == 0) {
      return false;
    }
    String p = index.lower(v - 1);
    return p.equals("zu") || p.equals("nicht") || (v > 1 && AUX.contains(index.lower(v - 2)));
  }

  private boolean isRelative(int c0) {
    if (!RELATIVES.contains(index.lower(c0)) || c0 + 1 >= index.size()) {
      return false;
    }
    int k = c0 + 1;
    return !(np.isCapWord(k) || np.isAdjective(k));
  }

  private boolean insideReport(int v) {
    for (int q = out.size() - 1; q >= 0; q--) {
      Quote quote = out.get(q);
      if (quote.start() <= index.start(v) && index.end(v) <= quote.end()) {
        return true;
      }
      if (quote.end() < index.sentenceStart(index.sentenceOf(v))) {
        break;
      }
    }
    return false;
  }

  private int nextComma(int from, int limit) {
    for (int k = from; k < limit && k < from + WINDOW; k++) {
      if (pairs.depth(k) > 0) {
        continue;
      }
      if (index.is(k, ',')) {
        return k;
      }
      int close = pairs.closeOf(k);
      if (close > k && close - k <= 8) {
        k = close; // a short title in marks: sagte der „Süddeutschen Zeitung“, …
        continue;
      }
      if (index.is(k, ':') || index.is(k, ';') || index.shape(k) == TokenShape.QUOTE) {
        return -1;
      }
    }
    return -1;
  }

  /** Quotation marks inside a reported clause belong to it and are not listed on their own. */
  private void markFragments(int from, int to) {
    for (int k = from; k < to; k++) {
      if (pairs.closeOf(k) > 0) {
        handledOpen[k] = true;
      }
    }
  }

  /** The subject of a speech verb: the phrase before it, or the one after it when inverted. */
  private Span subjectOf(int v, Lexicon.VerbForm form, int a, int comma) {
    int finite = v;
    int cs = v;
    while (cs > a && !index.is(cs - 1, ',') && !index.is(cs - 1, ':') && !index.is(cs - 1, ';')
        && pairs.depth(cs - 1) == 0 && v - cs < WINDOW) {
      cs--;
    }
    if (form != null && (form.participle() || form.verbFinal() || v + 1 == comma)) {
      for (int k = cs; k < v; k++) {
        if (AUX.contains(index.lower(k))) {
          finite = k;
          break;
        }
      }
    }
    int front = np.parse(a, finite + 1);
    if (front > 0 && (front == finite || (index.is(front, ',') && front + 1 == finite))) {
      return span(a, front);
    }
    if (front > 0 && np.extendPlace(front, finite + 1) == finite) {
      return span(a, finite);
    }
    if (front > 0 && front < finite && (index.lower(front).equals("und") || index.lower(front).equals("sowie"))
        && np.parse(front + 1, finite + 1) == finite) {
      return span(a, finite);
    }
    if (cs > a) {
      int e = np.parse(cs, finite + 1);
      if (e == finite) {
        return span(cs, e);
      }
    }
    int after = np.parse(finite + 1, Math.max(comma, finite + 1));
    if (after > 0 && finite + 1 < v + 1 + WINDOW && finite + 1 != comma) {
      int start = finite + 1;
      return span(start, after);
    }
    if (v > a && (index.lower(v - 1).equals("und") || index.lower(v - 1).equals("sowie")) && front > 0) {
      return span(a, front);
    }
    return null;
  }

  private int lastWieEnd;

  /** Reads "wie X berichtete" / "wie aus X hervorgeht" from {@code w}; sets {@link #lastWieEnd}. */
  private Span[] wieClause(int w, int limit) {
    int j = w + 1;
    if (j >= limit) {
      return null;
    }
    boolean aus = index.lower(j).equals("aus");
    int start = aus ? j + 1 : j;
    int e = np.parse(start, limit);
    if (e < 0 || FIRST_PERSON.contains(index.lower(start)) || index.lower(start).equals("sie") && index.isCapitalized(start)
        || index.lower(start).equals("ihr")) {
      return null;
    }
    for (int k = e; k < limit && k < e + 8; k++) {
      if (index.is(k, ',') || pairs.depth(k) > 0) {
        return null;
      }
      String x = index.lower(k);
      boolean verb = aus ? x.startsWith("hervorg") : !lex.speechVerb(x).isEmpty();
      if (verb && !index.isCapitalized(k)) {
        int end = k + 1;
        while (end < limit && !index.is(end, ',') && end < k + 3 && np.isWord(end) && !index.isCapitalized(end)) {
          end++; // "mitteilte", "weiter mitteilte", "berichtet hatte"
        }
        if (end < limit && !index.is(end, ',') && !np.isTerminal(end)) {
          return null;
        }
        lastWieEnd = end;
        return new Span[] {span(start, e), span(w, w + 1)};
      }
    }
    return null;
  }

  private void markers(int s, int a, int e) {
    for (int i = a; i < e; i++) {
      if (pairs.depth(i) > 0 || !np.isWord(i) || !MARKER_WORDS.contains(index, i)) {
        continue;
      }
      String w = index.lower(i);
      switch (w) {
        case "laut": {
          int end = np.parse(i + 1, e);
          if (end > 0 && !(i + 1 < e && index.is(i + 1, ','))) {
            according(s, a, e, i, end, statementSource(i + 1, end, e), span(i, i + 1), 0.9);
            i = end - 1;
          }
          break;
        }
        case "zufolge": {
          int start = np.parseBackward(i, a);
          if (start >= a) {
            according(s, a, e, start, i + 1, span(start, i), span(i, i + 1), 0.9);
          }
          break;
        }
        case "gemäß": {
          int end = np.parse(i + 1, e);
          if (end > 0 && !isLegal(i + 1, end)) {
            according(s, a, e, i, end, span(i + 1, end), span(i, i + 1), 0.6);
            i = end - 1;
          }
          break;
        }
        case "nach": {
          int k = i + 1;
          boolean own = false;
          while (k < e && k < i + 4 && np.isAdjective(k)) {
            own |= OWN.contains(index.lower(k));
            k++;
          }
          if (k >= e) {
            break;
          }
          Span speaker = null;
          int end = -1;
          int noun = k;
          // nach Tass-Angaben: the source is the first part of the compound
          int c = np.capRun(k, e);
          if (c > k && lex.sourceNouns.contains(index.lower(c - 1)) && c - 1 > k
              && index.shape(c - 2) == TokenShape.DASH) {
            speaker = span(k, c - 2);
            end = c;
            noun = c - 1;
          } else if (np.isCapWord(noun) && lex.sourceNouns.contains(index.lower(noun))
              && !(noun + 1 < e && TOPIC.contains(index.lower(noun + 1)))) {
            end = noun + 1;
            if (end < e && (index.lower(end).equals("des") || index.lower(end).equals("der")
                || index.lower(end).equals("von"))) {
              int g = index.lower(end).equals("von") ? end + 1 : end;
              int ge = np.parse(g, e);
              if (ge > 0) {
                speaker = span(g, ge);
                end = ge;
              }
            } else if (own) {
              int subject = np.parse(a, e);
              if (subject > 0 && subject < i) {
                speaker = span(a, subject);
              }
            }
          }
          if (end > 0 && (speaker != null || own || w.equals("nach"))) {
            according(s, a, e, i, end, speaker, span(i, noun + 1 > end ? end : Math.max(noun + 1, i + 1)), 0.85);
            i = end - 1;
          }
          break;
        }
        case "demnach": {
          if (hasAttributionIn(s)) {
            break; // "Demnach …, wie aus X hervorgeht": the explicit source wins
          }
          boolean follows = lastSpeaker != null && lastSentence >= s - 2;
          according(s, a, e, i, i + 1, follows ? lastSpeaker : null, span(i, i + 1), 0.7);
          break;
        }
        case "wonach": {
          if (i > a && index.is(i - 1, ',') && i + 1 < e) {
            int start = np.parseBackward(i - 1, a);
            Span speaker = start >= a ? span(start, i - 1) : null;
            int end = i + 1;
            while (end < e && !(index.is(end, ',') && pairs.depth(end) == 0)) {
              end++;
            }
            emit(QuoteKind.ACCORDING_TO, i + 1, end, speaker, span(i, i + 1), 0.7);
          }
          break;
        }
        default:
          break;
      }
    }
  }

  private boolean hasAttributionIn(int s) {
    int start = index.sentenceStart(s);
    for (int q = out.size() - 1; q >= 0 && out.get(q).end() > start; q--) {
      if (out.get(q).kind() == QuoteKind.ACCORDING_TO && out.get(q).start() >= start) {
        return true;
      }
    }
    return false;
  }

  private boolean isLegal(int start, int end) {
    for (int k = start; k < end; k++) {
      if (lex.legalNouns.contains(index.lower(k))) {
        return true;
      }
    }
    return index.shape(start) == TokenShape.SYMBOL;
  }

  /**
   * Emits an attribution whose marker phrase covers tokens {@code [ms, me)}: the content is the clause,
   * without the marker when it stands at the clause's edge.
   */
  private void according(int s, int a, int e, int ms, int me, Span speaker, Span cue, double confidence) {
    int start = a;
    int end = e;
    if (ms == a) {
      start = me < e && index.is(me, ',') ? me + 1 : me;
    } else if (me >= e) {
      end = ms > a && index.is(ms - 1, ',') ? ms - 1 : ms;
    }
    if (start >= end) {
      return;
    }
    if (pairs.closeOf(start) == end - 1 && end - 1 > start) {
      handledOpen[start] = true;
    }
    markFragments(start, end);
    emit(QuoteKind.ACCORDING_TO, start, end, speaker, cue, confidence);
  }

  // ---------------------------------------------------------------------------------------------
  // continuation of indirect speech

  private void continuation(int s) {
    if (lastSpeaker == null || lastSentence != s - 1 || !samePara(lastSentence, s)) {
      return;
    }
    int a = index.sentenceFirstToken(s);
    int b = index.sentenceEndToken(s);
    int e = b;
    while (e > a && np.isTerminal(e - 1)) {
      e--;
    }
    if (e <= a || e == b || konjunktivCount[e] - konjunktivCount[a] == 0) {
      return;
    }
    for (int i = a; i < e; i++) {
      if (pairs.depth(i) == 0 && np.isWord(i) && FIRST_PERSON_WORDS.contains(index, i)) {
        return;
      }
    }
    for (String[] formula : lex.optatives) {
      if (startsWith(a, e, formula)) {
        return;
      }
    }
    markFragments(a, e);
    emit(QuoteKind.INDIRECT, a, e, lastSpeaker, null, 0.6);
  }

  private boolean startsWith(int a, int e, String[] words) {
    int k = a;
    for (String w : words) {
      while (k < e && !np.isWord(k)) {
        k++;
      }
      if (k >= e || !index.lower(k).equals(w)) {
        return false;
      }
      k++;
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // output

  private Span span(int first, int endToken) {
    return Span.of(text, index.start(first), index.end(endToken - 1));
  }

  private void emit(QuoteKind kind, int first, int endToken, Span speaker, Span cue, double confidence) {
    if (endToken <= first) {
      return;
    }
    int start = index.start(first);
    int end = index.end(endToken - 1);
    Entity entity = speaker == null ? null : linker().link(speaker);
    out.add(new Quote(kind, start, end, text.substring(start, end), speaker, cue, entity, confidence));
  }
}

/**
 * Quote and reported-speech detection for German news text.
 *
 * <p>{@link dev.wortlaut.internal.quote.QuotePairs} pairs quotation marks in one pass;
 * {@link dev.wortlaut.internal.quote.ReportFinder} finds direct quotes, indirect speech and source
 * attributions sentence by sentence and links speakers to mentions. The word lists are data resources
 * next to these classes.
 *
 * <p>Glossary: <em>Inquit</em> (Redeeinleitung) is the clause that introduces a report ({@code sagte
 * sie}); <em>Konjunktiv I</em> is the German subjunctive of reported speech ({@code sie habe}, {@code
 * er sei}); <em>Konjunktiv II</em> ({@code hätten}, {@code würden}) substitutes for it where Konjunktiv
 * I looks like the indicative (Duden, Die Grammatik, on indirect speech).
 */
package dev.wortlaut.internal.quote;

package dev.wortlaut.examples;

import dev.wortlaut.Analysis;
import dev.wortlaut.Mention;
import dev.wortlaut.NewsAnalyzer;
import dev.wortlaut.Quantity;
import dev.wortlaut.Quote;
import dev.wortlaut.gazetteer.GermanPolitics;

/** The README's ten-line API example, compiled so that it cannot rot. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Analyses a short German paragraph and prints what was found.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    NewsAnalyzer analyzer =
        NewsAnalyzer.builder().gazetteer(GermanPolitics.gazetteer()).quotes().quantities().build();
    String text =
        "Bei einem Treffen mit Sergej Lawrow sagte Choe Son Hui, sie habe keinerlei Zweifel daran,"
            + " dass Russland siegen werde. Laut den USA sind rund 10.000 Soldaten in Russland.";
    Analysis result = analyzer.analyze(text);
    for (Mention m : result.mentions()) {
      System.out.println("mention  " + m.text() + " -> " + m.entity().name() + " (" + m.match() + ")");
    }
    for (Quote q : result.quotes()) {
      System.out.println("quote    " + q.kind() + " by " + (q.speaker() == null ? "?" : q.speaker().text())
          + ": " + q.text());
    }
    for (Quantity q : result.quantities()) {
      System.out.println("quantity " + q.text() + " = " + q.value() + " " + q.unit() + " " + q.bound());
    }
  }
}

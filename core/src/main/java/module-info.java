/**
 * Wortlaut core: the public API ({@link dev.wortlaut.NewsAnalyzer} and its engines), the text model
 * and the analysis engines for German political news.
 */
@SuppressWarnings("module") // the friend module is compiled after this one
module dev.wortlaut.core {
  requires org.slf4j;
  requires com.ibm.icu;
  requires org.apache.lucene.analysis.common;
  requires org.apache.commons.lang3;

  exports dev.wortlaut;
  exports dev.wortlaut.internal.text to dev.wortlaut.gazetteer;
}

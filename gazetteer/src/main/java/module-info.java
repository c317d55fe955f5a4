/** The default German political gazetteer, the gazetteer file format and its loader. */
module dev.wortlaut.gazetteer {
  requires transitive dev.wortlaut.core;
  requires com.ibm.icu;
  requires org.slf4j;

  exports dev.wortlaut.gazetteer;
}

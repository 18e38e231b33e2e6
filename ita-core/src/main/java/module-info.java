/**
 * Scores Thailand's Integrity and Transparency Assessment (ITA, การประเมินคุณธรรมและความโปร่งใส)
 * exactly and explainably.
 *
 * <pre>{@code
 * Edition edition = Editions.bundled("ita-2565");
 * Result result = Scorer.of(edition).score(responses);
 * result.total().orElseThrow().shown();   // 83.67
 * result.rating().orElseThrow();          // Rating.B
 * result.belowPassMark();                 // what is under 85
 * }</pre>
 */
module io.github.ita.core {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires commons.math3;
    // reads .xlsx directories; optional: a program that reads none need not have it
    requires static org.dhatim.fastexcel.reader;

    exports io.github.ita;
    exports io.github.ita.edition;
    exports io.github.ita.response;
    exports io.github.ita.scoring;
    exports io.github.ita.analysis;
    exports io.github.ita.measures;
    exports io.github.ita.io;
    exports io.github.ita.report;
}

package io.github.ita.cli;

import io.github.ita.analysis.Comparison;
import io.github.ita.io.AnalysisJson;
import io.github.ita.report.AnalysisReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita compare <old> <new>}: the same agency, year over year. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        footer = {"%nExamples (E is ita-examples/src/main/resources/io/github/ita/examples, from the repository's root; java -jar ita-examples/target/ita.jar for ita):", "  ita compare $E/seed-001-scores.json $E/sample-agency.json"},
        description = "Compare two results of the same agency: total, tools, indicators, rating, pass-mark crossings.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier input (scores, answers or CSV directory)")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later input")
    Path after;

    @Mixin
    ScoringOptionsMixin scoring;

    @Mixin
    CsvOptions csv;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.noCsv();
        Inputs.Scored later = Inputs.score(after, scoring, csv);
        Comparison c = Comparison.of(Inputs.score(before, scoring, csv).result(), later.result());
        AnalysisReport report = AnalysisReport.in(output.style().withProvenance(output.provenance(later.scorer(), before, after)));
        output.emit(output.pick(() -> AnalysisJson.comparison(c), () -> report.markdown(c), () -> report.html(c)));
        return 0;
    }
}

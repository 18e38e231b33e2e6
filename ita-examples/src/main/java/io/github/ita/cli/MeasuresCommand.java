package io.github.ita.cli;

import io.github.ita.io.MeasuresJson;
import io.github.ita.measures.Measures;
import io.github.ita.measures.Period;
import io.github.ita.report.MeasuresReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita measures <measures.json>}: the progress report on an agency's measures. */
@Command(name = "measures", mixinStandardHelpOptions = true,
        footer = {"%nExamples (E is ita-examples/src/main/resources/io/github/ita/examples, from the repository's root; java -jar ita-examples/target/ita.jar for ita):", "  ita measures $E/seed-004-measures.json --round half"},
        description = "Report on an agency's integrity and transparency measures: counts by status and by indicator.")
final class MeasuresCommand implements Callable<Integer> {

    /** The reporting rounds. */
    enum Round { half, year }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MEASURES.json", description = "the measures file")
    Path input;

    @Option(names = "--round", defaultValue = "year",
            description = "half: the six-month round (1 Oct – 31 Mar); year: the whole fiscal year (default)")
    Round round;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.noCsv();
        Measures m = MeasuresJson.read(input);
        Period p = round == Round.half ? Period.firstHalf(m.fiscalYear()) : Period.fiscalYear(m.fiscalYear());
        MeasuresReport report = MeasuresReport.in(output.style().withProvenance(output.stamp(
                io.github.ita.io.Provenance.of(io.github.ita.edition.Editions.bundled(m.edition()),
                        io.github.ita.scoring.ScoringOptions.DEFAULT).withInputs(input))));
        output.emit(output.pick(() -> MeasuresJson.report(m, p), () -> report.markdown(m, p), () -> report.html(m, p)));
        return 0;
    }
}

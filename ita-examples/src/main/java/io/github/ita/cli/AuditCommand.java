package io.github.ita.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita audit <scores.json>}: recomputes a result from published numbers. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        footer = {"%nExamples (E is ita-examples/src/main/resources/io/github/ita/examples, from the repository's root; java -jar ita-examples/target/ita.jar for ita):", "  ita audit $E/seed-001-scores.json --lang en", "  ita audit $E/seed-001-scores.json --format xlsx --out seed-001.xlsx"},
        description = "Recompute a result from published scores (indicator, sub-indicator or question ids).")
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCORES.json", description = "the published scores")
    Path input;

    @Mixin
    ScoringOptionsMixin scoring;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (output.format == OutputOptions.Format.csv) {
            output.noCsv();
        }
        output.xlsxTarget();
        Inputs.Scored scored = Inputs.sheetOnly(input, scoring);
        Render.emit(scored.result(), output, output.provenance(scored.scorer(), input));
        return 0;
    }
}

package io.github.ita.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita score <responses.json>}: scores one agency from raw answers. */
@Command(name = "score", mixinStandardHelpOptions = true,
        footer = {"%nExamples (E is ita-examples/src/main/resources/io/github/ita/examples, from the repository's root; java -jar ita-examples/target/ita.jar for ita):", "  ita score $E/sample-agency.json --lang en", "  ita score $E/sample-agency.json --format xlsx --out sample.xlsx"},
        description = "Score one agency from its IIT and EIT respondents' answers and its OIT checklist.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESPONSES.json|DIR",
            description = "the agency's answers: a JSON file, or a directory of CSV files of one agency")
    Path input;

    @Mixin
    ScoringOptionsMixin scoring;

    @Mixin
    CsvOptions csv;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (output.format == OutputOptions.Format.csv) {
            output.noCsv();
        }
        output.xlsxTarget();
        Inputs.Scored scored = Files.isDirectory(input) ? Inputs.directory(input, scoring, csv, output.streams().progress(input)) : Inputs.responsesOnly(input, scoring);
        output.streams().endProgress();
        Render.emit(scored.result(), output, output.provenance(scored.scorer(), input));
        return 0;
    }
}

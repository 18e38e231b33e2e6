package io.github.ita.cli;

import io.github.ita.edition.Editions;
import io.github.ita.io.ResponsesJson;
import io.github.ita.response.AgencyResponses;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ita demo}: scores the bundled sample agency and prints its report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        footer = {"%nExamples (java -jar ita-examples/target/ita.jar for ita):", "  ita demo --lang en --format html --out demo.html"},
        description = "Score the bundled sample agency (fictional, ita-2565: 24 IIT and 40 EIT respondents) and print its report.")
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE = "/io/github/ita/examples/sample-agency.json";

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.noCsv();
        AgencyResponses responses;
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            responses = ResponsesJson.readResponses(in, "sample-agency.json").value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scorer scorer = Scorer.of(Editions.bundled(responses.editionId().orElseThrow()));
        Result result = scorer.score(responses);
        output.emit(Render.result(result, output, output.provenance(scorer)));
        return 0;
    }
}

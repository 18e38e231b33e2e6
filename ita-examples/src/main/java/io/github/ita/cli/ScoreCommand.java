package io.github.ita.cli;

import io.github.ita.io.Located;
import io.github.ita.io.ResponsesJson;
import io.github.ita.response.AgencyResponses;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita score <responses.json>}: scores one agency from raw answers. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score one agency from its IIT and EIT respondents' answers and its OIT checklist.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESPONSES.json", description = "the agency's answers")
    Path input;

    @Mixin
    ScoringOptionsMixin scoring;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Located<AgencyResponses> responses = ResponsesJson.readResponses(input);
        Scorer scorer = responses.apply(r -> scoring.scorer(r.editionId(), input.toString()));
        Result result = responses.apply(scorer::score);
        output.emit(Render.result(result, output), spec.commandLine().getOut());
        return 0;
    }
}

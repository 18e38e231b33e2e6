package io.github.ita.cli;

import io.github.ita.io.Located;
import io.github.ita.io.ResponsesJson;
import io.github.ita.response.AgencyResponses;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.io.CsvBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
        if (Files.isDirectory(input)) {
            output.emit(Render.result(fromCsv(), output), spec.commandLine().getOut());
            return 0;
        }
        Located<AgencyResponses> responses = ResponsesJson.readResponses(input);
        Scorer scorer = responses.apply(r -> scoring.scorer(r.editionId(), input.toString()));
        Result result = responses.apply(scorer::score);
        output.emit(Render.result(result, output), spec.commandLine().getOut());
        return 0;
    }

    private Result fromCsv() {
        BatchScorer batch = BatchScorer.of(scoring.scorer(Optional.empty(), input.toString()));
        BatchTally tally = CsvBatch.read(input, batch, csv.charset(), BatchListener.NONE);
        if (tally.agencies() != 1) {
            throw new MalformedInputException(Location.file(input.toString()), "the directory holds " + tally.agencies()
                    + " agencies; score several with ita batch");
        }
        return batch.score(tally, BatchOptions.DEFAULT).results().get(0);
    }
}

package io.github.ita.cli;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.io.BatchCsvReader;
import io.github.ita.io.Located;
import io.github.ita.io.ResponsesJson;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Turns any input of the command line into a result: a score sheet, an agency's answers, or a CSV directory. */
final class Inputs {

    private Inputs() {
    }

    /** A result with the scorer that made it. */
    record Scored(Result result, Scorer scorer) {
    }

    /** Any input: a CSV directory, a score sheet (has "scores") or an agency's answers. */
    static Scored score(Path input, ScoringOptionsMixin scoring, CsvOptions csv) {
        if (Files.isDirectory(input)) {
            return directory(input, scoring, csv);
        }
        return ResponsesJson.isScoreSheet(input) ? sheet(input, scoring) : responses(input, scoring);
    }

    /** A CSV directory of one agency. */
    static Scored directory(Path input, ScoringOptionsMixin scoring, CsvOptions csv) {
        return directory(input, scoring, csv, BatchListener.NONE);
    }

    /** A CSV directory of one agency, its reading heard by {@code progress} (a large directory takes a while). */
    static Scored directory(Path input, ScoringOptionsMixin scoring, CsvOptions csv, BatchListener progress) {
        BatchScorer batch = BatchScorer.of(scoring.scorer(Optional.empty(), input.toString()));
        try (BatchTally tally = BatchCsvReader.read(input, batch, csv.charset(), progress)) {
            if (tally.agencies() == 0) {
                throw new MalformedInputException(Location.file(input.toString()), "the directory holds no agency: its files have no rows");
            }
            if (tally.agencies() != 1) {
                throw new MalformedInputException(Location.file(input.toString()), "the directory holds " + tally.agencies()
                        + " agencies; score several with ita batch");
            }
            return new Scored(batch.score(tally, BatchOptions.DEFAULT).results().get(0), batch.scorer());
        }
    }

    /** A score sheet of published numbers, audited. */
    static Scored sheet(Path input, ScoringOptionsMixin scoring) {
        Located<ScoreSheet> sheet = ResponsesJson.readScoreSheet(input);
        Scorer scorer = sheet.apply(s -> scoring.scorer(s.edition(), input.toString()));
        return new Scored(sheet.apply(scorer::audit), scorer);
    }

    /** Published scores, audited: refuses an agency's answers, naming the command that takes them. */
    static Scored sheetOnly(Path input, ScoringOptionsMixin scoring) {
        if (Files.isRegularFile(input) && !ResponsesJson.isScoreSheet(input) && ResponsesJson.isResponses(input)) {
            throw new MalformedInputException(Location.file(input.toString()),
                    "this file holds an agency's answers (\"iit\", \"eit\", \"oit\"), not published scores: score it with ita score");
        }
        return sheet(input, scoring);
    }

    /** An agency's answers, scored: refuses published scores, naming the command that takes them. */
    static Scored responsesOnly(Path input, ScoringOptionsMixin scoring) {
        if (Files.isRegularFile(input) && ResponsesJson.isScoreSheet(input)) {
            throw new MalformedInputException(Location.file(input.toString()),
                    "this file holds published scores (\"scores\"), not answers: audit it with ita audit, or plan with ita plan");
        }
        return responses(input, scoring);
    }

    /** An agency's answers, scored. */
    static Scored responses(Path input, ScoringOptionsMixin scoring) {
        Located<AgencyResponses> responses = ResponsesJson.readResponses(input);
        Scorer scorer = responses.apply(r -> scoring.scorer(r.editionId(), input.toString()));
        return new Scored(responses.apply(scorer::score), scorer);
    }
}

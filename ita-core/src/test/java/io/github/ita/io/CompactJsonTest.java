package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchResult;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.response.Agency;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.MissingAnswers;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.ScoringOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A result's compact JSON, written by the byte writer, is byte for byte what Jackson's generator writes. */
class CompactJsonTest {

    /** Results of agencies with every kind of name write the same compact bytes either way. */
    @Test
    void resultsWriteTheSameBytesEitherWay() throws IOException {
        Scorer scorer = Scorer.of(Editions.bundled("ita-2568"), ScoringOptions.DEFAULT.withMissingAnswers(MissingAnswers.EXCLUDE));
        BatchScorer batch = BatchScorer.of(scorer);
        BatchTally tally = batch.newTally();
        List<String> names = List.of("อบต.ตัวอย่าง \"ใหม่\"", "tab\there\nnew line \\ back", "emoji \ud83d\ude00", "lone \ud83d", "");
        for (int i = 0; i < names.size(); i++) {
            String id = "a" + i;
            tally.describe(new Agency(id, names.get(i)), Map.of());
            for (String tool : List.of("IIT", "EIT")) {
                for (int r = 0; r <= i; r++) {
                    tally.add(id, tool, Respondent.of(tool + r, io.github.ita.Fixtures.bestAnswers(scorer.edition(), tool, Map.of())));
                }
            }
            List<Question> items = scorer.edition().questions().stream().filter(Question::isChecklistItem).toList();
            for (int k = 0; k < items.size(); k++) {
                tally.oit(id, items.get(k).id(), (k + i) % 3 == 0 ? new OitAnswer(false, null, "note\r\n" + names.get(i), null)
                        : OitAnswer.published("https://x.go.th/\u0e01?q=\"" + k + "\""));
            }
        }
        BatchResult r = batch.score(tally, BatchOptions.DEFAULT);
        assertThat(r.results()).hasSize(names.size());
        for (Result result : r.results()) {
            assertThat(new String(ResultJson.compact(result), StandardCharsets.UTF_8))
                    .isEqualTo(new String(ResultJson.compactByGenerator(result), StandardCharsets.UTF_8))
                    .contains("\"distribution\":{").contains("\"respondents\":");
        }
        assertThat(new String(ResultJson.compact(r.results().get(3)), StandardCharsets.UTF_8)).contains("\"name\":\"lone \\uD83D\"");
    }

    /**
     * A thread writes each result into the room of the one before: a short result after a long one
     * (and after one longer than the room a thread keeps) holds none of the long one's bytes.
     */
    @Test
    void aResultWrittenAfterALongerOneHoldsOnlyItsOwnBytes() {
        Scorer scorer = Scorer.of(Editions.bundled("ita-2568"));
        BatchScorer batch = BatchScorer.of(scorer).sequential();
        BatchTally tally = batch.newTally();
        String longName = "ยาว".repeat(200_000);   // 1.8 MB of UTF-8: more than a thread keeps
        tally.describe(new Agency("long", longName), Map.of());
        tally.describe(new Agency("short", "สั้น"), Map.of());
        for (String id : List.of("long", "short")) {
            tally.add(id, "IIT", Respondent.of("r", io.github.ita.Fixtures.bestAnswers(scorer.edition(), "IIT", Map.of())));
        }
        List<Result> results = batch.score(tally, BatchOptions.DEFAULT).results();
        Result longer = results.get(0);
        Result shorter = results.get(1);
        byte[] alone = ResultJson.compactByGenerator(shorter);
        assertThat(ResultJson.compact(longer)).hasSizeGreaterThan(1 << 20);
        assertThat(ResultJson.compact(shorter)).isEqualTo(alone);
        assertThat(ResultJson.compact(longer)).isEqualTo(ResultJson.compactByGenerator(longer));
        assertThat(ResultJson.compact(shorter)).isEqualTo(alone);
    }
}

package io.github.ita.io;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.Fixtures.checklist;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The UTF-8 byte order mark of a batch's CSV: on request for Excel, off by default. */
class BatchCsvWriterBomTest {

    private static byte[] csv(Boolean bom) {
        Edition e = Editions.bundled("ita-2565");
        BatchScorer batch = BatchScorer.of(Scorer.of(e));
        BatchTally t = batch.newTally();
        t.describe(new Agency("a1", "อบต.ทดสอบ"), Map.of());
        t.add("a1", "IIT", Respondent.of("r", bestAnswers(e, "IIT", Map.of())));
        t.add("a1", "EIT", Respondent.of("r", bestAnswers(e, "EIT", Map.of())));
        checklist(e).forEach((item, a) -> t.oit("a1", item, a));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchCsvWriter.Writer w = bom == null ? BatchCsvWriter.writer(out, e) : BatchCsvWriter.writer(out, e, bom);
        batch.score(t, BatchOptions.DEFAULT, BatchListener.NONE, w::row, w);
        return out.toByteArray();
    }

    @Test
    void theMarkComesFirstWhenAskedForAndTheRestIsUnchanged() {
        byte[] with = csv(true);
        byte[] without = csv(false);
        assertThat(Arrays.copyOf(with, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(without, 0, 7, StandardCharsets.UTF_8)).isEqualTo("agency,");
        assertThat(Arrays.copyOfRange(with, 3, with.length)).isEqualTo(without);
        assertThat(new String(without, StandardCharsets.UTF_8)).contains("a1,อบต.ทดสอบ,");
    }

    @Test
    void theLibraryDefaultIsWithoutTheMark() {
        assertThat(csv(null)).isEqualTo(csv(false));
    }
}

package io.github.ita.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.MalformedInputException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.edition.Editions;
import io.github.ita.io.BatchCsvReader;
import io.github.ita.io.ResponsesJson;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile sizes are refused early, with a clear message, in proportion to nothing. */
class LimitsTest {

    @TempDir
    Path dir;

    /** 10 MB of JSON nested 100,000 deep: refused at depth 201, long before it is read (well under a second). */
    @Test
    void deepNestingIsRefusedQuickly() {
        byte[] deep = new byte[10 << 20];
        java.util.Arrays.fill(deep, 0, 100_000, (byte) '[');
        java.util.Arrays.fill(deep, 100_000, deep.length, (byte) ' ');
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> ResponsesJson.readResponses(new ByteArrayInputStream(deep), "deep.json"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageStartingWith("deep.json:1:20").hasMessageEndingWith(": input refused: JSON nested deeper than 200 levels");
        // not a timed test of speed: a bound that only a hang or a full read of the document would break
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void hugeNumbersAndStringsAreRefused() {
        String longNumber = "{\"agency\": {\"id\": \"a\"}, \"scores\": {\"1\": " + "9".repeat(5000) + "}}";
        assertThatThrownBy(() -> ResponsesJson.readScoreSheet(stream(longNumber), "n.json"))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("input refused: a number longer than 100 digits");
    }

    /** An endless document is refused when a limit is passed (here two million values), not after reading it all. */
    @Test
    void anOversizedDocumentIsRefused() {
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ == 0 ? '[' : sent % 2 == 0 ? '1' : ',';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent == 0) {
                    b[off] = (byte) read();
                    return 1;
                }
                for (int i = 0; i + 1 < len; i += 2) {
                    b[off + i] = '1';
                    b[off + i + 1] = ',';
                }
                sent += len - len % 2;
                return len - len % 2;
            }
        };
        assertThatThrownBy(() -> ResponsesJson.readResponses(endless, "big.json"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("input refused: JSON with more than 2000000 values");
    }

    @Test
    void aHugeCsvCellIsRefused() throws IOException {
        Files.writeString(dir.resolve("oit.csv"), "agency,item,published,url,note\na,o1,yes,https://x/" + "a".repeat(200_000) + ",\n");
        BatchScorer batch = BatchScorer.of(Scorer.of(Editions.bundled("ita-2565")));
        assertThatThrownBy(() -> BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("oit.csv:2: input refused: a cell longer than 10000 characters");
        Files.writeString(dir.resolve("oit.csv"), "agency,item,published,url,note\n" + "a,".repeat(5000) + "\n");
        assertThatThrownBy(() -> BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("more than 4096 columns");
    }

    static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}

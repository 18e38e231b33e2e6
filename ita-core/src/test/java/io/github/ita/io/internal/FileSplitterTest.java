package io.github.ita.io.internal;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.io.BatchCsvReaderTest.IIT;
import static io.github.ita.io.BatchCsvReaderTest.row;
import static io.github.ita.io.BatchCsvReaderTest.writeThreeAgencies;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where files are cut into parts, and where they are left whole. */
class FileSplitterTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsCutAtALineEndAboutHalfway() throws IOException {
        writeThreeAgencies(dir, "\r\n", StandardCharsets.UTF_8, true);
        Path iit = dir.resolve("iit.csv");
        List<FilePart> parts = FileSplitter.parts(iit, StandardCharsets.UTF_8, 2, 0);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).start()).isZero();
        assertThat(parts.get(1).start()).isEqualTo(parts.get(0).end());
        assertThat(parts.get(1).end()).isEqualTo(Files.size(iit));
        byte[] bytes = Files.readAllBytes(iit);
        assertThat(bytes[(int) parts.get(0).end() - 1]).isEqualTo((byte) '\n');
        // the later part is given the header again, without the byte-order mark
        assertThat(new String(parts.get(1).header(), StandardCharsets.UTF_8)).startsWith("agency,respondent,").endsWith("\r\n");
        assertThat(FileSplitter.parts(iit, StandardCharsets.UTF_8, 1, 0)).containsExactly(FilePart.WHOLE);
        assertThat(FileSplitter.parts(iit, StandardCharsets.UTF_8, 2, 4 << 20)).containsExactly(FilePart.WHOLE);
        assertThat(FileSplitter.parts(iit, StandardCharsets.UTF_16LE, 2, 0)).containsExactly(FilePart.WHOLE);
        writeThreeAgencies(dir, "\n", Charset.forName("windows-874"), false);
        assertThat(FileSplitter.parts(iit, Charset.forName("windows-874"), 2, 0)).hasSize(2);
    }

    @Test
    void aSplitNeverFallsInsideAQuotedCell() throws IOException {
        StringBuilder oit = new StringBuilder("agency,item,published,url,note\n");
        oit.append("north,o1,no,,\"").append("line\n".repeat(50)).append("\"\n");
        Files.writeString(dir.resolve("q.csv"), oit);
        List<FilePart> parts = FileSplitter.parts(dir.resolve("q.csv"), StandardCharsets.UTF_8, 2, 0);
        assertThat(parts).hasSize(1);   // the only line ends are inside the quoted note
    }

    @Test
    void aLargeFileWithAQuoteInsideAnUnquotedCellIsReadWhole() throws IOException {
        StringBuilder big = new StringBuilder("agency,respondent," + String.join(",", IIT) + "\n");
        for (int r = 1; big.length() < (4 << 20) + 100_000; r++) {
            big.append(row("north", r == 100 ? "n\"" + r : "n" + r, IIT, bestAnswers(io.github.ita.io.BatchCsvReaderTest.E, "IIT", Map.of())));
        }
        Files.writeString(dir.resolve("iit.csv"), big);
        assertThat(FileSplitter.parts(dir.resolve("iit.csv"), StandardCharsets.UTF_8, 2, 4 << 20)).containsExactly(FilePart.WHOLE);
    }

    @Test
    void aLargePlainFileIsCut() throws IOException {
        StringBuilder big = new StringBuilder("agency,\"respondent\"," + String.join(",", IIT) + "\n");
        for (int r = 1; big.length() < (4 << 20) + 100_000; r++) {
            big.append(row("north", r % 7 == 0 ? "\"n" + r + "\"" : "n" + r, IIT, bestAnswers(io.github.ita.io.BatchCsvReaderTest.E, "IIT", Map.of())));
        }
        Files.writeString(dir.resolve("iit.csv"), big);
        assertThat(FileSplitter.parts(dir.resolve("iit.csv"), StandardCharsets.UTF_8, 2, 4 << 20)).hasSize(2);
    }
}

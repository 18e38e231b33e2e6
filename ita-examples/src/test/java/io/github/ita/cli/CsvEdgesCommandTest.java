package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita score DIR} and {@code ita batch DIR} at the edges of the CSV files: both read and refuse alike. */
class CsvEdgesCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDanglingLinkInPlaceOfAFileIsRefusedNamingIt() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2565"), 1, 3);
        Files.delete(dir.resolve("eit.csv"));
        Files.createSymbolicLink(dir.resolve("eit.csv"), dir.resolve("eit-2566.csv"));
        for (String command : List.of("score", "batch", "plan")) {
            ItaTest.Run r = ItaTest.ita(command, dir.toString(), "--edition", "ita-2565");
            assertThat(r.status()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains(dir.resolve("eit.csv") + ": a symbolic link to nothing ("
                    + dir.resolve("eit-2566.csv") + ")");
            assertThat(r.out()).as(command).isEmpty();
        }
    }

    @Test
    void scoreAndBatchReadTheSameLargeFile() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2565"), 1, 3);
        List<String> lines = Files.readAllLines(dir.resolve("iit.csv"));
        String header = lines.get(0);
        String[] first = lines.get(1).split(",", 3);
        StringBuilder big = new StringBuilder(header).append('\n');
        for (int r = 1; big.length() < (4 << 20) + 100_000; r++) {
            // a quote inside an unquoted cell early on; a quoted id of two lines past the middle
            String id = r == 10 ? "r\"" + r : r == 30_000 ? "\"r\n" + r + "\"" : "r" + r;
            big.append(first[0]).append(',').append(id).append(',').append(first[2]).append('\n');
        }
        Files.writeString(dir.resolve("iit.csv"), big, StandardCharsets.UTF_8);
        ItaTest.Run score = ItaTest.ita("score", dir.toString(), "--edition", "ita-2565", "--format", "json");
        ItaTest.Run batch = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2565", "--format", "json");
        assertThat(batch.err()).isEmpty();
        assertThat(score.err()).isEmpty();
        assertThat(score.status()).isZero();
        assertThat(batch.status()).isZero();
        ObjectMapper m = new ObjectMapper();
        JsonNode one = m.readTree(score.out());
        JsonNode all = m.readTree(batch.out());
        assertThat(one.get("total")).isEqualTo(all.at("/agencies/0/total"));
        assertThat(one.at("/tools/0/respondents")).isEqualTo(all.at("/agencies/0/tools/0/respondents"));
    }

    @Test
    void aMissingOitItemNamesOitCsv() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2565"), 1, 3);
        Path oit = dir.resolve("oit.csv");
        Files.write(oit, Files.readAllLines(oit).stream().filter(l -> !l.startsWith("00001,o2,")).toList());
        for (String command : List.of("score", "batch")) {
            ItaTest.Run r = ItaTest.ita(command, dir.toString(), "--edition", "ita-2565");
            assertThat(r.status()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains(oit + ":2: agency 00001: question o2: OIT item o2 is not in the checklist");
        }
    }
}

package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita batch} and {@code ita score <dir>} over synthetic batches. */
class BatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void theGeneratorIsDeterministicAndEveryRatingOccurs() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        long[] counts = SyntheticBatch.write(a, Editions.bundled("ita-2568"), 300, 7);
        SyntheticBatch.write(b, Editions.bundled("ita-2568"), 300, 7);
        for (String f : new String[] {"iit.csv", "eit.csv", "oit.csv", "agencies.csv"}) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1);
        }
        assertThat(counts[0]).isBetween(300L * 20, 300L * 100);
        assertThat(counts[1]).isBetween(300L * 35, 300L * 155);
        ItaTest.Run r = ItaTest.ita("batch", a.toString(), "--edition", "ita-2568", "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("agencies")).hasSize(300);
        Set<String> ratings = new TreeSet<>();
        j.at("/summary/ratings").fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                ratings.add(e.getKey());
            }
        });
        assertThat(ratings).containsExactlyInAnyOrder("AA", "A", "B", "C", "D", "E", "F");
        assertThat(j.at("/summary/agencies").asInt()).isEqualTo(300);
        assertThat(j.at("/agencies/0/agency/id").asText()).isEqualTo("00001");
        assertThat(j.at("/agencies/0/agency/name").asText()).isEqualTo("องค์กรตัวอย่างที่ 1");
    }

    @Test
    void markdownSummaryByGroupAndTarget() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2568"), 40, 11);
        ItaTest.Run r = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--group-by", "group", "--target", "84");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("จำนวนหน่วยงาน 40").contains("เป้าหมาย ร้อยละ 84").contains("## แยกตาม group")
                .contains("| ศรีสะเกษ | 4 |").contains("| **OIT** | 40 |");
        ItaTest.Run en = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--lang", "en");
        assertThat(en.out()).contains("Agencies: 40").contains("| Mean | Median | Std. deviation | Q1 | Q3 | Min | Max |");
        ItaTest.Run again = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--group-by", "group", "--target", "84");
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    void csvForSpreadsheets() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2568"), 5, 3);
        ItaTest.Run r = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--format", "csv");
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        // the UTF-8 byte order mark first, for Excel (--no-bom leaves it out)
        assertThat(lines.get(0)).isEqualTo("\uFEFFagency,name,total,rating,passed,IIT,EIT,OIT,1,2,3,4,5,6,7,8,9,10,"
                + "total_low,total_high,chance_of_passing,pass_in_doubt");
        assertThat(lines.get(1)).startsWith("00001,");
        // the total's interval, the chance of the pass mark, whether pass or fail is in doubt
        assertThat(lines.get(1)).matches(".*,\\d+\\.\\d\\d,\\d+\\.\\d\\d,[01]\\.\\d\\d,(true|false)");
        ItaTest.Run audit = ItaTest.ita("score", dir.toString(), "--edition", "ita-2568", "--format", "csv");
        assertThat(audit.status()).isEqualTo(2);
        assertThat(audit.err()).contains("--format csv is for ita batch");
    }

    @Test
    void scoreADirectoryOfOneAgency() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2565"), 1, 3);
        ItaTest.Run r = ItaTest.ita("score", dir.toString(), "--edition", "ita-2565", "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/agency/id").asText()).isEqualTo("00001");
        assertThat(j.get("total").isNumber()).isTrue();
        SyntheticBatch.write(dir, Editions.bundled("ita-2565"), 2, 3);
        ItaTest.Run two = ItaTest.ita("score", dir.toString(), "--edition", "ita-2565");
        assertThat(two.status()).isEqualTo(2);
        assertThat(two.err()).contains("the directory holds 2 agencies; score several with ita batch");
    }

    @Test
    void badBatchInvocations() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2568"), 3, 3);
        ItaTest.Run noEdition = ItaTest.ita("batch", dir.toString());
        assertThat(noEdition.status()).isEqualTo(2);
        assertThat(noEdition.err()).contains("a directory of CSV files names no edition: give --edition");
        ItaTest.Run group = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--group-by", "province");
        assertThat(group.err()).contains("--group-by province needs a column of that name in agencies.csv");
        ItaTest.Run target = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--target", "120");
        assertThat(target.err()).contains("--target is a percentage from 0 to 100, not 120");
        ItaTest.Run charset = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--charset", "klingon");
        assertThat(charset.err()).contains("unknown charset \"klingon\"");
        Path out = dir.resolve("never.json");
        Files.writeString(dir.resolve("eit.csv"), "agency,respondent,e1\n00001,p1,9\n");
        ItaTest.Run bad = ItaTest.ita("batch", dir.toString(), "--edition", "ita-2568", "--format", "json", "--out", out.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(out).doesNotExist();
    }
}

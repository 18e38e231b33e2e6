package io.github.ita.cli;

import static io.github.ita.cli.ItaTest.ita;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import io.github.ita.io.Provenance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, point 4: a command line with manners. */
class CommandLineMannersTest {

    @TempDir
    Path dir;

    @Test
    void versionIsTheOneProvenanceRecords() throws IOException {
        String library = Provenance.libraryVersion();
        assertThat(library).matches("\\d+\\.\\d+\\.\\d+.*").isNotEqualTo("development");
        ItaTest.Run v = ita("--version");
        assertThat(v.status()).isZero();
        assertThat(v.out()).isEqualTo("ita " + library + "\n");
        assertThat(ita("batch", "-V").out()).isEqualTo(v.out());
        JsonNode audit = new ObjectMapper().readTree(ita("audit", ItaTest.resource(dir, "seed-001-scores.json").toString(),
                "--format", "json").out());
        assertThat(audit.at("/provenance/library").asText()).isEqualTo(library);
    }

    @Test
    void itaAloneShowsTheUsageOnStandardErrorAndFails() {
        ItaTest.Run r = ita();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: ita ").contains("Commands:").contains("batch");
        ItaTest.Run help = ita("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: ita ");
        ItaTest.Run wrong = ita("frobnicate");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("ita: unknown command \"frobnicate\"").hasLineCount(1);
        ItaTest.Run badValue = ita("audit", "x.json", "--format", "pdf");
        assertThat(badValue.status()).isEqualTo(2);
        assertThat(badValue.err()).startsWith("ita: audit: ").hasLineCount(1);
    }

    @Test
    void enumOptionsTakeAnyCase() throws IOException {
        String sheet = ItaTest.resource(dir, "seed-001-scores.json").toString();
        ItaTest.Run lower = ita("audit", sheet, "--format", "json", "--rounding", "each_level");
        ItaTest.Run upper = ita("audit", sheet, "--format", "JSON", "--rounding", "EACH_LEVEL");
        assertThat(upper.status()).as(upper.err()).isZero();
        assertThat(upper.out()).isEqualTo(lower.out()).startsWith("{");
        ItaTest.Run en = ita("audit", sheet, "--lang", "EN", "--digits", "THAI");
        assertThat(en.status()).as(en.err()).isZero();
        assertThat(en.out()).isEqualTo(ita("audit", sheet, "--lang", "en", "--digits", "thai").out()).contains("๘");
    }

    @Test
    void editionsShowWritesTablesWhenAskedAndTheDataOtherwise() {
        ItaTest.Run plain = ita("editions", "show", "ita-2565");
        ItaTest.Run json = ita("editions", "show", "ita-2565", "--format", "json");
        assertThat(json.out()).isEqualTo(plain.out()).startsWith("{");
        ItaTest.Run md = ita("editions", "show", "ita-2565", "--format", "md", "--lang", "en");
        assertThat(md.status()).as(md.err()).isZero();
        assertThat(md.out()).startsWith("# ITA edition ita-2565").contains("| Item | Indicator | Question | Options = points |");
        ItaTest.Run html = ita("editions", "show", "ita-2565", "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<table");
        ItaTest.Run csv = ita("editions", "show", "ita-2565", "--format", "csv");
        assertThat(csv.status()).isEqualTo(2);
        assertThat(csv.out()).isEmpty();
    }

    @Test
    void theMeasuresSkeletonIsJsonByDefault() throws IOException {
        String sheet = ItaTest.resource(dir, "seed-001-scores.json").toString();
        ItaTest.Run skeleton = ita("plan", sheet, "--measures-skeleton");
        assertThat(skeleton.status()).as(skeleton.err()).isZero();
        assertThat(skeleton.out()).isEqualTo(ita("plan", sheet, "--measures-skeleton", "--format", "json").out());
        assertThat(new ObjectMapper().readTree(skeleton.out()).has("measures")).isTrue();
        assertThat(ita("plan", sheet, "--measures-skeleton", "--format", "md").out()).startsWith("#");
        // the plan itself still follows --format's default, md
        assertThat(ita("plan", sheet).out()).startsWith("#");
    }

    @Test
    void helpListsACommandsOwnFormatsAndAnExample() {
        String batch = ita("batch", "--help").out();
        assertThat(batch).contains("--no-bom").contains("csv (a row per agency").contains("xlsx").contains("Examples")
                .contains("ita batch DIR --edition ita-2568");
        String plan = ita("plan", "--help").out();
        assertThat(plan).doesNotContain("--no-bom").doesNotContain("csv").doesNotContain("xlsx")
                .contains("ita plan $E/seed-001-scores.json");
        String score = ita("score", "--help").out();
        assertThat(score).contains("xlsx").doesNotContain("csv (a row").contains("ita score $E/sample-agency.json");
        assertThat(ita("editions", "show", "--help").out()).contains("json (the default");
    }

    @Test
    void groupsFollowThaiCollation() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2568"), 60, 3);
        ItaTest.Run r = ita("batch", dir.toString(), "--edition", "ita-2568", "--group-by", "group", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> groups = new ArrayList<>();
        new ObjectMapper().readTree(r.out()).get("groups").forEach(g -> groups.add(g.get("group").asText()));
        assertThat(groups).contains("เชียงใหม่", "ชลบุรี", "ตรัง");
        // เชียงใหม่ sorts under ช (after ชลบุรี, before ตรัง), not after อ as by code point
        assertThat(groups.indexOf("เชียงใหม่")).isEqualTo(groups.indexOf("ชลบุรี") + 1).isLessThan(groups.indexOf("ตรัง"));
        String md = ita("batch", dir.toString(), "--edition", "ita-2568", "--group-by", "group").out();
        assertThat(md.indexOf("| ชลบุรี |")).isLessThan(md.indexOf("| เชียงใหม่ |"));
        assertThat(md.indexOf("| เชียงใหม่ |")).isLessThan(md.indexOf("| ตรัง |"));
    }

    @Test
    void progressShowsATotalAndAPercentage() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2568"), 20, 9);
        long expected = Streams.expectedRows(dir);
        // small files are read whole: the count is exact (every line but the headers)
        long lines = 0;
        for (String f : new String[] {"iit.csv", "eit.csv", "oit.csv"}) {
            lines += java.nio.file.Files.readAllLines(dir.resolve(f)).size() - 1;
        }
        assertThat(expected).isEqualTo(lines).isPositive();
        SpreadsheetOutputTest.Bytes r = SpreadsheetOutputTest.run(true, "batch", dir.toString(), "--edition", "ita-2568", "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains(" rows read of about " + expected + " (").contains("%)")
                .contains(" of 20 agencies scored (100%)").endsWith("\n");
        assertThat(Streams.Progress.text(50, 0, 200, 0)).isEqualTo("50 rows read of about 200 (25%)");
        assertThat(Streams.Progress.text(250, 0, 200, 0)).isEqualTo("250 rows read of about 200 (99%)");
        assertThat(Streams.Progress.text(250, 3, 200, 12)).isEqualTo("250 rows read, 3 of 12 agencies scored (25%)");
        assertThat(Streams.Progress.text(250, 0, 0, 0)).isEqualTo("250 rows read");
        // ita score on a directory shows it too
        Path one = dir.resolve("one");
        SyntheticBatch.write(one, Editions.bundled("ita-2568"), 1, 9);
        SpreadsheetOutputTest.Bytes s = SpreadsheetOutputTest.run(true, "score", one.toString(), "--edition", "ita-2568", "--format", "json");
        assertThat(s.status()).as(s.err()).isZero();
        assertThat(s.err()).contains(" rows read of about ");
    }
}

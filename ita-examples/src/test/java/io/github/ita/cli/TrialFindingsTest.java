package io.github.ita.cli;

import static io.github.ita.cli.ItaTest.ita;
import static io.github.ita.cli.OutputSafetyTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Misleading messages and options silently ignored, found by a hostile trial of the command line. */
class TrialFindingsTest {

    @TempDir
    Path dir;

    @Test
    void editionsShowRefusesAFormatItDoesNotWrite() {
        refused(ita("editions", "show", "ita-2565", "--format", "csv"), "--format csv is for ita batch");
        assertThat(ita("editions", "show", "ita-2565", "--format", "json").out()).startsWith("{");
        assertThat(ita("editions", "show", "ita-2565").out()).startsWith("{");
    }

    @Test
    void groupByNamesTheColumnsThereAre() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2568"), 2, 1);
        refused(ita("batch", dir.toString(), "--edition", "ita-2568", "--group-by", "id"),
                "--group-by id needs a column of that name in agencies.csv, besides id and name (it has group, type)");
    }

    @Test
    void aDirectoryOfHeadersAloneHoldsNoAgency() throws IOException {
        SyntheticBatch.write(dir, Editions.bundled("ita-2565"), 1, 1);
        for (String f : List.of("iit.csv", "eit.csv", "oit.csv", "agencies.csv")) {
            Files.writeString(dir.resolve(f), Files.readAllLines(dir.resolve(f)).get(0) + "\n");
        }
        refused(ita("score", dir.toString(), "--edition", "ita-2565"), "the directory holds no agency: its files have no rows");
    }

    @Test
    void anEditionsProblemIsPlacedByItsFieldNotCalledAQuestion() throws IOException {
        String edition;
        try (InputStream in = Editions.class.getResourceAsStream("ita-2565.json")) {
            edition = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path bad = Files.writeString(dir.resolve("pm.json"), edition.replaceFirst("\"passMark\"\\s*:\\s*85", "\"passMark\": -1"));
        ItaTest.Run r = ita("editions", "show", bad.toString());
        refused(r, "passMark: passMark must be from 0 to 100, not -1");
        assertThat(r.err()).doesNotContain("question");
    }

    /** Found while planning on a custom edition: the measures skeleton's report looked the edition up among the bundled ones. */
    @Test
    void aMeasuresSkeletonOfACustomEditionIsReported() throws IOException {
        String edition;
        try (InputStream in = Editions.class.getResourceAsStream("ita-2565.json")) {
            edition = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path custom = Files.writeString(dir.resolve("custom.json"), edition.replaceFirst("\"id\"\\s*:\\s*\"ita-2565\"", "\"id\": \"my-2565\""));
        Path sheet = ItaTest.resource(dir, "seed-001-scores.json");
        Path mine = Files.writeString(dir.resolve("mine.json"), Files.readString(sheet).replace("\"ita-2565\"", "\"my-2565\""));
        for (String format : List.of("md", "html", "json")) {
            ItaTest.Run r = ita("plan", mine.toString(), "--edition", custom.toString(), "--measures-skeleton", "--format", format);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).contains("my-2565");
        }
    }

    /** Found by a newcomer's trial: messages that sent the user the wrong way. */
    @Test
    void messagesSayWhatToDo() throws IOException {
        Path sheet = ItaTest.resource(dir, "seed-001-scores.json");
        Path answers = ItaTest.resource(dir, "sample-agency.json");
        refused(ita("score", sheet.toString()), "this file holds published scores (\"scores\"), not answers: audit it with ita audit");
        refused(ita("audit", answers.toString()), "this file holds an agency's answers (\"iit\", \"eit\", \"oit\"), not published scores: score it with ita score");
        refused(ita("audit", sheet.toString(), "--edition", "ita-2566"),
                "--edition ita-2566 is neither a bundled edition (ita-2565, ita-2568) nor a file");
        Path csv = Files.createDirectories(dir.resolve("csv"));
        SyntheticBatch.write(csv, Editions.bundled("ita-2568"), 2, 1);
        refused(ita("batch", csv.toString()), "a directory of CSV files names no edition: give --edition");
        Files.delete(csv.resolve("agencies.csv"));
        refused(ita("batch", csv.toString(), "--edition", "ita-2568", "--group-by", "province"),
                "--group-by needs agencies.csv, with a column province, and the directory has none");
    }
}

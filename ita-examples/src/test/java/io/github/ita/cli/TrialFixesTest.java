package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer's and a hostile tester's trials of the spreadsheet and forms paths found. */
class TrialFixesTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookIsTheSameBytesInEveryTimeZone() throws IOException {
        Path sheet = ItaTest.resource(dir, "seed-001-scores.json");
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Bangkok"));
            assertThat(ItaTest.ita("audit", sheet.toString(), "--format", "xlsx", "--out", dir.resolve("bangkok.xlsx").toString()).status()).isZero();
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            assertThat(ItaTest.ita("audit", sheet.toString(), "--format", "xlsx", "--out", dir.resolve("utc.xlsx").toString()).status()).isZero();
        } finally {
            TimeZone.setDefault(saved);
        }
        assertThat(Files.readAllBytes(dir.resolve("bangkok.xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("utc.xlsx")));
    }

    @Test
    void aTextLongerThanAnExcelCellIsRefusedNotCut() throws IOException {
        String text = Files.readString(ItaTest.resource(dir, "seed-001-scores.json"));
        String name = "ก".repeat(40_000);
        Path big = Files.writeString(dir.resolve("big.json"), text.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"" + name + "\""));
        Path out = dir.resolve("big.xlsx");
        ItaTest.Run r = ItaTest.ita("audit", big.toString(), "--format", "xlsx", "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("ita: an Excel cell holds at most 32,767 characters, and a text to write has 40000: ")
                .endsWith("; use --format csv or json\n").hasLineCount(1);
        assertThat(out).doesNotExist();
        assertThat(ItaTest.ita("audit", big.toString(), "--format", "json").status()).isZero();
    }

    @Test
    void aFormatErrorNamesTheFormatsOfItsCommand() throws IOException {
        String sheet = ItaTest.resource(dir, "seed-001-scores.json").toString();
        assertThat(ItaTest.ita("audit", sheet, "--format", "pdf").err())
                .contains("expected one of md, json, html or xlsx (case-insensitive) but was 'pdf'");
        assertThat(ItaTest.ita("audit", sheet, "--format", "csv").err())
                .isEqualTo("ita: --format csv is for ita batch (a row per agency); use md, json, html or xlsx here\n");
        assertThat(ItaTest.ita("compare", sheet, sheet, "--format", "xlsx").err())
                .isEqualTo("ita: --format xlsx is for ita batch, score and audit; use md, json or html here\n");
    }

    @Test
    void aFormsOwnHeaderWithoutColumnsCsvIsToldOfIt() throws IOException {
        Path forms = dir.resolve("forms");
        Files.createDirectories(forms);
        Files.writeString(forms.resolve("iit.csv"), "หน่วยงาน,ผู้ตอบ,บุคลากรในหน่วยงานของท่าน ปฏิบัติงาน\ndemo,r1,4\n");
        ItaTest.Run r = ItaTest.ita("score", forms.toString(), "--edition", "ita-2568");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).endsWith("iit.csv:1: the header must begin with agency,respondent, not หน่วยงาน,ผู้ตอบ; a form's own header? "
                + "map its texts to agency, respondent and question ids in a columns.csv beside the file\n");
    }

    @Test
    void anUnmappedQuestionTextIsNamedOnce() throws IOException {
        Path forms = dir.resolve("forms");
        Files.createDirectories(forms);
        String text = "บุคลากรในหน่วยงานของท่าน ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อตามมาตรฐาน";
        Files.writeString(forms.resolve("iit.csv"), "agency,respondent," + text + "\ndemo,r1,4\n");
        ItaTest.Run r = ItaTest.ita("score", forms.toString(), "--edition", "ita-2568");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("not a question or sub-item of IIT; a question's text? map it to its id in a columns.csv beside the file");
        assertThat(r.err().indexOf("บุคลากรในหน่วยงานของท่าน")).isEqualTo(r.err().lastIndexOf("บุคลากรในหน่วยงานของท่าน"));
    }

    @Test
    void anOutUnderAFileSaysSo() throws IOException {
        Path sheet = ItaTest.resource(dir, "seed-001-scores.json");
        ItaTest.Run r = ItaTest.ita("audit", sheet.toString(), "--out", sheet + "/x.md");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--out is under ").contains("seed-001-scores.json, which is a file, not a directory").hasLineCount(1);
        assertThat(Files.readString(sheet)).contains("\"scores\"");
    }

    @Test
    void outDashIsStandardOutput() throws IOException {
        Path sheet = ItaTest.resource(dir, "seed-001-scores.json");
        ItaTest.Run dash = ItaTest.ita("audit", sheet.toString(), "--format", "json", "--out", "-");
        assertThat(dash.status()).isZero();
        assertThat(dash.out()).isEqualTo(ItaTest.ita("audit", sheet.toString(), "--format", "json").out()).contains("\"total\" : 83.67");
        assertThat(Path.of("-")).doesNotExist();
    }
}

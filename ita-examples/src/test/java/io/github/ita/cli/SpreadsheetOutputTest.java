package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita batch --format csv} with the byte order mark, and {@code --format xlsx} workbooks read back. */
class SpreadsheetOutputTest {

    @TempDir
    Path dir;

    /** A run's raw bytes. */
    record Bytes(int status, byte[] out, String err) {
    }

    static Bytes run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Ita.run(out, err, terminal, args);
        return new Bytes(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private Path batch(int agencies) throws IOException {
        Path b = dir.resolve("batch");
        SyntheticBatch.write(b, Editions.bundled("ita-2568"), agencies, 5);
        return b;
    }

    @Test
    void batchCsvBeginsWithTheByteOrderMarkUnlessToldNot() throws IOException {
        Path b = batch(12);
        Bytes with = run(false, "batch", b.toString(), "--edition", "ita-2568", "--format", "csv");
        Bytes without = run(false, "batch", b.toString(), "--edition", "ita-2568", "--format", "csv", "--no-bom");
        assertThat(with.status()).isZero();
        assertThat(Arrays.copyOf(with.out(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(without.out(), 0, 7, StandardCharsets.UTF_8)).isEqualTo("agency,");
        assertThat(Arrays.copyOfRange(with.out(), 3, with.out().length)).isEqualTo(without.out());
        // --out writes the same bytes as standard output
        Path file = dir.resolve("out.csv");
        assertThat(run(false, "batch", b.toString(), "--edition", "ita-2568", "--format", "csv", "--out", file.toString()).status()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(with.out());
    }

    @Test
    void theBatchWorkbookHasASummaryAndTheAgenciesTotalsAsNumbers() throws IOException {
        Path b = batch(30);
        // an agency name that a spreadsheet would run as a formula, were it written as one
        Path agencies = b.resolve("agencies.csv");
        List<String> lines = Files.readAllLines(agencies, StandardCharsets.UTF_8);
        String[] first = lines.get(1).split(",", -1);
        first[1] = "=1+2";
        lines.set(1, String.join(",", first));
        Files.write(agencies, lines, StandardCharsets.UTF_8);

        Path xlsx = dir.resolve("batch.xlsx");
        Bytes r = run(false, "batch", b.toString(), "--edition", "ita-2568", "--format", "xlsx", "--out", xlsx.toString(),
                "--group-by", "group");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run(false, "batch", b.toString(), "--edition", "ita-2568", "--format", "json").out());

        try (ReadableWorkbook wb = new ReadableWorkbook(Files.newInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("สรุป", "หน่วยงาน");
            List<Row> rows = sheets.get(1).read();
            assertThat(rows).hasSize(31);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("รหัสหน่วยงาน");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("คะแนนรวม");
            assertThat(rows.get(0).getCellText(5)).isEqualTo("IIT");
            assertThat(rows.get(0).getCellCount()).isEqualTo(5 + 3 + 10 + 4);
            assertThat(rows.get(0).getCellText(18)).isEqualTo("คะแนนรวม ช่วงล่าง");
            for (int i = 0; i < 30; i++) {
                JsonNode agency = json.at("/agencies/" + i);
                Row row = rows.get(i + 1);
                assertThat(row.getCellText(0)).isEqualTo(agency.at("/agency/id").asText());
                assertThat(row.getCell(2).getType()).as("total of row " + (i + 1)).isEqualTo(CellType.NUMBER);
                assertThat(row.getCell(2).asNumber()).isEqualByComparingTo(new BigDecimal(agency.get("total").asText()));
                assertThat(row.getCellText(3)).isEqualTo(agency.get("rating").asText());
                assertThat(row.getCell(5).getType()).isEqualTo(CellType.NUMBER);
                // the total's interval as numbers, as the JSON gives it
                assertThat(row.getCell(18).asNumber()).isEqualByComparingTo(new BigDecimal(agency.at("/uncertainty/low").asText()));
                assertThat(row.getCell(19).asNumber()).isEqualByComparingTo(new BigDecimal(agency.at("/uncertainty/high").asText()));
                assertThat(row.getCellText(21)).isIn("ใช่", "ไม่");
            }
            // text from the input stays text: a string cell, no formula
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCellText(1)).isEqualTo("=1+2");
            assertThat(rows.get(1).getCell(1).getFormula()).isNull();

            List<Row> summary = sheets.get(0).read();
            assertThat(summary.get(0).getCellText(0)).isEqualTo("สรุปผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568");
            Row agenciesRow = summary.stream().filter(x -> x.getCellText(0).equals("จำนวนหน่วยงาน")).findFirst().orElseThrow();
            assertThat(agenciesRow.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(agenciesRow.getCell(1).asNumber()).isEqualByComparingTo("30");
            Row mean = summary.stream().filter(x -> x.getCellText(0).equals("ค่าเฉลี่ย")).findFirst().orElseThrow();
            assertThat(mean.getCell(1).asNumber()).isEqualByComparingTo(new BigDecimal(json.at("/summary/mean").asText()));
            assertThat(summary).anyMatch(x -> x.getCellText(0).equals("แยกตาม group"));
        }
        // the workbook has a sheet XML with the frozen header row
        String sheetXml = entry(Files.readAllBytes(xlsx), "xl/worksheets/sheet2.xml");
        assertThat(sheetXml).contains("<pane xSplit=\"0\" ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>");
    }

    @Test
    void theSameInputGivesTheSameWorkbookBytes() throws Exception {
        Path b = batch(8);
        Bytes one = run(false, "batch", b.toString(), "--edition", "ita-2568", "--format", "xlsx");
        Thread.sleep(20);   // fastexcel stamps the time of writing, to the millisecond, unless it is taken out
        Bytes two = run(false, "batch", b.toString(), "--edition", "ita-2568", "--format", "xlsx");
        assertThat(one.status()).isZero();
        assertThat(one.out()).isEqualTo(two.out());
        assertThat(entry(one.out(), "docProps/core.xml")).doesNotContain("dcterms:created");
        Bytes stamped = run(false, "batch", b.toString(), "--edition", "ita-2568", "--format", "xlsx", "--timestamp");
        assertThat(entry(stamped.out(), "docProps/core.xml")).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">20");
    }

    @Test
    void aWorkbookIsNotWrittenToATerminal() throws IOException {
        Path b = batch(2);
        Bytes r = run(true, "batch", b.toString(), "--edition", "ita-2568", "--format", "xlsx");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("ita: --format xlsx writes a binary workbook: give --out FILE.xlsx, or redirect standard output to a file\n");
        Path out = dir.resolve("t.xlsx");
        assertThat(run(true, "batch", b.toString(), "--edition", "ita-2568", "--format", "xlsx", "--out", out.toString()).status()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith(0x50, 0x4B, 0x03, 0x04);
        // not for the commands that have no sheet
        Bytes plan = run(false, "plan", ItaTest.resource(dir, "seed-001-scores.json").toString(), "--format", "xlsx");
        assertThat(plan.status()).isEqualTo(2);
        assertThat(plan.err()).isEqualTo("ita: --format xlsx is for ita batch, score and audit; use md, json or html here\n");
    }

    @Test
    void oneAgencyAsASheetOfItsToolsIndicatorsAndQuestions() throws IOException {
        Path sheet = ItaTest.resource(dir, "seed-001-scores.json");
        Bytes r = run(false, "audit", sheet.toString(), "--format", "xlsx", "--lang", "en");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run(false, "audit", sheet.toString(), "--format", "json").out());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.out()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(wb.getFirstSheet().getName()).isEqualTo("Result");
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Level");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Agency");
            assertThat(rows.get(1).getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCell(3).asNumber()).isEqualByComparingTo(new BigDecimal(json.get("total").asText()));
            Row iit = rows.stream().filter(x -> x.getCellText(1).equals("IIT")).findFirst().orElseThrow();
            assertThat(iit.getCellText(0)).isEqualTo("tool");
            assertThat(iit.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows).anyMatch(x -> x.getCellText(0).equals("indicator"));
        }
        Bytes score = run(false, "score", ItaTest.resource(dir, "sample-agency.json").toString(), "--format", "xlsx");
        assertThat(score.status()).as(score.err()).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(score.out()))) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo("ผลการประเมิน");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("ระดับ");
            assertThat(rows).anyMatch(x -> x.getCellText(0).equals("ข้อคำถาม"));
        }
    }

    /** An entry of a zip file, as text. */
    static String entry(byte[] zip, String name) throws IOException {
        Path f = Files.createTempFile("entry", ".zip");
        try {
            Files.write(f, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
                java.util.zip.ZipEntry e = z.getEntry(name);
                assertThat(e).as(name).isNotNull();
                return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(f);
        }
    }
}

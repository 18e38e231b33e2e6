package io.github.ita.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.io.Workbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cells of a workbook read as a CSV file's cells: numbers, dates, true/false, empty cells and rows. */
class XlsxRowsTest {

    @TempDir
    Path tmp;

    private static List<Object> cells(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void numbersAreTheirShortestPlainDecimalSoThatCode4IsRead() throws Exception {
        Path file = tmp.resolve("iit.xlsx");
        Workbooks.write(file, "Form1", List.of(
                cells("agency", "respondent", "i1", "i2", "i3", "when", "ok", "note"),
                cells(new Workbooks.Num("6330199"), new Workbooks.Num("1"), new Workbooks.Num("4.0"),
                        new Workbooks.Num("3.000"), new Workbooks.Num("1.5E3"), new Workbooks.Date("45000.5"),
                        new Workbooks.Bool(true), "มากที่สุด"),
                cells("a", "r2", new Workbooks.Num("0.0"), new Workbooks.Num("-2.50"), null, null, new Workbooks.Bool(false))));
        try (XlsxRows rows = XlsxRows.open(file)) {
            assertThat(rows.file).isEqualTo(file + ", sheet Form1");
            assertThat(rows.next()).containsExactly("agency", "respondent", "i1", "i2", "i3", "when", "ok", "note");
            assertThat(rows.line).isEqualTo(1);
            assertThat(rows.next()).containsExactly("6330199", "1", "4", "3", "1500", "2023-03-15T12:00", "true", "มากที่สุด");
            assertThat(rows.line).isEqualTo(2);
            // cells left empty, and those Excel drops at the row's end, are empty to the header's width
            assertThat(rows.next()).containsExactly("a", "r2", "0", "-2.5", "", "", "false", "");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void emptyRowsAreNoRowsAndTheRowNumbersStayExcels() throws Exception {
        Path file = tmp.resolve("oit.xlsx");
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(cells("agency", "item", "published"));
        sheet.add(null);
        sheet.add(cells(null, null, null));
        sheet.add(cells("a", "o1", "yes", null, null));
        try (XlsxRows rows = XlsxRows.open(write(file, sheet))) {
            rows.next();
            assertThat(rows.next()).containsExactly("a", "o1", "yes");
            assertThat(rows.line).isEqualTo(4);
            assertThat(rows.at("published").toString()).isEqualTo(file + ", sheet Sheet1:4: cell C4, column published");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(XlsxRows.letters(0)).isEqualTo("A");
        assertThat(XlsxRows.letters(25)).isEqualTo("Z");
        assertThat(XlsxRows.letters(26)).isEqualTo("AA");
        assertThat(XlsxRows.letters(27)).isEqualTo("AB");
        assertThat(XlsxRows.letters(701)).isEqualTo("ZZ");
        assertThat(XlsxRows.letters(702)).isEqualTo("AAA");
    }

    private static Path write(Path file, List<List<Object>> rows) throws Exception {
        Workbooks.write(file, "Sheet1", rows);
        return file;
    }
}

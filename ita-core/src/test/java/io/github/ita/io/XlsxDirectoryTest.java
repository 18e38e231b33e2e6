package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.InvalidAnswerException;
import io.github.ita.MalformedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch directory of Excel workbooks (iit.xlsx, …) is read as the same directory of CSV files. */
class XlsxDirectoryTest {

    @TempDir
    Path tmp;

    /** Codes that are numbers written as Excel stores numbers (4.0), published as true/false cells. */
    private static Object asExcel(String file, int column, Object cell) {
        String s = cell.toString();
        if (file.equals("oit") && column == 2 && (s.equals("yes") || s.equals("no"))) {
            return new Workbooks.Bool(s.equals("yes"));
        }
        if (column >= 2 && !file.equals("agencies") && !file.equals("oit") && s.matches("[0-9]")) {
            return new Workbooks.Num(s + ".0");
        }
        return cell;
    }

    private Path writeXlsx(Path dir, Map<String, List<List<Object>>> files) throws IOException {
        Files.createDirectories(dir);
        for (var f : files.entrySet()) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : f.getValue()) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    Object c = row.get(i);
                    // an empty cell is no cell, as Excel saves it
                    cells.add(c.toString().isEmpty() ? null : rows.isEmpty() ? c : asExcel(f.getKey(), i, c));
                }
                rows.add(cells);
            }
            Workbooks.write(dir.resolve(f.getKey() + ".xlsx"), "แบบสอบถาม", rows);
        }
        return dir;
    }

    @Test
    void workbooksScoreAsTheirCsvFiles() throws IOException {
        var files = FormsDirs.rows((q, o) -> o.code());
        String csv = FormsDirs.results(FormsDirs.writeCsv(tmp.resolve("csv"), files));
        Path xlsx = writeXlsx(tmp.resolve("xlsx"), files);
        assertThat(Files.readString(tmp.resolve("csv/iit.csv"))).contains(",4,");
        assertThat(FormsDirs.results(xlsx)).isEqualTo(csv);
        assertThat(csv).contains("\"id\":\"north\"").contains("\"id\":\"south\"");
    }

    @Test
    void aBadCellIsNamedByFileSheetRowAndCell() throws IOException {
        var files = FormsDirs.rows((q, o) -> o.code());
        List<Object> header = files.get("iit").get(0);
        int i7 = header.indexOf("i7");
        files.get("iit").get(2).set(i7, "5");
        Path dir = writeXlsx(tmp.resolve("bad"), files);
        String cell = Workbooks.column(i7) + "3";
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(InvalidAnswerException.class)
                .hasMessage(dir.resolve("iit.xlsx") + ", sheet แบบสอบถาม:3: cell " + cell
                        + ", column i7: respondent iit-2: answer \"5\" is not an option of i7 (1, 2, 3, 4)");
    }

    @Test
    void aBadOitCellIsNamedByItsCell() throws IOException {
        var files = FormsDirs.rows((q, o) -> o.code());
        files.get("oit").set(3, new ArrayList<>(List.of("north", "o3", "maybe")));
        Path dir = writeXlsx(tmp.resolve("oit"), files);
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(InvalidAnswerException.class)
                .hasMessageStartingWith(dir.resolve("oit.xlsx") + ", sheet แบบสอบถาม:4: cell C4, column published: published must be");
    }

    @Test
    void aDirectoryWithBothTheCsvAndTheWorkbookIsRefusedNamingBoth() throws IOException {
        var files = FormsDirs.rows((q, o) -> o.code());
        Path dir = FormsDirs.writeCsv(tmp.resolve("both"), files);
        Workbooks.write(dir.resolve("eit.xlsx"), "Sheet1", List.of(List.of("agency", "respondent")));
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(MalformedInputException.class)
                .hasMessage(dir.resolve("eit.xlsx") + ": both eit.csv and eit.xlsx are in the directory: keep one of the two");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedByName() throws IOException {
        var files = FormsDirs.rows((q, o) -> o.code());
        Path dir = FormsDirs.writeCsv(tmp.resolve("notxlsx"), files);
        Files.move(dir.resolve("agencies.csv"), dir.resolve("agencies.xlsx"));
        assertThatThrownBy(() -> FormsDirs.results(dir)).isInstanceOf(MalformedInputException.class)
                .hasMessage(dir.resolve("agencies.xlsx") + ": not an Excel workbook (.xlsx)");
    }
}

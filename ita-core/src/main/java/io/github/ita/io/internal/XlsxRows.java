package io.github.ita.io.internal;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of the first sheet of an Excel workbook (.xlsx), read by fastexcel-reader, as the rows
 * of a CSV file: a row's number is its line, each cell its text. Excel keeps numbers as numbers: a
 * number cell is written as the shortest plain decimal ({@code 4.0} is {@code 4}, as code {@code 4}
 * is written in CSV), a date or time cell in ISO-8601 ({@code 2026-03-01T09:30}), a true/false cell
 * as {@code true}/{@code false}, a formula cell as its value saved with the file. Rows with no cell
 * filled are no rows; cells left empty at a row's end (Excel does not keep them) are empty cells up
 * to the header's width. Messages name the file, the sheet, the row, the cell ({@code D3}) and its column.
 *
 * <p>fastexcel-reader is an optional dependency of this library: a program that reads .xlsx
 * directories puts it on its class or module path (the {@code ita} command line does).
 */
final class XlsxRows extends CsvRows {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> cells = new ArrayList<>();
    private int width = -1;

    private XlsxRows(Path file, ReadableWorkbook workbook, Sheet sheet) throws IOException {
        super(file + ", sheet " + sheet.getName());
        this.workbook = workbook;
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
    }

    /**
     * Opens a workbook's first sheet.
     *
     * @param file the .xlsx file
     * @return its rows
     * @throws MalformedInputException when the file is no workbook that can be read, or the library is absent
     */
    static XlsxRows open(Path file) {
        if (!available()) {
            throw new MalformedInputException(Location.file(file.toString()), "reading .xlsx needs the library"
                    + " org.dhatim:fastexcel-reader on the class path; or save the sheet as .csv (UTF-8)");
        }
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == head.length && ReadableWorkbook.isOLE2Header(head)) {
                throw new MalformedInputException(Location.file(file.toString()),
                        "an Excel 97–2003 workbook (.xls) under an .xlsx name: save it as .xlsx or .csv (UTF-8)");
            }
            if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw new MalformedInputException(Location.file(file.toString()), "not an Excel workbook (.xlsx)");
            }
        } catch (IOException e) {
            throw cannotRead(file.toString(), e);
        }
        ReadableWorkbook workbook = null;
        try {
            // with the cells' formats, to tell a date from a number
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            Sheet sheet = workbook.getFirstSheet();
            return new XlsxRows(file, workbook, sheet);
        } catch (IOException | RuntimeException e) {
            close(workbook);
            throw new MalformedInputException(Location.file(file.toString()), "cannot read as an Excel workbook (.xlsx): "
                    + firstLine(e.getMessage()));
        }
    }

    private static boolean available() {
        try {
            Class.forName("org.dhatim.fastexcel.reader.ReadableWorkbook", false, XlsxRows.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    List<String> next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                cells.clear();
                int n = row.getCellCount();
                for (int i = 0; i < n; i++) {
                    cells.add(text(row.getCell(i)));
                }
                int filled = cells.size();
                while (filled > 0 && cells.get(filled - 1).isEmpty()) {
                    filled--;
                }
                if (filled == 0) {
                    continue;   // a row with nothing in it
                }
                line = row.getRowNum();
                if (filled > MAX_COLUMNS) {
                    throw new MalformedInputException(new Location(file, line, 0, null, null, null),
                            "more than " + MAX_COLUMNS + " columns");
                }
                cells.subList(filled, cells.size()).clear();
                if (width < 0) {
                    width = filled;   // the header
                    names = List.copyOf(cells);
                }
                while (cells.size() < width) {
                    cells.add("");
                }
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i).length() > MAX_CELL) {
                        throw new MalformedInputException(at(i), "input refused: a cell longer than " + MAX_CELL + " characters");
                    }
                }
                return cells;
            }
            return null;
        } catch (MalformedInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // the library's reading failed (a damaged sheet): it wraps its IOException, or throws its own
            throw new MalformedInputException(new Location(file, line, 0, null, null, null),
                    "cannot read the sheet after this row: " + firstLine(e.getMessage()));
        }
    }

    /** @return a cell's text, as a CSV file would hold it */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        String raw = cell.getRawValue();
        switch (type) {
            case EMPTY:
                return "";
            case BOOLEAN:
                return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
            case NUMBER:
                if (isDate(cell)) {
                    return cell.asDate().toString();
                }
                return number(raw);
            case STRING:
                return cell.asString();
            default:
                return raw == null ? "" : raw;
        }
    }

    /** @return a number as Excel stores it ({@code 4}, {@code 4.0}, {@code 1.5E3}) as the shortest plain decimal */
    static String number(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        try {
            BigDecimal d = new BigDecimal(raw.trim()).stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** @return whether a number cell is shown as a date or time: a built-in date format, or a format with date or time parts */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // the format's letters outside quoted text, escapes and [colour] or [$-locale] parts
        String f = format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "").toLowerCase(java.util.Locale.ROOT);
        return f.matches(".*[ydhms].*");
    }

    /** @return where a cell of the current row is: its column's name and the cell's reference, {@code D3} */
    private Location at(int index) {
        String name = index < names.size() ? names.get(index) : null;
        String ref = letters(index) + line;
        return new Location(file, line, 0, name == null ? "cell " + ref : "cell " + ref + ", column " + name, null, null);
    }

    @Override
    Location at(String column) {
        int index = column == null ? -1 : names.indexOf(column);
        if (index < 0 && column != null) {
            for (int i = 0; i < names.size() && index < 0; i++) {
                if (io.github.ita.internal.Ids.normal(names.get(i)).equals(column)) {
                    index = i;
                }
            }
        }
        return index < 0 ? super.at(column) : at(index);
    }

    /** @return a column's letters: 0 is A, 25 Z, 26 AA */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }

    private static void close(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the file was not read; nothing else to release
            }
        }
    }
}

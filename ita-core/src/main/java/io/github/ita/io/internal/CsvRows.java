package io.github.ita.io.internal;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.internal.Ids;
import io.github.ita.internal.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of a CSV text, each with the line it starts on. Two readers give the same rows:
 * {@link TextRows}, Jackson's parser over decoded text, the reference that reads any charset and
 * names every syntax error; and {@link ByteRows}, a scanner over the bytes of plain files that
 * declines ({@link ByteRows.Declined}) anything it does not read exactly as Jackson does, so that
 * the reference then reads the file.
 */
abstract class CsvRows implements AutoCloseable {

    /** The longest cell read, in characters: URLs and notes fit; together with {@link #MAX_COLUMNS} it bounds a line. */
    static final int MAX_CELL = 10_000;
    /** The most cells a row may have. */
    static final int MAX_COLUMNS = 4096;

    final String file;
    /** The line the current row starts on, in the file's numbering. */
    int line;
    /** The header's cells once read (renamed ones replaced), for readers that name a column's place. */
    List<String> names = List.of();

    CsvRows(String file) {
        this.file = file;
    }

    /** @return the next row's cells (a reused list, valid until the next call), or null at the end */
    abstract List<String> next();

    /** @return where the current row is, in a column (null: the row itself) */
    Location at(String column) {
        return new Location(file, line, 0, column == null ? null : "column " + column, null, null);
    }

    /**
     * Reads the header, the first row, refusing a file without one or one that does not begin
     * with the given columns.
     *
     * @param leading the columns the header begins with
     * @return the header's cells, a copy
     */
    final List<String> header(List<String> leading) {
        return header(leading, Map.of());
    }

    /**
     * As {@link #header(List)}, with header texts renamed (columns.csv): a cell whose text, as
     * {@link Ids#normal} gives it, is a key is read as its value.
     *
     * @param leading the columns the header begins with
     * @param renamed header text → the column's name
     * @return the header's cells, renamed ones replaced, a copy
     */
    final List<String> header(List<String> leading, Map<String, String> renamed) {
        List<String> h = next();
        if (h == null) {
            throw new MalformedInputException(Location.file(file), "empty file: expected a header "
                    + String.join(",", leading) + ",…");
        }
        List<String> header = new ArrayList<>(h);
        if (!renamed.isEmpty()) {
            header.replaceAll(cell -> renamed.getOrDefault(Ids.normal(cell), cell));
        }
        names = header;
        for (int i = 0; i < leading.size(); i++) {
            if (i >= header.size() || !Ids.normal(header.get(i)).equals(leading.get(i))) {
                String given = String.join(",", header.subList(0, Math.min(header.size(), leading.size())));
                throw new MalformedInputException(new Location(file, line, 0, null, null, null),
                        "the header must begin with " + String.join(",", leading) + ", not "
                                + (given.isBlank() ? "an empty line (the header is the file's first line)" : Text.clip(given)), given);
            }
        }
        return header;
    }

    /** @return the refusal of a file that could not be read */
    static MalformedInputException cannotRead(String file, IOException e) {
        return new MalformedInputException(Location.file(file), "cannot read: " + Text.problem(e));
    }

    /** @return the first line of a message (empty for none) */
    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public abstract void close() throws IOException;
}

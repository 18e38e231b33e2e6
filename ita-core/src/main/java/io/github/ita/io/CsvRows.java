package io.github.ita.io;

import io.github.ita.Location;
import java.io.IOException;
import java.util.List;

/**
 * The rows of a CSV text, each with the line it starts on. Two readers give the same rows:
 * {@link BatchCsvReader.TextRows}, Jackson's parser over decoded text, the reference that reads any
 * charset and names every syntax error; and {@link ByteRows}, a scanner over the bytes of plain
 * files that declines ({@link ByteRows.Declined}) anything it does not read exactly as Jackson
 * does, so that the reference then reads the file.
 */
abstract class CsvRows implements AutoCloseable {

    /** The longest cell read, in characters: URLs and notes fit; together with {@link #MAX_COLUMNS} it bounds a line. */
    static final int MAX_CELL = 10_000;
    /** The most cells a row may have. */
    static final int MAX_COLUMNS = 4096;

    final String file;
    /** The line the current row starts on, in the file's numbering. */
    int line;

    CsvRows(String file) {
        this.file = file;
    }

    /** @return the next row's cells (a reused list, valid until the next call), or null at the end */
    abstract List<String> next();

    /** @return where the current row is, in a column (null: the row itself) */
    final Location at(String column) {
        return new Location(file, line, 0, column == null ? null : "column " + column, null, null);
    }

    @Override
    public abstract void close() throws IOException;
}

package io.github.ita.io.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The rows of a CSV text, read by Jackson's parser: the reference reader (see {@link CsvRows}). */
final class TextRows extends CsvRows {

    /** A factory alone, since only tokens are read (no ObjectMapper to start). */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build())
            .build();

    private final CsvParser parser;
    private final int lineOffset;
    private final List<String> cells = new ArrayList<>();
    private final ArrayDeque<Held> held = new ArrayDeque<>();

    TextRows(Reader in, String file) throws IOException {
        this(in, file, 0);
    }

    /** @param lineOffset added to the parser's line numbers: the text is a later part of the file */
    TextRows(Reader in, String file, int lineOffset) throws IOException {
        super(file);
        this.parser = FACTORY.createParser(in);
        parser.setSchema(CsvSchema.emptySchema());
        parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        this.lineOffset = lineOffset;
    }

    private int here() {
        return parser.currentLocation().getLineNr() + lineOffset;
    }

    /**
     * Blank rows (one empty cell: an empty line) at the end of the text are no rows, as in
     * {@link ByteRows#advance}; one with rows after it is given as a row, the rows after it held.
     */
    @Override
    List<String> next() {
        if (!held.isEmpty()) {
            Held h = held.poll();
            line = h.line();
            cells.clear();
            cells.addAll(h.cells());
            return cells;
        }
        List<String> row = read();
        if (row == null || !isBlank(row)) {
            return row;
        }
        int blankLine = line;
        while ((row = read()) != null) {
            held.add(new Held(line, List.copyOf(row)));
            if (!isBlank(row)) {
                // the first blank row is given now, the rows read after it next
                line = blankLine;
                cells.clear();
                cells.add("");
                return cells;
            }
        }
        return null;
    }

    private static boolean isBlank(List<String> row) {
        return row.size() == 1 && row.get(0).isEmpty();
    }

    /** A row read ahead, past a blank one. */
    private record Held(int line, List<String> cells) {
    }

    /** The line the row being read begins at, as the parser gives it. */
    private int rowStart;

    private List<String> read() {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return null;
            }
            cells.clear();
            line = 0;
            rowStart = parser.currentLocation().getLineNr() + lineOffset;
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (line == 0) {
                    line = parser.currentTokenLocation().getLineNr() + lineOffset;
                }
                if (cells.size() == MAX_COLUMNS) {
                    throw new MalformedInputException(new Location(file, line, 0, null, null, null),
                            "more than " + MAX_COLUMNS + " columns");
                }
                cells.add(parser.getText());
            }
            return cells;
        } catch (CharacterCodingException e) {
            // the line of the bytes themselves, where the reader knows it: the parser reads ahead
            int at = e instanceof DecodingReader.BadBytes bad ? bad.line + lineOffset : here();
            throw new MalformedInputException(new Location(file, at, 0, null, null, null),
                    "bytes that are not text in the file's charset (UTF-8 unless told otherwise;"
                            + " files saved by Thai Excel: --charset windows-874)");
        } catch (StreamConstraintsException e) {
            throw new MalformedInputException(new Location(file, here(), 0, null, null, null),
                    "input refused: a cell longer than " + MAX_CELL + " characters");
        } catch (IOException e) {
            String why = firstLine(e.getMessage());
            if (why != null && why.startsWith("Missing closing quote")) {
                // the parser is at the end of the file: the place to mend is the row whose quote opens
                throw new MalformedInputException(new Location(file, line != 0 ? line : rowStart, 0, null, null, null),
                        "malformed CSV: a quoted cell of this row is never closed (the file ends at line " + here() + ")");
            }
            throw new MalformedInputException(new Location(file, here(), 0, null, null, null), "malformed CSV: " + why);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

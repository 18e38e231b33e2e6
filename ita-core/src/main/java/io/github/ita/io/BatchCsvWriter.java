package io.github.ita.io;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Indicator;
import io.github.ita.edition.Tool;
import io.github.ita.scoring.Overview;
import io.github.ita.scoring.Result;
import io.github.ita.internal.Numbers;
import io.github.ita.scoring.Score;
import io.github.ita.scoring.Uncertainty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a batch as CSV for spreadsheets: a header, then one row per agency — id, name, total,
 * rating, passed, each tool and each indicator, then the total's interval (low, high), the chance
 * that it reaches the pass mark, and whether pass or fail is in doubt. Text from the input that a spreadsheet would run
 * as a formula is written with a leading apostrophe, so that opening the file never runs it: see
 * {@link #neutralise(String)}. Scores, ratings and pass / fail are the library's and written as they are.
 *
 * <pre>{@code
 * BatchCsvWriter.Writer w = BatchCsvWriter.writer(out, edition);
 * batchScorer.score(tally, options, listener, w::row, w);
 * }</pre>
 *
 * <p>The bytes are UTF-8. By default they begin with the header, with no byte order mark, as RFC 4180 and
 * most programs that read CSV expect; {@link #writer(OutputStream, Edition, boolean)} puts the UTF-8 byte
 * order mark (EF BB BF) first, which Microsoft Excel needs to read the file as UTF-8 rather than in the
 * system's code page (where Thai text turns to mojibake). The {@code ita batch} command writes the mark
 * unless given {@code --no-bom}.
 */
public final class BatchCsvWriter {

    /**
     * Jackson's CSV generator alone, as {@code TextRows} reads with its factory alone: a row is a few
     * strings, and a {@code CsvMapper} (Jackson's databind) took a fresh {@code ita batch} about 0.1 s
     * of its main thread to start, right after the reading.
     */
    private static final CsvFactory FACTORY = new CsvFactory();
    private static final CsvSchema ROW = CsvSchema.emptySchema().withLineSeparator("\n");

    private BatchCsvWriter() {
    }

    /**
     * @param out     where to write (not closed)
     * @param edition the edition of the batch
     * @return a writer: {@link Writer#row} renders a result (on any thread), {@link Writer#accept} writes it
     */
    public static Writer writer(OutputStream out, Edition edition) {
        return new Writer(out, edition, false);
    }

    /**
     * @param out           where to write (not closed)
     * @param edition       the edition of the batch
     * @param byteOrderMark whether to begin with the UTF-8 byte order mark EF BB BF, for Microsoft Excel
     * @return a writer: {@link Writer#row} renders a result (on any thread), {@link Writer#accept} writes it
     */
    public static Writer writer(OutputStream out, Edition edition, boolean byteOrderMark) {
        return new Writer(out, edition, byteOrderMark);
    }

    /** The UTF-8 byte order mark. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Guards a cell of text from the input. A spreadsheet takes a cell for a formula when, after any
     * leading spaces (which some spreadsheets skip: the plain space, the no-break and ideographic
     * spaces, and invisible characters such as a zero-width space or a byte order mark), it begins with {@code =}, {@code +}, {@code -}
     * or {@code @}, their full-width forms {@code ＝ ＋ － ＠} (U+FF1D, U+FF0B, U+FF0D, U+FF20, which
     * some read as the ASCII ones), the minus sign U+2212, a tab or a carriage return; such a cell is written with a leading
     * apostrophe and otherwise unchanged. Any other cell, Thai text included, is written as it is.
     *
     * @param cell text from the input
     * @return the text, with a leading apostrophe when a spreadsheet would take it for a formula
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        int i = 0;
        while (i < cell.length() - 1 && blank(cell.charAt(i)) && !formulaStart(cell.charAt(i))) {
            i++;
        }
        return formulaStart(cell.charAt(i)) ? "'" + cell : cell;
    }

    /**
     * A character a spreadsheet may skip before a formula, or that shows as nothing: any space
     * (U+0020, U+00A0, U+3000…), white space or control character (LF, VT, FF, U+0085…), an invisible
     * format character (U+200B, U+FEFF…), a combining mark or variation selector (U+034F, U+FE0F…), or
     * a blank letter (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0 and the blank Braille pattern U+2800).
     */
    private static boolean blank(char c) {
        int type = Character.getType(c);
        return c == ' ' || Character.isSpaceChar(c) || Character.isWhitespace(c) || Character.isISOControl(c)
                || type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0' || c == '\u2800';
    }

    private static boolean formulaStart(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\u2212', '\t', '\r' -> true;
            default -> false;
        };
    }

    /**
     * The last columns: the total's interval at the options' level, the chance that it reaches the
     * pass mark, and whether the pass mark lies within the interval; empty when not estimated.
     */
    private static final List<String> UNCERTAINTY = List.of("total_low", "total_high", "chance_of_passing", "pass_in_doubt");

    /**
     * Each thread's generator of rows, writing into bytes taken and cleared after each row: one
     * generator for a thread's rows rather than one for each row.
     */
    private static final class RowGenerator {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        final CsvGenerator generator;

        RowGenerator() {
            try {
                generator = FACTORY.createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator.setSchema(ROW);
        }
    }

    private static final ThreadLocal<RowGenerator> ROWS = ThreadLocal.withInitial(RowGenerator::new);

    /** Renders and writes the rows of a batch. */
    public static final class Writer implements Consumer<byte[]> {
        private final OutputStream out;
        private final Edition edition;

        private Writer(OutputStream out, Edition edition, boolean byteOrderMark) {
            this.out = out;
            this.edition = edition;
            if (byteOrderMark) {
                accept(BOM);
            }
            List<String> header = new ArrayList<>(List.of("agency", "name", "total", "rating", "passed"));
            for (Tool t : edition.tools()) {
                header.add(neutralise(t.id()));
            }
            for (Tool t : edition.tools()) {
                for (Indicator i : t.indicators()) {
                    header.add(neutralise(i.id()));
                }
            }
            header.addAll(UNCERTAINTY);
            accept(bytes(header.toArray(String[]::new)));
        }

        /**
         * @param r an agency's result
         * @return its row as CSV bytes (thread-safe; the order of rows is the caller's)
         */
        public byte[] row(Result r) {
            return row(Overview.of(r));
        }

        /**
         * @param o an agency's overview ({@link io.github.ita.analysis.BatchScorer#overviews})
         * @return its row as CSV bytes, the same as {@link #row(Result)} of its result (thread-safe)
         */
        public byte[] row(Overview o) {
            List<String> cells = new ArrayList<>();
            cells.add(neutralise(o.agency().id()));
            cells.add(neutralise(o.agency().name()));
            cells.add(o.total().map(s -> s.shown().toPlainString()).orElse(""));
            cells.add(o.rating().map(Enum::name).orElse(""));
            cells.add(o.passed().map(String::valueOf).orElse(""));
            for (Optional<Score> t : o.tools()) {
                cells.add(t.map(Score::shown).map(java.math.BigDecimal::toPlainString).orElse(""));
            }
            for (Optional<Score> i : o.indicators()) {
                cells.add(i.map(Score::shown).map(java.math.BigDecimal::toPlainString).orElse(""));
            }
            Uncertainty u = o.uncertainty().filter(Uncertainty::isEstimated).orElse(null);
            cells.add(u == null ? "" : Numbers.points(u.low()).toPlainString());
            cells.add(u == null ? "" : Numbers.points(u.high()).toPlainString());
            cells.add(u == null ? "" : Numbers.chance(o.chanceAtLeastPassMark().getAsDouble()).toPlainString());
            cells.add(u == null ? "" : String.valueOf(o.passInDoubt()));
            return bytes(cells.toArray(String[]::new));
        }

        private static byte[] bytes(String[] cells) {
            RowGenerator r = ROWS.get();
            boolean written = false;
            try {
                r.generator.writeStartArray();
                for (String cell : cells) {
                    r.generator.writeString(cell);
                }
                r.generator.writeEndArray();
                r.generator.flush();
                written = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (!written) {
                    ROWS.remove();   // a row left half-written: the thread's next row starts a new generator
                }
            }
            byte[] row = r.out.toByteArray();
            r.out.reset();
            return row;
        }

        @Override
        public void accept(byte[] row) {
            try {
                out.write(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @return the edition */
        public Edition edition() {
            return edition;
        }
    }
}

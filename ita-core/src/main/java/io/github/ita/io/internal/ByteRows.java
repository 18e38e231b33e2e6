package io.github.ita.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast reader of CSV rows: scans the file's bytes directly, where Jackson's parser decodes
 * every character and makes a string of every cell. It finds where each row's cells are; a reader
 * that matches cells by their bytes ({@link CodedRows}) needs no strings, and the text of a cell,
 * where wanted, is made by {@link CellStrings}.
 *
 * <p>It reads what offices export: cells separated by commas, lines ended by LF or CRLF, cells
 * quoted with {@code "} (a quote inside doubled), an empty line as a row of one empty cell (as
 * Jackson gives it), and none for the empty lines that end a file (as {@link TextRows}
 * gives none). Anything else — a quote inside an unquoted cell, text after a closing quote,
 * a lone CR, a line beginning with whitespace, bytes that are not text in the charset, a cell or
 * row past the limits — makes it throw {@link Declined}, and the caller reads the file with
 * {@link TextRows} instead, which either reads it or names the problem. So wherever this
 * reader gives rows, they are the rows the reference reader gives (a differential test checks it).
 *
 * <p>Only for charsets that write the ASCII characters as the same single bytes ({@link #reads}).
 */
final class ByteRows extends CsvRows {

    /** The bytes hold something this reader leaves to the reference reader; not an error of the input. */
    static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined(String why) {
            super(why, null, false, false);
        }
    }

    /** The bytes that go on an unquoted cell: all but comma, LF, CR and quote. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        Arrays.fill(PLAIN, true);
        PLAIN[','] = false;
        PLAIN['\n'] = false;
        PLAIN['\r'] = false;
        PLAIN['"'] = false;
    }

    /** The longest row held: longer ones go to the reference reader. */
    private static final int MAX_BUFFER = 8 << 20;

    private final InputStream in;
    private final boolean skipBom;
    private byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    /** The line of the byte at {@link #pos}. */
    private int nextLine;

    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] doubled = new boolean[64];
    private int rowEnd;
    private int rowNewlines;

    private final CellStrings strings;
    private final ArrayList<String> cells = new ArrayList<>();

    /**
     * @param in         the bytes (closed with this reader)
     * @param file       the file's name, for messages
     * @param lineOffset added to the line numbers: the bytes are a later part of the file
     * @param charset    the file's charset, one that {@link #reads}
     * @param fileStart  whether the bytes begin at the file's start (where a UTF-8 byte-order mark is skipped)
     */
    ByteRows(InputStream in, String file, int lineOffset, Charset charset, boolean fileStart) {
        this(in, file, lineOffset, charset, fileStart, 1 << 18);
    }

    /** As the other constructor, with a first buffer of {@code bufferSize} bytes (grown for a longer row). */
    ByteRows(InputStream in, String file, int lineOffset, Charset charset, boolean fileStart, int bufferSize) {
        super(file);
        this.buf = new byte[Math.max(4, bufferSize)];
        if (!reads(charset)) {
            throw new IllegalArgumentException("not an ASCII-compatible charset: " + charset);
        }
        this.in = in;
        this.strings = new CellStrings(charset);
        this.skipBom = fileStart && charset.equals(StandardCharsets.UTF_8);
        this.nextLine = 1 + lineOffset;
    }

    /**
     * @param charset a charset
     * @return whether this reader reads files of that charset: UTF-8, or a charset of one byte a
     *         character that decodes the bytes 0–127 as ASCII (windows-874, TIS-620, ISO-8859-*)
     */
    static boolean reads(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
            return true;
        }
        try {
            if (charset.newEncoder().maxBytesPerChar() != 1.0f) {
                return false;
            }
            byte[] ascii = new byte[128];
            for (int i = 0; i < 128; i++) {
                ascii[i] = (byte) i;
            }
            CharBuffer decoded = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ascii));
            for (int i = 0; i < 128; i++) {
                if (decoded.get(i) != i) {
                    return false;
                }
            }
            return decoded.length() == 128;
        } catch (UnsupportedOperationException | CharacterCodingException e) {
            return false;
        }
    }

    @Override
    List<String> next() {
        return advance() ? cellsOfRow() : null;
    }

    /** @return the cells of the row found by {@link #advance} as text (a reused list, valid until the next call) */
    List<String> cellsOfRow() {
        cells.clear();
        for (int i = 0; i < count; i++) {
            cells.add(cell(i));
        }
        return cells;
    }

    /**
     * Finds the next row's cells without making strings of them: the fast path of a reader that
     * looks at the bytes itself ({@link #cells()}, {@link #start}, {@link #end}, {@link #plain}),
     * and takes {@link #cell} only where it needs the text. They stay valid until the next call.
     *
     * <p>Blank rows (an empty line, or one empty cell) at the end of the input are no rows: the
     * end of the input is where they begin, as spreadsheets save files. Blank rows with a row after
     * them are rows, as the reference reader gives them (and the caller names them).
     *
     * @return false at the end of the input
     */
    boolean advance() {
        if (heldBlanks > 0) {
            heldBlanks--;
            line++;
            blankRow();
            return true;
        }
        if (held != null) {
            restoreHeld();
            return true;
        }
        if (!row()) {
            return false;
        }
        if (!blank()) {
            return true;
        }
        int blankLine = line;
        int blanks = 1;
        while (row()) {
            if (!blank()) {
                // blank rows with a row after them: given one by one, then the row, which stays
                // in the buffer meanwhile (only a row's reading moves the bytes)
                holdRow();
                heldBlanks = blanks - 1;
                line = blankLine;
                blankRow();
                return true;
            }
            blanks++;
        }
        return false;
    }

    /** The row found, held while the blank rows before it are given. */
    private record Held(int line, int count, int[] starts, int[] ends, boolean[] doubled) {
    }

    private Held held;
    private int heldBlanks;

    private void holdRow() {
        held = new Held(line, count, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(doubled, count));
    }

    private void restoreHeld() {
        Held h = held;
        held = null;
        line = h.line();
        count = h.count();
        System.arraycopy(h.starts(), 0, starts, 0, count);
        System.arraycopy(h.ends(), 0, ends, 0, count);
        System.arraycopy(h.doubled(), 0, doubled, 0, count);
    }

    private void blankRow() {
        count = 1;
        starts[0] = 0;
        ends[0] = 0;
        doubled[0] = false;
    }

    /** @return whether the row found is blank: one empty cell */
    private boolean blank() {
        return count == 1 && starts[0] == ends[0];
    }

    /** Finds the next row, blank or not. @return false at the end of the input */
    private boolean row() {
        try {
            if (!started) {
                started = true;
                start();
            }
            while (true) {
                if (pos >= lim && !refill()) {
                    return false;
                }
                byte b = buf[pos];
                if (b == '\n' || b == '\r') {
                    // an empty line: a row of one empty cell, as the reference reader gives it
                    if (b == '\r') {
                        if (pos + 1 >= lim) {
                            refill();
                        }
                        if (pos + 1 >= lim) {
                            throw new Declined("a carriage return at the end of the file");
                        }
                        if (buf[pos + 1] != '\n') {
                            throw new Declined("a carriage return without a line feed");
                        }
                        pos++;
                    }
                    pos++;
                    line = nextLine++;
                    count = 1;
                    starts[0] = 0;
                    ends[0] = 0;
                    doubled[0] = false;
                    return true;
                }
                if ((b & 0xff) <= ' ') {
                    throw new Declined("a line beginning with whitespace or a control character");
                }
                if (scan()) {
                    break;
                }
                if (!refill()) {
                    // at the end of the input: scan again, knowing no more bytes come
                    if (!scan()) {
                        throw new IllegalStateException("a row was not complete at the end of the input");
                    }
                    break;
                }
            }
            line = nextLine;
            nextLine += rowNewlines;
            pos = rowEnd;
            return true;
        } catch (IOException e) {
            throw new Declined("cannot read: " + e.getMessage());
        }
    }

    /** @return the charset the bytes are decoded with */
    Charset charset() {
        return strings.charset();
    }

    /** @return the number of cells of the row found by {@link #advance} */
    int cells() {
        return count;
    }

    /** @return the bytes the row's cells are in, valid until the next {@link #advance} */
    byte[] bytes() {
        return buf;
    }

    /** @return where cell {@code i} begins in {@link #bytes()} (after an opening quote) */
    int start(int i) {
        return starts[i];
    }

    /** @return where cell {@code i} ends in {@link #bytes()} (before a closing quote) */
    int end(int i) {
        return ends[i];
    }

    /** @return whether cell {@code i}'s bytes are its text's bytes: no doubled quote inside */
    boolean plain(int i) {
        return !doubled[i];
    }

    private void start() throws IOException {
        if (skipBom) {
            while (lim < 3 && !eof) {
                readMore();
            }
            if (lim >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf) {
                pos = 3;
            }
        }
    }

    /** Keeps the bytes from {@link #pos} and reads more after them. @return false at the end of the input */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            if (buf.length >= MAX_BUFFER) {
                throw new Declined("a row of more than " + (MAX_BUFFER >> 20) + " MB");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        return readMore() || lim > pos;
    }

    private boolean readMore() throws IOException {
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    /**
     * Finds the cells of the row at {@link #pos}.
     *
     * @return false when the row runs past the bytes read and more may come
     */
    private boolean scan() {
        final byte[] b = buf;
        final int lim = this.lim;
        int p = pos;
        int n = 0;
        int newlines = 0;
        while (true) {
            // the arrays grow up to the limit, so a row past it finds them full here (see docs/engine-notes.md)
            if (n == starts.length) {
                if (n >= CsvRows.MAX_COLUMNS) {
                    throw new Declined("more than " + CsvRows.MAX_COLUMNS + " cells");
                }
                int grown = Math.min(n * 2, CsvRows.MAX_COLUMNS);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                doubled = Arrays.copyOf(doubled, grown);
            }
            int s;
            int e;
            boolean twice = false;
            if (p < lim && b[p] == '"') {
                s = ++p;
                while (true) {
                    if (p >= lim) {
                        if (eof) {
                            throw new Declined("a quoted cell not closed");
                        }
                        return false;
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !eof) {
                            return false;
                        }
                        if (p + 1 < lim && b[p + 1] == '"') {
                            twice = true;
                            p += 2;
                            continue;
                        }
                        e = p++;
                        break;
                    }
                    if (c == '\n') {
                        newlines++;
                    } else if (c == '\r') {
                        throw new Declined("a carriage return inside a quoted cell");
                    }
                    p++;
                }
                if (p >= lim && !eof) {
                    return false;
                }
                if (p < lim && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
                    throw new Declined("text after a closing quote");
                }
            } else {
                s = p;
                while (p < lim && PLAIN[b[p] & 0xff]) {
                    p++;
                }
                if (p >= lim) {
                    if (!eof) {
                        return false;
                    }
                } else if (b[p] == '"') {
                    throw new Declined("a quote inside an unquoted cell");
                }
                e = p;
            }
            if (e - s > CsvRows.MAX_CELL) {
                throw new Declined("a cell of more than " + CsvRows.MAX_CELL + " bytes");
            }
            starts[n] = s;
            ends[n] = e;
            doubled[n] = twice;
            n++;
            if (p >= lim) {
                break;
            }
            byte c = b[p];
            if (c == ',') {
                p++;
                continue;
            }
            if (c == '\n') {
                p++;
                newlines++;
                break;
            }
            if (p + 1 >= lim) {
                if (!eof) {
                    return false;
                }
                throw new Declined("a carriage return at the end of the file");
            }
            if (b[p + 1] != '\n') {
                throw new Declined("a carriage return without a line feed");
            }
            p += 2;
            newlines++;
            break;
        }
        count = n;
        rowEnd = p;
        rowNewlines = newlines;
        return true;
    }

    /** @return cell {@code i} of the row found by {@link #advance} as text */
    String cell(int i) {
        return strings.cell(i, buf, starts[i], ends[i], doubled[i]);
    }

    /**
     * @return cell {@code i} of the row found by {@link #advance} as a new text, for a column whose
     *         values seldom repeat (a respondent id): no lookup among the column's recent values
     */
    String newCell(int i) {
        return strings.decoded(buf, starts[i], ends[i], doubled[i]);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

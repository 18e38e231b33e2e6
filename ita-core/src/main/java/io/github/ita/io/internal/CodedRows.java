package io.github.ita.io.internal;

import io.github.ita.ItaException;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.AnswerOption;
import io.github.ita.internal.Ids;
import io.github.ita.scoring.Columns;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/** Counts rows of answers found by {@link ByteRows#advance}, matching their codes by bytes. */
final class CodedRows implements AgencyRuns {
    private final int width;
    private final Columns columns;
    private final BatchTally into;
    private final Directory known;
    /** Per column: the option of each one-byte code, or {@link #NOT_CODED}. */
    private final byte[][] single;
    /** Per column: the other codes of up to 8 bytes, packed ({@link #packed}), their lengths and their options. */
    private final long[][] keys;
    private final byte[][] keyLengths;
    private final byte[][] keyed;
    /** Per column: the codes of more than 8 bytes, and their options. */
    private final byte[][][] longCodes;
    private final byte[][] longKeyed;
    private final int[] chosen;
    private final String[] cells;
    /** The respondent id of the row being counted, as a view of its bytes (see {@link #respondent}). */
    private final AsciiCell respondentBytes = new AsciiCell();
    private final AgencyCell agencies = new AgencyCell();
    private String checked;

    /**
     * @param charset the file's charset: a code is matched by the bytes it is written with there,
     *                when writing it there and reading it back gives the code again
     */
    CodedRows(int width, Columns columns, BatchTally into, Directory known, Charset charset) {
        this.width = width;
        this.columns = columns;
        this.into = into;
        this.known = known;
        int n = columns.size();
        single = new byte[n][128];
        keys = new long[n][];
        keyLengths = new byte[n][];
        keyed = new byte[n][];
        longCodes = new byte[n][][];
        longKeyed = new byte[n][];
        for (int i = 0; i < n; i++) {
            Arrays.fill(single[i], NOT_CODED);
            List<AnswerOption> options = columns.options(i);
            long[] k = new long[options.size()];
            byte[] kl = new byte[options.size()];
            byte[] o = new byte[options.size()];
            byte[][] lk = new byte[options.size()][];
            byte[] lo = new byte[options.size()];
            int m = 0;
            int l = 0;
            for (int j = 0; j < options.size() && j < Byte.MAX_VALUE; j++) {
                String code = options.get(j).code();
                if (code.length() == 1 && code.charAt(0) > ' ' && code.charAt(0) < 127 && code.charAt(0) != '"') {
                    single[i][code.charAt(0)] = (byte) j;
                    continue;
                }
                byte[] bytes = code.getBytes(charset);
                if (code.isEmpty() || !new String(bytes, charset).equals(code)) {
                    continue;   // not written as itself in this charset: such a cell goes the text path
                }
                if (bytes.length <= 8) {
                    k[m] = packed(bytes, 0, bytes.length);
                    kl[m] = (byte) bytes.length;
                    o[m++] = (byte) j;
                } else {
                    lk[l] = bytes;
                    lo[l++] = (byte) j;
                }
            }
            keys[i] = Arrays.copyOf(k, m);
            keyLengths[i] = Arrays.copyOf(kl, m);
            keyed[i] = Arrays.copyOf(o, m);
            longCodes[i] = Arrays.copyOf(lk, l);
            longKeyed[i] = Arrays.copyOf(lo, l);
        }
        chosen = new int[n];
        cells = new String[n];
    }

    /** The rows of the agency of the last row {@link #first} counted, or null. */
    private BatchTally.Rows current;
    private boolean ended;

    /**
     * Counts the row at hand and the rows after it while they are rows of the agency of the last row that
     * {@link #first} counted, with every cell as the fast path takes it. The row path of a file: the calls
     * an agency's first row needs (its id as text, its checks, its tally found or made) are in {@link #first},
     * not here, so that the JIT compiles this loop small (see docs/engine-notes.md).
     *
     * @return the rows counted; the row at hand is then one for {@link #first}, unless {@link #ended}
     */
    @Override
    public int run(ByteRows csv) {
        BatchTally.Rows rows = current;
        int n = 0;
        if (rows == null) {
            return 0;
        }
        do {
            if (!agencies.same(csv) || !plain(csv)) {
                return n;   // another agency, or a row first() reads by the general path, which names what is wrong
            }
            add(rows, csv, idBytes(csv));
            n++;
        } while (csv.advance());
        ended = true;
        return n;
    }

    /**
     * @return whether the row at hand is one the fast path takes as it is: as many cells as the header, every answer
     *         a code of the tables (its option then in {@link #chosen}), and a respondent id of ASCII bytes that is
     *         its own text ({@link #ascii}), not empty
     */
    private boolean plain(ByteRows csv) {
        return csv.cells() == width && coded(csv) && asciiId(csv);
    }

    /**
     * @return whether the row's respondent cell is the id as compared, so that its bytes can stand for it: not empty,
     *         no quote doubled in it, and ASCII with no space or control character at either end, which
     *         {@link Ids#normal} keeps as it is
     */
    private boolean asciiId(ByteRows csv) {
        int s = csv.start(1);
        int e = csv.end(1);
        return e > s && csv.plain(1) && ascii(csv.bytes(), s, e);
    }

    /** @return the respondent id of a row {@link #asciiId} took, as a view of its bytes (no string made) */
    private CharSequence idBytes(ByteRows csv) {
        return respondentBytes.of(csv.bytes(), csv.start(1), csv.end(1));
    }

    /** Counts a row {@link #plain} took into its agency's rows, its respondent {@code id}. */
    private void add(BatchTally.Rows rows, ByteRows csv, CharSequence id) {
        try {
            rows.add(id, chosen, csv.line);
        } catch (ItaException ex) {
            throw AnswersReader.within(csv, ex);
        }
    }

    /** @return whether the bytes are an id as {@link Ids#normal} keeps it: printable ASCII, no space at either end */
    private static boolean ascii(byte[] b, int s, int e) {
        if (b[s] <= ' ' || b[e - 1] <= ' ') {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (b[k] < 0 || b[k] >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean ended() {
        return ended;
    }

    /**
     * Takes the agency of the row at hand for the rows after it, and counts the row: one the fast path takes
     * ({@link #plain}) after the checks of an agency's first row, with its agency's rows as {@link #run} counts;
     * any other by the general path ({@link #count}), which names what is wrong with it. An agency's first row is
     * read here, once an agency, and the general path only for odd rows: the JIT compiles this method once and
     * small, and leaves {@link #count} to the interpreter (see docs/engine-notes.md).
     */
    @Override
    public void first(ByteRows csv) {
        String agency = agencies.of(csv);
        if (plain(csv)) {
            CharSequence id = idBytes(csv);
            checked = AnswersReader.checkRow(csv, width, width, agency, id, known, checked);
            current = into.rows(agency, columns);
            add(current, csv, id);
        } else {
            count(csv, agency);
            current = into.rows(agency, columns);
        }
    }

    /** Counts a row by the general path: its checks, then its codes, or its cells as text. */
    private void count(ByteRows csv, String agency) {
        CharSequence respondent = csv.cells() > 1 ? respondent(csv) : "";
        checked = AnswersReader.checkRow(csv, csv.cells(), width, agency, respondent, known, checked);
        if (coded(csv)) {
            try {
                into.add(agency, columns, respondent, chosen, csv.line);
            } catch (ItaException e) {
                throw AnswersReader.within(csv, e);
            }
        } else {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = csv.cell(i + 2);
            }
            AnswersReader.add(csv, into, agency, columns, respondent.toString(), cells);
        }
    }

    /**
     * @return the respondent id of a row: a view of its bytes while they are the id as compared ({@link #asciiId}),
     *         so that no string is made of an id that is only hashed; else its text, normalised
     */
    private CharSequence respondent(ByteRows csv) {
        return asciiId(csv) ? idBytes(csv) : Ids.normal(csv.newCell(1));
    }

    /** @return whether every answer cell is a code of the tables, its option then in {@link #chosen} */
    boolean coded(ByteRows csv) {
        byte[] b = csv.bytes();
        for (int i = 0; i < chosen.length; i++) {
            int s = csv.start(i + 2);
            int len = csv.end(i + 2) - s;
            int o = NOT_CODED;
            if (len == 0) {
                o = -1;
            } else if (len == 1 && b[s] >= 0) {
                o = single[i][b[s]];
            } else if (csv.plain(i + 2)) {
                // one path for every code of up to 8 bytes (yes, civil, employee alike): a code met
                // only now and then must not be a branch of its own, which the JIT would compile as
                // never taken and leave at its first use
                o = len <= 8 ? shortCode(i, b, s, len) : longCode(i, b, s, len);
            }
            if (o == NOT_CODED) {
                return false;
            }
            chosen[i] = o;
        }
        return true;
    }

    private int shortCode(int column, byte[] b, int s, int len) {
        long key = packed(b, s, len);
        long[] k = keys[column];
        byte[] lengths = keyLengths[column];
        for (int j = 0; j < k.length; j++) {
            if (k[j] == key && lengths[j] == len) {
                return keyed[column][j];
            }
        }
        return NOT_CODED;
    }

    private int longCode(int column, byte[] b, int s, int len) {
        byte[][] codes = longCodes[column];
        for (int j = 0; j < codes.length; j++) {
            if (codes[j].length == len && Arrays.equals(b, s, s + len, codes[j], 0, len)) {
                return longKeyed[column][j];
            }
        }
        return NOT_CODED;
    }

    /** @return the options matched by the last {@link #coded} that returned true */
    int[] chosen() {
        return chosen;
    }

    /** In the fast path's tables: a cell whose bytes are no code known there, to be read as text. */
    private static final byte NOT_CODED = -2;

    /** @return the bytes of a cell of up to 8 bytes packed in a long, as a key (with the length, which it leaves out) */
    static long packed(byte[] b, int start, int len) {
        long key = 0;
        for (int k = start; k < start + len; k++) {
            key = key << 8 | (b[k] & 0xff);
        }
        return key;
    }
}

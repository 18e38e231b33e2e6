package io.github.ita.io.internal;

import io.github.ita.internal.Ids;
import java.util.Arrays;

/**
 * The agency id of the rows found by {@link ByteRows#advance}, normalised ({@link Ids#normal}). An
 * agency's rows come together, so a row whose agency cell has the bytes of the row before's is
 * that agency again: it is known by comparing bytes, and only a row of another agency makes a
 * string. The rows' hot path then calls no text decoding at all (see docs/engine-notes.md). Not
 * thread-safe.
 */
final class AgencyCell {

    private byte[] last = new byte[32];
    /** The length of {@link #last}, or -1 when no row's cell is kept (none yet, or a quote doubled in it). */
    private int lastLength = -1;
    private String id;

    /**
     * @param csv a reader on a row
     * @return the normalised agency id of its first cell
     */
    String of(ByteRows csv) {
        return same(csv) ? id : another(csv, csv.start(0), csv.end(0) - csv.start(0));
    }

    /**
     * @param csv a reader on a row
     * @return whether the row's agency is the one {@link #of} gave last, known by the cell's bytes
     */
    boolean same(ByteRows csv) {
        int s = csv.start(0);
        int n = csv.end(0) - s;
        return n == lastLength && Arrays.equals(csv.bytes(), s, s + n, last, 0, n) && csv.plain(0);
    }

    /** The row is of another agency than the row before (or its cell is written otherwise): its text, normalised. */
    private String another(ByteRows csv, int s, int n) {
        String normal = Ids.normal(csv.cell(0));
        if (csv.plain(0)) {
            if (n > last.length) {
                last = new byte[Math.max(n, 2 * last.length)];
            }
            System.arraycopy(csv.bytes(), s, last, 0, n);
            lastLength = n;
        } else {
            lastLength = -1;   // its bytes are not its text: never the same by bytes
        }
        id = normal.equals(id) ? id : normal;   // the same agency written otherwise stays the same string
        return id;
    }
}

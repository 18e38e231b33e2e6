package io.github.ita.io.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of cells found by {@link ByteRows}: a one-character ASCII cell (nearly every answer) is
 * a shared constant string, a cell equal to the one above it (the agency, the item) is the same
 * string again, and only the rest is decoded, with the charset's decoder set to report bad bytes
 * ({@link ByteRows.Declined}: the reference reader then reads the file and names them).
 */
final class CellStrings {

    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf((char) c).intern();
        }
    }

    private final CharsetDecoder decoder;
    private Column[] columns = new Column[64];

    CellStrings(Charset charset) {
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** @return the charset the bytes are decoded with */
    Charset charset() {
        return decoder.charset();
    }

    /**
     * @param i       the cell's column
     * @param b       the bytes the cell is in
     * @param s       where it begins (after an opening quote)
     * @param e       where it ends (before a closing quote)
     * @param doubled whether a quote inside it is doubled
     * @return the cell's text
     */
    String cell(int i, byte[] b, int s, int e, boolean doubled) {
        int len = e - s;
        if (len == 0) {
            return "";
        }
        if (len == 1 && b[s] >= 0) {
            return ASCII[b[s]];
        }
        if (i >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(i + 1, columns.length * 2));
        }
        Column c = columns[i];
        if (c == null) {
            c = columns[i] = new Column();
        }
        if (len <= 7 && !doubled) {
            long key = len;
            for (int k = s; k < e; k++) {
                key = key << 8 | (b[k] & 0xff);
            }
            String v = c.find(key);
            if (v == null) {
                v = c.keep(key, decode(b, s, len));
            }
            return v;
        }
        boolean keep = c.repeats();
        if (keep && c.lastBytes != null && c.lastBytes.length == len && Arrays.equals(b, s, e, c.lastBytes, 0, len)) {
            c.longHits++;
            return c.lastString;
        }
        String v = decoded(b, s, e, doubled);
        if (keep) {
            c.longMisses++;
            c.lastBytes = Arrays.copyOfRange(b, s, e);
            c.lastString = v;
        }
        return v;
    }

    /**
     * The strings of a column's recent cells, so that a value seen before is not decoded again: the
     * cell above (an agency's rows come together), and for short cells (an answer such as
     * {@code yes}, an OIT item id, an agency id) the values met first, up to {@link #FEW}, by their
     * bytes packed in a long with their length. A column of ever new values (respondent ids, URLs)
     * stops filling the few, and stops keeping the cell above, after many misses.
     */
    private static final class Column {
        /** Enough for a checklist's items (43 in ita-2568), which follow one another in every agency's rows. */
        private static final int FEW = 64;
        private final long[] keys = new long[FEW];
        private final String[] values = new String[FEW];
        private int size;
        private int misses;
        private long lastKey;
        private String last;
        byte[] lastBytes;
        String lastString;
        /** How often a long cell was, and was not, the one above: a column of ever new values (URLs, long ids) stops keeping a copy. */
        long longHits;
        long longMisses;

        boolean repeats() {
            return longMisses < 1024 || longHits * 8 > longMisses;
        }

        String find(long key) {
            if (key == lastKey && last != null) {
                return last;
            }
            for (int k = 0; k < size; k++) {
                if (keys[k] == key) {
                    lastKey = key;
                    last = values[k];
                    return last;
                }
            }
            return null;
        }

        /** @return the value kept (interned when among the few) */
        String keep(long key, String value) {
            lastKey = key;
            last = value;
            if (size < FEW && misses <= 1024) {
                keys[size] = key;
                last = value.intern();   // an answer code: matched by identity with the edition's interned codes
                values[size++] = last;
            } else if (++misses > 1024) {
                size = 0;   // ever new values: only the last is kept from now on
            }
            return last;
        }
    }

    /**
     * @return the text of a cell, decoded, with no lookup among recent values (see {@link ByteRows#newCell})
     */
    String decoded(byte[] b, int s, int e, boolean doubled) {
        if (e == s) {
            return "";
        }
        String v = decode(b, s, e - s);
        return doubled ? v.replace("\"\"", "\"") : v;
    }

    private String decode(byte[] b, int s, int len) {
        for (int k = s, e = s + len; k < e; k++) {
            if (b[k] < 0) {
                try {
                    return decoder.reset().decode(ByteBuffer.wrap(b, s, len)).toString();
                } catch (CharacterCodingException x) {
                    throw new ByteRows.Declined("bytes that are not text in the charset");
                }
            }
        }
        return new String(b, s, len, StandardCharsets.ISO_8859_1);
    }
}

package io.github.ita.analysis;

/**
 * The respondent ids seen for one agency's tool, kept as 64-bit hashes in an open-addressing table
 * (11 to 21 bytes an id instead of about 80 for a set of strings), so that a national batch of over
 * a million respondents checks uniqueness in a few megabytes. Two different ids are taken for the
 * same only if their 64-bit FNV-1a hashes collide: about one chance in 10^11 over a national batch.
 */
final class RespondentIds {

    private static final long EMPTY = 0L;
    private long[] table = new long[16];
    private int size;

    /** @return whether the hash of an id is already here */
    boolean contains(long h) {
        if (h == EMPTY) {
            h = 1;
        }
        int mask = table.length - 1;
        int i = (int) (mix(h) & mask);
        while (table[i] != EMPTY) {
            if (table[i] == h) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    boolean addHash(long h) {
        if (h == EMPTY) {
            h = 1;
        }
        if ((size + 1) * 4 > table.length * 3) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) (mix(h) & mask);
        while (table[i] != EMPTY) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        size++;
        return true;
    }

    /** @return the number of ids added from {@code other} that were already here (0 when disjoint) */
    int addAll(RespondentIds other) {
        int clashes = 0;
        for (long h : other.table) {
            if (h != EMPTY && !addHash(h)) {
                clashes++;
            }
        }
        return clashes;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != EMPTY) {
                addHash(h);
            }
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

}

package io.github.ita.analysis.internal;

import io.github.ita.response.OitAnswer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One agency's OIT answers, packed: a byte of state per item and the ASCII of its URL and note in one
 * byte array, so that a national batch keeps three arrays per agency rather than a third of a million
 * small objects (an answer, its URL string and that string's bytes) for the collector to trace and copy.
 * An answer with any other character, or with assessed components, is kept as it is. What
 * {@link #get} gives back equals what {@link #put} was given. Not thread-safe.
 */
public final class OitSheet {

    /** The item is not answered. */
    private static final byte NONE = 0;
    /** Answered, with neither URL nor note. */
    private static final byte BARE = 1;
    /** Answered, URL and note packed in {@link #text} from {@link #at}. */
    private static final byte PACKED = 2;
    /** Answered and kept whole in {@link #whole}. */
    private static final byte WHOLE = 3;
    /** Added to the state when the item is published. */
    private static final byte PUBLISHED = 4;

    private static final byte[] NO_TEXT = new byte[0];
    private static final OitAnswer NOT_PUBLISHED = OitAnswer.notPublished();
    private static final OitAnswer PUBLISHED_BARE = OitAnswer.published(null);

    private final byte[] state;
    private int[] at;
    private byte[] text = NO_TEXT;
    private int used;
    private OitAnswer[] whole;

    public OitSheet(int items) {
        this.state = new byte[items];
    }

    /** @return whether item {@code i} is answered */
    public boolean has(int i) {
        return state[i] != NONE;
    }

    /** Records the answer to item {@code i}, which must not be answered yet. */
    public void put(int i, OitAnswer a) {
        assert state[i] == NONE;
        byte published = a.published() ? PUBLISHED : 0;
        if (a.components() == null && a.url() == null && a.note() == null) {
            state[i] = (byte) (BARE | published);
            return;
        }
        if (a.components() == null) {
            int start = used;
            if (write(a.url()) && write(a.note())) {
                if (at == null) {
                    at = new int[state.length];
                }
                at[i] = start;
                state[i] = (byte) (PACKED | published);
                return;
            }
            used = start;   // a character beyond ASCII: what was written is given up
        }
        if (whole == null) {
            whole = new OitAnswer[state.length];
        }
        whole[i] = a;
        state[i] = WHOLE;
    }

    /** @return the answer to item {@code i}, or null */
    public OitAnswer get(int i) {
        int s = state[i];
        boolean published = (s & PUBLISHED) != 0;
        switch (s & ~PUBLISHED) {
            case BARE:
                return published ? PUBLISHED_BARE : NOT_PUBLISHED;
            case PACKED: {
                int p = at[i];
                int urlLength = length(p);
                p += 2;
                String url = read(p, urlLength);
                p += Math.max(urlLength, 0);
                int noteLength = length(p);
                return new OitAnswer(published, url, read(p + 2, noteLength), null);
            }
            case WHOLE:
                return whole[i];
            default:
                return null;
        }
    }

    /**
     * Writes a string of ASCII as its length plus one in two bytes (0 for null), then its bytes, in
     * one pass that checks and copies each character.
     *
     * @return false, with {@link #used} to be set back, when the string has a character beyond ASCII
     *         or is too long for two bytes of length
     */
    private boolean write(String s) {
        int n = s == null ? 0 : s.length();
        if (n > Character.MAX_VALUE - 1) {
            return false;
        }
        if (used + 2 + n > text.length) {
            // room at first for 32 bytes an item (a URL of an agency's site, most often), then half as much again
            int first = Math.max(64, state.length * 32);
            text = Arrays.copyOf(text, Math.max(used + 2 + n, text.length == 0 ? first : text.length + (text.length >> 1)));
        }
        int code = s == null ? 0 : n + 1;
        byte[] t = text;
        int u = used;
        t[u++] = (byte) (code >>> 8);
        t[u++] = (byte) code;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c >= 0x80) {
                return false;
            }
            t[u++] = (byte) c;
        }
        used = u;
        return true;
    }

    /** @return the length written at {@code p}, or -1 for null */
    private int length(int p) {
        return (((text[p] & 0xFF) << 8) | (text[p + 1] & 0xFF)) - 1;
    }

    private String read(int p, int length) {
        return length < 0 ? null : new String(text, p, length, StandardCharsets.ISO_8859_1);
    }
}

package io.github.ita.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A cell of ASCII bytes read as text where it lies, with no string made of it: valid until the
 * reader moves to another row, so only for a use that does not keep it (a respondent id that is
 * hashed). {@link #toString} makes the string, for a message that names it. Not thread-safe.
 */
final class AsciiCell implements CharSequence {

    private byte[] bytes;
    private int start;
    private int length;

    /**
     * @param b the bytes, each below 0x80
     * @param s where the cell begins
     * @param e where it ends
     * @return this view, now of those bytes
     */
    AsciiCell of(byte[] b, int s, int e) {
        bytes = b;
        start = s;
        length = e - s;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        Objects.checkIndex(index, length);
        return (char) bytes[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    @Override
    public String toString() {
        return new String(bytes, start, length, StandardCharsets.US_ASCII);
    }
}

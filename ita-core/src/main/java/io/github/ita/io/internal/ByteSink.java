package io.github.ita.io.internal;

import com.fasterxml.jackson.core.io.SerializedString;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Compact JSON into a byte array, as Jackson's UTF-8 generator writes it with its default
 * features: no spaces; in strings {@code "} and {@code \} escaped with a backslash, the
 * control characters below U+0020 as {@code \b \t \n \f \r} or a backslash, {@code u} and four hex digits, and
 * each UTF-16 surrogate (of an emoji, say, or a lone one) escaped on its own as the
 * generator does, and everything else as UTF-8. Not thread-safe; meant for one result at a time.
 */
public final class ByteSink implements JsonSink {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    /** For each ASCII character: 0 written as is, else the letter after the backslash (u for the four hex digits form). */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
    }

    private byte[] buf;
    private int len;
    /** Writes one field of {@link #numbers}: made once per sink, not once per object written. */
    private final java.util.function.BiConsumer<String, Long> numberField = (code, count) -> {
        field(code);
        number(count);
    };
    /** Whether the next value or field follows another in its object or array, and so a comma. */
    private boolean comma;

    /** @param capacity the bytes first held (the buffer grows as needed) */
    public ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Empties the sink, keeping its room, for another document. */
    public void reset() {
        len = 0;
        comma = false;
    }

    /** @return the bytes it can hold before it grows */
    public int capacity() {
        return buf.length;
    }

    /** @return the bytes written */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void room(int n) {
        if (len + n > buf.length) {
            grow(len + n);
        }
    }

    /**
     * Makes the room, in a method of its own: the buffer is reused, so this runs a few dozen times in a
     * batch, and C2 inlines no method run fewer than 250 times; the test above, inlined into every write,
     * stays small (see docs/engine-notes.md).
     */
    private void grow(int needed) {
        buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
    }

    private void put(byte b) {
        room(1);
        buf[len++] = b;
    }

    private void put(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    /** Before a value: a comma when it follows another. */
    private void value() {
        if (comma) {
            put((byte) ',');
        }
        comma = true;
    }

    @Override
    public void startObject() {
        value();
        put((byte) '{');
        comma = false;
    }

    @Override
    public void endObject() {
        put((byte) '}');
        comma = true;
    }

    @Override
    public void startArray() {
        value();
        put((byte) '[');
        comma = false;
    }

    @Override
    public void endArray() {
        put((byte) ']');
        comma = true;
    }

    @Override
    public void field(SerializedString name) {
        if (comma) {
            put((byte) ',');
        }
        put((byte) '"');
        put(name.asQuotedUTF8());
        put((byte) '"');
        put((byte) ':');
        comma = false;
    }

    @Override
    public void field(String name) {
        if (comma) {
            put((byte) ',');
        }
        quoted(name);
        put((byte) ':');
        comma = false;
    }

    @Override
    public void string(String value) {
        value();
        quoted(value);
    }

    @Override
    public void number(long value) {
        value();
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                ascii(Long.toString(value));
                return;
            }
            put((byte) '-');
            value = -value;
        }
        int digits = digits(value);
        room(digits);
        for (int i = len + digits - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        len += digits;
    }

    @Override
    public void number(String plain) {
        value();
        ascii(plain);
    }

    /**
     * As the generic one, with the digits written straight from the unscaled value: no string is
     * made, nor a BigInteger (the unscaled value of a decimal of up to 18 digits is read as the long
     * of the same digits at scale 0).
     */
    @Override
    public void number(BigDecimal value) {
        int scale = value.scale();
        if (scale >= 0 && scale < 19) {
            if (value.precision() < 19) {
                value();
                long u = io.github.ita.internal.Numbers.unscaled(value);
                if (u < 0) {
                    put((byte) '-');
                    u = -u;
                }
                int digits = Math.max(digits(u), scale + 1);   // 5 at scale 2 is 0.05
                int point = scale == 0 ? 0 : 1;
                room(digits + point);
                int i = len + digits + point - 1;
                for (int k = 0; k < digits; k++) {
                    if (k == scale && point == 1) {
                        buf[i--] = '.';
                    }
                    buf[i--] = (byte) ('0' + u % 10);
                    u /= 10;
                }
                len += digits + point;
                return;
            }
        }
        number(value.toPlainString());
    }

    private static int digits(long u) {
        int digits = 1;
        for (long v = u; v >= 10; v /= 10) {
            digits++;
        }
        return digits;
    }

    /** As the generic one, through {@link Map#forEach}: a distribution then makes no entry objects. */
    @Override
    public void numbers(Map<String, Long> fields) {
        startObject();
        fields.forEach(numberField);
        endObject();
    }

    @Override
    public void bool(boolean value) {
        value();
        put(value ? TRUE : FALSE);
    }

    @Override
    public void nul() {
        value();
        put(NULL);
    }

    /** Text known to be ASCII with nothing to escape (a number). */
    private void ascii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void quoted(String s) {
        int n = s.length();
        room(n + 2);
        buf[len++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte e = ESCAPE[c];
                if (e == 0) {
                    room(1);
                    buf[len++] = (byte) c;
                } else if (e == 'u') {
                    room(6);
                    buf[len++] = '\\';
                    buf[len++] = 'u';
                    buf[len++] = '0';
                    buf[len++] = '0';
                    buf[len++] = HEX[c >> 4];
                    buf[len++] = HEX[c & 0xf];
                } else {
                    room(2);
                    buf[len++] = '\\';
                    buf[len++] = e;
                }
            } else if (c < 0x800) {
                room(2);
                buf[len++] = (byte) (0xc0 | c >> 6);
                buf[len++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                room(3);
                buf[len++] = (byte) (0xe0 | c >> 12);
                buf[len++] = (byte) (0x80 | c >> 6 & 0x3f);
                buf[len++] = (byte) (0x80 | c & 0x3f);
            } else {
                // as the generator does (jackson-core 2.18): each surrogate escaped on its own, paired or not
                room(6);
                buf[len++] = '\\';
                buf[len++] = 'u';
                buf[len++] = HEX[c >> 12];
                buf[len++] = HEX[c >> 8 & 0xf];
                buf[len++] = HEX[c >> 4 & 0xf];
                buf[len++] = HEX[c & 0xf];
            }
        }
        room(1);
        buf[len++] = '"';
    }
}

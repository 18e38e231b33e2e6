package io.github.ita.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Where {@link ResultJson} writes a result: Jackson's generator ({@link Generator}), the
 * reference, for documents and pretty output; or {@link Bytes}, a plain buffer for the compact
 * JSON of a batch's agencies, which writes the same bytes as Jackson's compact generator with a
 * fraction of its work (a differential test checks it). A batch writes millions of fields, and
 * the generator's state checks and its large methods were most of a batch's writing time.
 */
abstract class JsonSink {

    abstract void startObject() throws IOException;

    abstract void endObject() throws IOException;

    abstract void startArray() throws IOException;

    abstract void endArray() throws IOException;

    /** A field name encoded once. */
    abstract void field(SerializedString name) throws IOException;

    abstract void field(String name) throws IOException;

    abstract void string(String value) throws IOException;

    abstract void number(long value) throws IOException;

    /** A number given as its plain decimal text, e.g. {@code 83.67}. */
    abstract void number(String plain) throws IOException;

    /** A decimal number, written as {@link BigDecimal#toPlainString()} writes it. */
    void number(BigDecimal value) throws IOException {
        number(value.toPlainString());
    }

    abstract void bool(boolean value) throws IOException;

    abstract void nul() throws IOException;

    final void stringField(String name, String value) throws IOException {
        field(name);
        string(value);
    }

    final void numberField(String name, long value) throws IOException {
        field(name);
        number(value);
    }

    final void nullField(String name) throws IOException {
        field(name);
        nul();
    }

    final void booleanField(String name, boolean value) throws IOException {
        field(name);
        bool(value);
    }

    /** Writes an object of numbers: an answer distribution, code → count. */
    void numbers(Map<String, Long> fields) throws IOException {
        startObject();
        for (Map.Entry<String, Long> e : fields.entrySet()) {
            numberField(e.getKey(), e.getValue());
        }
        endObject();
    }

    final void objectFieldStart(String name) throws IOException {
        field(name);
        startObject();
    }

    /** Writes through Jackson's generator. */
    static final class Generator extends JsonSink {
        private final JsonGenerator g;

        Generator(JsonGenerator g) {
            this.g = g;
        }

        @Override
        void startObject() throws IOException {
            g.writeStartObject();
        }

        @Override
        void endObject() throws IOException {
            g.writeEndObject();
        }

        @Override
        void startArray() throws IOException {
            g.writeStartArray();
        }

        @Override
        void endArray() throws IOException {
            g.writeEndArray();
        }

        @Override
        void field(SerializedString name) throws IOException {
            g.writeFieldName(name);
        }

        @Override
        void field(String name) throws IOException {
            g.writeFieldName(name);
        }

        @Override
        void string(String value) throws IOException {
            g.writeString(value);
        }

        @Override
        void number(long value) throws IOException {
            g.writeNumber(value);
        }

        @Override
        void number(String plain) throws IOException {
            g.writeNumber(plain);
        }

        @Override
        void bool(boolean value) throws IOException {
            g.writeBoolean(value);
        }

        @Override
        void nul() throws IOException {
            g.writeNull();
        }
    }

    /**
     * Compact JSON into a byte array, as Jackson's UTF-8 generator writes it with its default
     * features: no spaces; in strings {@code "} and {@code \} escaped with a backslash, the
     * control characters below U+0020 as {@code \b \t \n \f \r} or a backslash, {@code u} and four hex digits, and
     * each UTF-16 surrogate (of an emoji, say, or a lone one) escaped on its own as the
     * generator does, and everything else as UTF-8. Not thread-safe; meant for one result at a time.
     */
    static final class Bytes extends JsonSink {

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
        /** Whether the next value or field follows another in its object or array, and so a comma. */
        private boolean comma;

        Bytes(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        /** @return the bytes written */
        byte[] toByteArray() {
            return Arrays.copyOf(buf, len);
        }

        private void room(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
            }
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
        void startObject() {
            value();
            put((byte) '{');
            comma = false;
        }

        @Override
        void endObject() {
            put((byte) '}');
            comma = true;
        }

        @Override
        void startArray() {
            value();
            put((byte) '[');
            comma = false;
        }

        @Override
        void endArray() {
            put((byte) ']');
            comma = true;
        }

        @Override
        void field(SerializedString name) {
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
        void field(String name) {
            if (comma) {
                put((byte) ',');
            }
            quoted(name);
            put((byte) ':');
            comma = false;
        }

        @Override
        void string(String value) {
            value();
            quoted(value);
        }

        @Override
        void number(long value) {
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
        void number(String plain) {
            value();
            ascii(plain);
        }

        /**
         * As the generic one, with the digits written straight from the unscaled value: no string is
         * made, nor a BigInteger (the unscaled value of a decimal of up to 18 digits is read as the long
         * of the same digits at scale 0).
         */
        @Override
        void number(BigDecimal value) {
            int scale = value.scale();
            if (scale >= 0 && scale < 19) {
                if (value.precision() < 19) {
                    value();
                    long u = (scale == 0 ? value : value.scaleByPowerOfTen(scale)).longValue();
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
        void numbers(Map<String, Long> fields) {
            startObject();
            fields.forEach((code, count) -> {
                field(code);
                number(count);
            });
            endObject();
        }

        @Override
        void bool(boolean value) {
            value();
            put(value ? TRUE : FALSE);
        }

        @Override
        void nul() {
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
}

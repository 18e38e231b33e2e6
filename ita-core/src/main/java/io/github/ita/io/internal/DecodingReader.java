package io.github.ita.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as text, refusing bytes that are not text in the charset with the line they are
 * on. A parser reads its text ahead in blocks, so where it stands when the decoder fails is lines
 * before the bad bytes; this reader counts the line ends of the text it decodes (LF, CRLF or a lone
 * CR, one each, as Jackson's parser counts them) up to the bad bytes themselves.
 */
final class DecodingReader extends Reader {

    /** Bytes that are not text in the charset, on a line (1 for the first line of the bytes read). */
    static final class BadBytes extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int line;

        BadBytes(int line) {
            this.line = line;
        }

        @Override
        public String getMessage() {
            return "bytes that are not text in the charset, line " + line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final byte[] raw = new byte[1 << 16];
    private final ByteBuffer bytes = ByteBuffer.wrap(raw);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed;
    private int lineEnds;
    private boolean afterCr;

    /**
     * @param in      the bytes (closed with this reader)
     * @param charset their charset
     */
    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.limit(0);
        chars.limit(0);
    }

    /**
     * Opens the bytes at a file's start: a UTF-8 byte-order mark is skipped.
     *
     * @param raw     the bytes
     * @param charset their charset
     * @return the text
     * @throws IOException when the bytes cannot be read
     */
    static Reader atFileStart(InputStream raw, Charset charset) throws IOException {
        PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(raw, 1 << 16), 3);
        if (charset.equals(StandardCharsets.UTF_8)) {
            byte[] bom = new byte[3];
            int n = in.readNBytes(bom, 0, 3);
            if (!(n == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
                in.unread(bom, 0, n);
            }
        }
        return new DecodingReader(in, charset);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        while (true) {
            if (!eof) {
                bytes.compact();
                int n = in.read(raw, bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                count(chars.position());
                throw new BadBytes(1 + lineEnds);
            }
            if (eof && r.isUnderflow()) {
                decoder.flush(chars);
                flushed = true;
            }
            if (chars.position() > 0 || flushed) {
                break;
            }
        }
        count(chars.position());
        chars.flip();
    }

    /** Counts the line ends among the first {@code n} characters decoded into {@link #chars}. */
    private void count(int n) {
        char[] a = chars.array();
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c == '\n') {
                if (!afterCr) {
                    lineEnds++;
                }
                afterCr = false;
            } else if (c == '\r') {
                lineEnds++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package io.github.ita.io.internal;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A byte range of a CSV file read on its own ({@link FileSplitter}): the first part is the file's
 * start; a later part is given the file's header line again, and its line numbers are shifted to
 * the file's.
 *
 * @param start      the first byte
 * @param end        the byte after the last, or -1 for the file's end
 * @param header     the header line given before a later part's bytes, or null
 * @param lineOffset what is added to the part's line numbers
 */
record FilePart(long start, long end, byte[] header, int lineOffset) {

    /** A whole file, as one part. */
    static final FilePart WHOLE = new FilePart(0, -1, null, 0);

    /** @return the part's bytes: the header line again for a later part, then its range of the file */
    InputStream bytes(Path file) throws IOException {
        if (isWhole()) {
            try {
                return Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw new MalformedInputException(Location.file(file.toString()), "no such file");
            }
        }
        FileChannel ch = FileChannel.open(file);
        ch.position(start);
        InputStream body = new Bounded(Channels.newInputStream(ch), end - start);
        return header == null ? body : new SequenceInputStream(new ByteArrayInputStream(header), body);
    }

    /** @return the part's text, decoded (a UTF-8 byte-order mark skipped at the file's start) */
    Reader open(Path file, Charset charset) throws IOException {
        return text(bytes(file), charset);
    }

    /** @return the part's bytes {@code in}, decoded */
    Reader text(InputStream in, Charset charset) throws IOException {
        return start == 0 ? DecodingReader.atFileStart(in, charset) : new DecodingReader(in, charset);
    }

    /** @return whether the part is the whole file */
    boolean isWhole() {
        return start == 0 && header == null && end < 0;
    }

    /** @return the number of bytes of the file the part covers */
    long size(Path file) throws IOException {
        return isWhole() ? Files.size(file) : end - start;
    }

    /** Reads at most a number of bytes of a stream. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

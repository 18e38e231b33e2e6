package io.github.ita.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cuts a large answers file into parts that two threads read side by side. */
final class FileSplitter {

    /** Files smaller than this are read whole. */
    static final long SPLIT_BELOW = 4 << 20;

    private FileSplitter() {
    }

    /**
     * Cuts a file into parts of about equal size at line ends outside quoted cells (an even number of
     * quotes before them), so that each part parses on its own. A file is left whole when it is small,
     * when one part is asked for, or when its charset does not write newline and quote as the ASCII
     * bytes (so a byte could be mistaken for them), or when it has carriage returns without a newline,
     * or a quote inside an unquoted cell (which the parser reads as text: the count of quotes would
     * no longer tell the line ends inside quoted cells, and a part could end inside one).
     */
    static List<FilePart> parts(Path file, Charset charset, int wanted, long splitBelow) throws IOException {
        long size = Files.size(file);
        if (wanted < 2 || size < splitBelow || !asciiCompatible(charset)) {
            return List.of(FilePart.WHOLE);
        }
        List<FilePart> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 20];
            byte[] header = null;
            long base = 0;
            long quotes = 0;
            int newlines = 0;
            long start = 0;
            int startNewlines = 0;
            boolean cr = false;
            long target = size / wanted;
            long textStart = -1;
            byte last = '\n';
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                if (cr && buf[0] != '\n') {
                    return List.of(FilePart.WHOLE);
                }
                if (textStart < 0) {
                    textStart = n >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf ? 3 : 0;
                }
                cr = false;
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if ((b & 0xff) > '"') {
                        continue;   // neither quote nor line end: most bytes
                    }
                    if (b == '"') {
                        // outside a quoted cell, a quote opens one only at a cell's start; one inside an
                        // unquoted cell is text to the parser, and would turn the count of quotes from
                        // telling whether a line end is inside a quoted cell: such a file is read whole
                        if ((quotes & 1) == 0 && base + i != textStart) {
                            byte before = i > 0 ? buf[i - 1] : last;
                            if (before != ',' && before != '\n' && before != '"') {
                                return List.of(FilePart.WHOLE);
                            }
                        }
                        quotes++;
                    } else if (b == '\r') {
                        if (i + 1 == n) {
                            cr = true;
                        } else if (buf[i + 1] != '\n') {
                            return List.of(FilePart.WHOLE);   // a lone carriage return ends a line for the parser, not here
                        }
                    } else if (b == '\n') {
                        newlines++;
                        if ((quotes & 1) == 0) {
                            long pos = base + i + 1;
                            if (header == null) {
                                if (base > 0) {
                                    return List.of(FilePart.WHOLE);   // a header longer than the buffer: not worth splitting
                                }
                                boolean bom = n >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf;
                                header = Arrays.copyOfRange(buf, bom ? 3 : 0, i + 1);
                            }
                            if (pos >= target && pos < size) {
                                out.add(new FilePart(start, pos, start == 0 ? null : header, start == 0 ? 0 : startNewlines - 1));
                                start = pos;
                                startNewlines = newlines;
                                if (out.size() == wanted - 1) {
                                    out.add(new FilePart(start, size, header, startNewlines - 1));
                                    return out;
                                }
                                target = pos + (size - pos) / (wanted - out.size());
                            }
                        }
                    }
                }
                base += n;
                last = buf[n - 1];
            }
        }
        return List.of(FilePart.WHOLE);
    }

    private static boolean asciiCompatible(Charset charset) {
        try {
            return Arrays.equals("\n\"\r,".getBytes(charset), new byte[] {'\n', '"', '\r', ','})
                    && (charset.equals(StandardCharsets.UTF_8) || charset.newEncoder().maxBytesPerChar() == 1.0f);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}

package io.github.ita.io.internal;

import io.github.ita.ItaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one part of a file: with {@link ByteRows} where the charset allows it, and with the
 * reference reader, {@link TextRows}, when the fast one declines the bytes or finds a problem — so
 * the reference reader either reads what the fast one would not, or names the problem exactly.
 * The SHA-256 of a whole file is taken of the bytes as they are read, by the reading that succeeds.
 */
final class FileReading {

    private FileReading() {
    }

    /**
     * @param file    the file
     * @param part    the part of it read
     * @param charset its charset
     * @param bytes   whether to try the byte scanner first
     * @param digests receives the file → its SHA-256 when the part is the whole file; or {@code null}
     * @param reading what is made of the rows
     * @param <T>     what the reading gives
     * @return what the reading gave
     */
    static <T> T read(Path file, FilePart part, Charset charset, boolean bytes, Map<Path, String> digests,
                      Function<CsvRows, T> reading) {
        boolean hash = digests != null && part.isWhole();
        if (file.getFileName().toString().endsWith(".xlsx")) {
            return workbook(file, digests, reading);
        }
        if (bytes) {
            MessageDigest sha = hash ? newSha256() : null;
            try (CsvRows csv = new ByteRows(digesting(part.bytes(file), sha), file.toString(), part.lineOffset(), charset,
                    part.start() == 0)) {
                T read = reading.apply(csv);
                if (hash) {
                    digests.put(file, HexFormat.of().formatHex(sha.digest()));
                }
                return read;
            } catch (ByteRows.Declined | ItaException | IOException e) {
                // read again below
            }
        }
        MessageDigest sha = hash ? newSha256() : null;
        T read;
        try (Reader in = part.text(digesting(part.bytes(file), sha), charset);
             CsvRows csv = new TextRows(in, file.toString(), part.lineOffset())) {
            read = reading.apply(csv);
        } catch (IOException e) {
            throw CsvRows.cannotRead(file.toString(), e);
        }
        if (hash) {
            digests.put(file, HexFormat.of().formatHex(sha.digest()));
        }
        return read;
    }

    /** Reads a workbook's first sheet ({@link XlsxRows}); its SHA-256 is taken of the file's bytes. */
    private static <T> T workbook(Path file, Map<Path, String> digests, Function<CsvRows, T> reading) {
        T read;
        try (XlsxRows rows = XlsxRows.open(file)) {
            read = reading.apply(rows);
        } catch (IOException e) {
            throw CsvRows.cannotRead(file.toString(), e);
        }
        if (digests != null) {
            MessageDigest sha = newSha256();
            try (InputStream in = new DigestInputStream(java.nio.file.Files.newInputStream(file), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw CsvRows.cannotRead(file.toString(), e);
            }
            digests.put(file, HexFormat.of().formatHex(sha.digest()));
        }
        return read;
    }

    private static InputStream digesting(InputStream in, MessageDigest sha) {
        return sha == null ? in : new DigestInputStream(in, sha);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }
}

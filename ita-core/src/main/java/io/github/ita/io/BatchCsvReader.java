package io.github.ita.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.MissingAnswerException;
import io.github.ita.UnknownIdException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Question;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.internal.Ids;
import io.github.ita.internal.Text;
import io.github.ita.response.Agency;
import io.github.ita.response.OitAnswer;
import io.github.ita.scoring.Columns;
import io.github.ita.scoring.MissingAnswers;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a directory of CSV files, the format offices export, into a {@link BatchTally}, streaming:
 * rows are counted as they are read, so memory does not grow with respondents.
 * <ul>
 *   <li>{@code iit.csv}, {@code eit.csv}: {@code agency,respondent,<question or sub-item ids…>}, a row per
 *       respondent, cells are option codes, empty for an unanswered question;</li>
 *   <li>{@code oit.csv}: {@code agency,item,published,url,note} (published: yes/no, true/false or มี/ไม่มี;
 *       an optional {@code components} column lists the components present, separated by {@code ;});</li>
 *   <li>{@code agencies.csv} (optional): {@code id,name,<attributes…>} such as {@code group} or {@code province}.</li>
 * </ul>
 * UTF-8 by default with or without a byte-order mark; any charset on request (Thai Excel saves
 * {@code windows-874}). IIT and EIT are read on two threads. Every bad cell is refused with the file,
 * line, column and value; an agency not in {@code agencies.csv} (or, without it, an OIT agency with
 * no respondents) is refused.
 *
 * <p>Ids — agency ids in all four files, respondent ids, question ids of the headers, OIT item and
 * component ids — are compared as {@link Ids#normal} gives them: trimmed of white space at either
 * end (no-break spaces, a byte-order mark and a zero-width space included) and in Unicode NFC, so
 * that {@code r1} and {@code "r1 "} are one respondent (and refused as a repeat), and {@code north }
 * in {@code oit.csv} is agency {@code north} of {@code agencies.csv}; results carry the ids so. An id
 * that is so already is used as it is. Answer cells are option codes, matched exactly as the
 * edition writes them: a code with a space is not an option, and is refused naming it.
 *
 * <p>Empty lines at the end of a file, as spreadsheets save it, are no rows; an empty line before
 * other rows is a row of one empty cell, and refused. A file may be absent ({@code agencies.csv},
 * and any two of the others); a name that is there but no regular file that can be read (a symbolic
 * link to nothing or in a loop, a directory, a pipe or device, a file without read permission) is
 * refused, naming the path and why, never taken for absent.
 */
public final class BatchCsvReader {

    /** The file names of a batch directory. */
    public static final String IIT = "iit.csv";
    /** @see #IIT */
    public static final String EIT = "eit.csv";
    /** @see #IIT */
    public static final String OIT = "oit.csv";
    /** @see #IIT */
    public static final String AGENCIES = "agencies.csv";

    private static final int MAX_CELL = CsvRows.MAX_CELL;
    /** The reference reader's parser factory: a factory alone, since only tokens are read (no ObjectMapper to start). */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(MAX_CELL).build())
            .build();
    private static final int MAX_COLUMNS = CsvRows.MAX_COLUMNS;
    private static final OitAnswer NOT_PUBLISHED = OitAnswer.notPublished();

    private BatchCsvReader() {
    }

    /** The agencies of agencies.csv: their names and attributes. */
    private record Directory(Map<String, Agency> agencies, Map<String, Map<String, String>> attributes, List<String> columns) {
    }

    /**
     * Reads a batch directory.
     *
     * @param dir      the directory holding iit.csv, eit.csv, oit.csv and optionally agencies.csv
     * @param batch    the batch scorer (its edition and policies check every row)
     * @param charset  the files' charset
     * @param listener hears the rows read
     * @return the batch, counted
     * @throws ItaException for any bad file, line or cell
     */
    public static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener) {
        return read(dir, batch, charset, listener, null);
    }

    /**
     * As {@link #read(Path, BatchScorer, Charset, BatchListener)}, also giving the SHA-256 of every file
     * read, computed from the bytes as they are read (so the files are read once, for a
     * {@link Provenance#withInputs(Map, Path...) provenance}). Each file is then read whole on one
     * thread, the files side by side, rather than large files in parts.
     *
     * @param dir      the directory holding iit.csv, eit.csv, oit.csv and optionally agencies.csv
     * @param batch    the batch scorer (its edition and policies check every row)
     * @param charset  the files' charset
     * @param listener hears the rows read
     * @param sha256   receives each file read → its SHA-256 in hex, once every file is read; or {@code null}
     * @return the batch, counted
     * @throws ItaException for any bad file, line or cell (and nothing is put in {@code sha256})
     */
    public static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener,
                                  Map<Path, String> sha256) {
        return read(dir, batch, charset, listener, SPLIT_BELOW, true, sha256);
    }

    /** As {@link #read(Path, BatchScorer, Charset, BatchListener)}, splitting files of {@code splitBelow} bytes or more. */
    static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener, long splitBelow) {
        return read(dir, batch, charset, listener, splitBelow, true, null);
    }

    /**
     * As {@link #read(Path, BatchScorer, Charset, BatchListener, long)}; with {@code fast} false, only
     * the reference reader reads (to check that both readers give the same batch).
     */
    static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener, long splitBelow,
                           boolean fast, Map<Path, String> sha256) {
        enter(dir);
        Path iit = dir.resolve(IIT);
        Path eit = dir.resolve(EIT);
        Path oit = dir.resolve(OIT);
        Path agencies = dir.resolve(AGENCIES);
        boolean hasIit = present(iit);
        boolean hasEit = present(eit);
        boolean hasOit = present(oit);
        boolean hasAgencies = present(agencies);
        if (!hasIit && !hasEit && !hasOit) {
            throw new MalformedInputException(Location.file(dir.toString()),
                    "no iit.csv, eit.csv or oit.csv in the directory");
        }
        Map<Path, String> digests = sha256 == null ? null : new java.util.concurrent.ConcurrentHashMap<>();
        Directory directory = hasAgencies ? readAgencies(agencies, charset, fast, digests) : null;
        Set<String> known = directory == null ? null : directory.agencies().keySet();
        AtomicLong rows = new AtomicLong();
        Map<String, Integer> oitLines = new HashMap<>();
        boolean checkItems = batch.scorer().options().missingAnswers() == MissingAnswers.ERROR;
        List<Future<BatchTally>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(batch.isParallel() ? 2 : 1, r -> {
            Thread t = new Thread(r, "ita-csv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Object[]> surveyParts = new ArrayList<>();
            for (Object[] f : new Object[][] {{iit, "IIT"}, {eit, "EIT"}}) {
                Path file = (Path) f[0];
                if (file == iit ? hasIit : hasEit) {
                    for (Part part : parts(file, charset, batch.isParallel() && digests == null ? 2 : 1, splitBelow)) {
                        surveyParts.add(new Object[] {file, f[1], part});
                    }
                }
            }
            boolean bytes = fast && ByteRows.reads(charset);
            List<java.util.concurrent.Callable<BatchTally>> tasks = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            for (Object[] sp : surveyParts) {
                Path file = (Path) sp[0];
                Part part = (Part) sp[2];
                String toolId = (String) sp[1];
                tasks.add(() -> readPart(file, part, charset, bytes, batch, rows, listener, digests,
                        (csv, into, progress) -> answers(csv, toolId, into, known, progress)));
                sizes.add(part.isWhole() ? Files.size(file) : part.end() - part.start());
            }
            if (hasOit) {
                tasks.add(() -> readPart(oit, WHOLE, charset, bytes, batch, rows, listener, digests,
                        (csv, into, progress) -> oitLines.putAll(oitRows(csv, into, known, AGENCIES, progress))));
                sizes.add(Files.size(oit));
            }
            // the largest first, so that the two threads end about together; then oit.csv, whose quoted
            // notes the byte scanner then meets while it is first compiled, rather than after, when C2
            // would compile it again for each branch it had never seen taken (with three files, the
            // threads get the same files as in order of size: the largest alone, the other two together)
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparing((Integer i) -> sizes.get(i)).reversed());
            int checklist = tasks.size() - 1;
            if (hasOit && order.size() > 2 && order.indexOf(checklist) > 1) {
                order.remove(Integer.valueOf(checklist));
                order.add(1, checklist);
            }
            List<Future<BatchTally>> submitted = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
            for (int i : order) {
                submitted.set(i, pool.submit(tasks.get(i)));
            }
            futures.addAll(submitted);
            List<BatchTally> parts = new ArrayList<>();
            for (Future<BatchTally> f : futures) {
                parts.add(get(f));
            }
            Set<String> withRespondents = new HashSet<>();
            for (int i = 0; i < surveyParts.size(); i++) {
                withRespondents.addAll(parts.get(i).agencyIds());
            }
            // the parts are not used again: their agencies move into one batch rather than being copied
            BatchTally all = batch.newTally();
            for (int i = 0; i < parts.size(); i++) {
                try {
                    all.absorb(parts.get(i));
                } catch (DuplicateIdException e) {
                    // a respondent id repeated across two parts of one file: read that file whole to name the line
                    Path file = (Path) surveyParts.get(i)[0];
                    try (Reader in = open(file, charset); CsvRows csv = new TextRows(in, file.toString())) {
                        answers(csv, (String) surveyParts.get(i)[1], batch.newTally(), known,
                                new Progress(new AtomicLong(), BatchListener.NONE));
                    }
                    throw e;
                }
            }
            if (known == null && hasOit && (hasIit || hasEit)) {
                oitLines.entrySet().stream().filter(e -> !withRespondents.contains(e.getKey()))
                        .min(Map.Entry.comparingByValue()).ifPresent(e -> {
                            throw new UnknownIdException(new Location(oit.toString(), e.getValue(), 0, "column agency", null, null),
                                    "agency " + Text.clip(e.getKey()) + " has no respondents in iit.csv or eit.csv");
                        });
            }
            all.verifyRespondentIds(Map.of("IIT", iit.toString(), "EIT", eit.toString()));
            if (checkItems) {
                missingItems(oit, oitLines, all, batch.scorer().edition());
            }
            if (directory != null) {
                directory.agencies().forEach((id, a) -> all.describe(a, directory.attributes().get(id)));
            }
            listener.progress(rows.get(), 0);
            if (sha256 != null) {
                new java.util.TreeMap<>(digests).forEach(sha256::put);
            }
            return all;
        } catch (IOException e) {
            throw ioProblem(dir.toString(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param dir a batch directory
     * @param charset its charset
     * @return the attribute columns of its agencies.csv (besides id and name); empty without one
     */
    public static List<String> attributeColumns(Path dir, Charset charset) {
        enter(dir);
        Path agencies = dir.resolve(AGENCIES);
        return present(agencies) ? readAgencies(agencies, charset, true, null).columns() : List.of();
    }

    /** Refuses a batch directory that is not one, or that cannot be entered, saying why. */
    private static void enter(Path dir) {
        if (!Files.isDirectory(dir)) {
            String why = Files.exists(dir) ? "not a directory of CSV files"
                    : Files.isSymbolicLink(dir) ? linkTrouble(dir, null) : "no such directory";
            throw new MalformedInputException(Location.file(dir.toString()), why);
        }
        if (!Files.isExecutable(dir)) {
            throw new MalformedInputException(Location.file(dir.toString()), "cannot enter the directory: no permission");
        }
    }

    /**
     * Whether a file of a batch directory is there. A file may be absent (where the format allows);
     * a name that is there but cannot be read as a file — a symbolic link to nothing or in a loop, a
     * directory, a pipe or device, a file without read permission — is refused, naming it and why,
     * rather than taken for absent.
     *
     * @param file a file of a batch directory
     * @return whether it is there, a regular file that can be read
     * @throws MalformedInputException when the name is there but is no file that can be read
     */
    static boolean present(Path file) {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(file.toString()), linkTrouble(file, e));
        }
        String why = a.isDirectory() ? "a directory, not a file"
                : !a.isRegularFile() ? "not a regular file (a pipe, a device or a socket)"
                : !Files.isReadable(file) ? "cannot read: no permission"
                : null;
        if (why != null) {
            throw new MalformedInputException(Location.file(file.toString()), why);
        }
        return true;
    }

    /** @return why a name that is there cannot be followed: a link to nothing, a loop of links, or the system's reason */
    private static String linkTrouble(Path path, IOException e) {
        if (e == null) {
            try {
                Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
                return "cannot read";
            } catch (IOException x) {
                e = x;
            }
        }
        if (e instanceof NoSuchFileException && Files.isSymbolicLink(path)) {
            try {
                return "a symbolic link to nothing (" + Files.readSymbolicLink(path) + ")";
            } catch (IOException x) {
                return "a symbolic link to nothing";
            }
        }
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason != null && reason.contains("levels of symbolic links")) {
            return "a loop of symbolic links";
        }
        return "cannot read: " + firstLine(reason);
    }

    /**
     * Refuses an agency of oit.csv that leaves out an item of the checklist, as the scorer would
     * (missing answers an error), but naming oit.csv and the line of the agency's first row.
     */
    private static void missingItems(Path oit, Map<String, Integer> firstLines, BatchTally tally, Edition edition) {
        List<Map.Entry<String, Integer>> agencies = new ArrayList<>(firstLines.entrySet());
        agencies.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Integer> a : agencies) {
            String agency = a.getKey();
            for (Tool tool : edition.tools()) {
                if (tool.kind() == ToolKind.SURVEY || tool.questions().stream().noneMatch(q -> tally.givesOitItem(agency, q.id()))) {
                    continue;
                }
                for (Question q : tool.questions()) {
                    if (!tally.givesOitItem(agency, q.id())) {
                        throw new MissingAnswerException(new Location(oit.toString(), a.getValue(), 0,
                                "agency " + Text.clip(a.getKey()), null, q.id()), tool.id() + " item " + q.id()
                                + " is not in the checklist (give it as published or not)");
                    }
                }
            }
        }
    }

    /** Reads rows into a batch. */
    private interface RowReading {
        void read(CsvRows csv, BatchTally into, Progress progress);
    }

    /** Counts the rows read for the listener, and takes them back when a reading is given up. */
    private static final class Progress {
        private final AtomicLong shared;
        private final BatchListener listener;
        private long mine;

        Progress(AtomicLong shared, BatchListener listener) {
            this.shared = shared;
            this.listener = listener;
        }

        void read(long n, boolean tell) {
            mine += n;
            long all = shared.addAndGet(n);
            if (tell) {
                listener.progress(all, 0);
            }
        }

        void undo() {
            shared.addAndGet(-mine);
            mine = 0;
        }
    }

    /**
     * Reads one part of a file into a batch of its own (see {@link #readEither}); a reading given
     * up leaves nothing behind: its batch is closed and its rows are taken back from the progress.
     */
    private static BatchTally readPart(Path file, Part part, Charset charset, boolean bytes, BatchScorer batch,
                                       AtomicLong rows, BatchListener listener, Map<Path, String> digests,
                                       RowReading reading) {
        return readEither(file, part, charset, bytes, digests, csv -> {
            BatchTally tally = batch.newTally();
            Progress progress = new Progress(rows, listener);
            try {
                reading.read(csv, tally, progress);
                return tally;
            } catch (RuntimeException e) {
                tally.close();
                progress.undo();
                throw e;
            }
        });
    }

    /**
     * Reads one part of a file: with {@link ByteRows} when {@code bytes} (the charset allows it),
     * and with the reference reader when the fast one declines the bytes or finds a problem — so
     * the reference reader either reads what the fast one would not, or names the problem exactly.
     * The SHA-256 of a whole file is taken of the bytes as they are read, by the reading that succeeds.
     */
    private static <T> T readEither(Path file, Part part, Charset charset, boolean bytes, Map<Path, String> digests,
                                    java.util.function.Function<CsvRows, T> reading) {
        boolean hash = digests != null && part.isWhole();
        if (bytes) {
            MessageDigest sha = hash ? Provenance.newSha256() : null;
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
        MessageDigest sha = hash ? Provenance.newSha256() : null;
        T read;
        try (Reader in = part.text(digesting(part.bytes(file), sha), charset);
             CsvRows csv = new TextRows(in, file.toString(), part.lineOffset())) {
            read = reading.apply(csv);
        } catch (IOException e) {
            throw ioProblem(file.toString(), e);
        }
        if (hash) {
            digests.put(file, HexFormat.of().formatHex(sha.digest()));
        }
        return read;
    }

    private static InputStream digesting(InputStream in, MessageDigest sha) {
        return sha == null ? in : new DigestInputStream(in, sha);
    }

    private static BatchTally get(Future<BatchTally> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ItaException ie) {
                throw ie;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Opens a file with the charset, skipping a UTF-8 byte-order mark, and reporting undecodable bytes. */
    static Reader open(Path file, Charset charset) throws IOException {
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new MalformedInputException(Location.file(file.toString()), "no such file");
        }
        return open(raw, charset);
    }

    /**
     * Opens a stream with the charset, skipping a UTF-8 byte-order mark and reporting undecodable bytes.
     *
     * @param raw     the bytes
     * @param charset their charset
     * @return the text
     * @throws IOException when the stream cannot be read
     */
    public static Reader open(InputStream raw, Charset charset) throws IOException {
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

    /**
     * A byte range of a CSV file read on its own: the first part is the file's start; a later part
     * is given the file's header line again, and its line numbers are shifted to the file's.
     */
    /** A whole file, as one part. */
    private static final Part WHOLE = new Part(0, -1, null, 0);

    record Part(long start, long end, byte[] header, int lineOffset) {

        /** @return the part's bytes: the header line again for a later part, then its range of the file */
        InputStream bytes(Path file) throws IOException {
            if (start == 0 && header == null && end < 0) {
                try {
                    return Files.newInputStream(file);
                } catch (NoSuchFileException e) {
                    throw new MalformedInputException(Location.file(file.toString()), "no such file");
                }
            }
            java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file);
            ch.position(start);
            InputStream body = new BoundedInputStream(java.nio.channels.Channels.newInputStream(ch), end - start);
            return header == null ? body : new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(header), body);
        }

        /** @return the part's text, decoded (a UTF-8 byte-order mark skipped at the file's start) */
        Reader open(Path file, Charset charset) throws IOException {
            return text(bytes(file), charset);
        }

        /** @return the part's bytes {@code in}, decoded */
        Reader text(InputStream in, Charset charset) throws IOException {
            return start == 0 ? BatchCsvReader.open(in, charset) : new DecodingReader(in, charset);
        }

        /** @return whether the part is the whole file */
        boolean isWhole() {
            return start == 0 && header == null && end < 0;
        }
    }

    /** Reads at most a number of bytes of a stream. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long limit) {
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

    private static final long SPLIT_BELOW = 4 << 20;

    /**
     * Cuts a file into parts of about equal size at line ends outside quoted cells (an even number of
     * quotes before them), so that each part parses on its own. A file is left whole when it is small,
     * when one part is asked for, or when its charset does not write newline and quote as the ASCII
     * bytes (so a byte could be mistaken for them), or when it has carriage returns without a newline,
     * or a quote inside an unquoted cell (which the parser reads as text: the count of quotes would
     * no longer tell the line ends inside quoted cells, and a part could end inside one).
     */
    static List<Part> parts(Path file, Charset charset, int wanted, long splitBelow) throws IOException {
        long size = Files.size(file);
        if (wanted < 2 || size < splitBelow || !asciiCompatible(charset)) {
            return List.of(WHOLE);
        }
        List<Part> out = new ArrayList<>();
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
                    return List.of(WHOLE);
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
                                return List.of(WHOLE);
                            }
                        }
                        quotes++;
                    } else if (b == '\r') {
                        if (i + 1 == n) {
                            cr = true;
                        } else if (buf[i + 1] != '\n') {
                            return List.of(WHOLE);   // a lone carriage return ends a line for the parser, not here
                        }
                    } else if (b == '\n') {
                        newlines++;
                        if ((quotes & 1) == 0) {
                            long pos = base + i + 1;
                            if (header == null) {
                                if (base > 0) {
                                    return List.of(WHOLE);   // a header longer than the buffer: not worth splitting
                                }
                                boolean bom = n >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf;
                                header = Arrays.copyOfRange(buf, bom ? 3 : 0, i + 1);
                            }
                            if (pos >= target && pos < size) {
                                out.add(new Part(start, pos, start == 0 ? null : header, start == 0 ? 0 : startNewlines - 1));
                                start = pos;
                                startNewlines = newlines;
                                if (out.size() == wanted - 1) {
                                    out.add(new Part(start, size, header, startNewlines - 1));
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
        return List.of(WHOLE);
    }

    private static boolean asciiCompatible(Charset charset) {
        try {
            return Arrays.equals("\n\"\r,".getBytes(charset), new byte[] {'\n', '"', '\r', ','})
                    && (charset.equals(StandardCharsets.UTF_8) || charset.newEncoder().maxBytesPerChar() == 1.0f);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** The rows of a CSV text, read by Jackson's parser: the reference reader (see {@link CsvRows}). */
    static final class TextRows extends CsvRows {
        private final CsvParser parser;
        private final int lineOffset;
        private final List<String> cells = new ArrayList<>();
        private final java.util.ArrayDeque<Held> held = new java.util.ArrayDeque<>();

        TextRows(Reader in, String file) throws IOException {
            this(in, file, 0);
        }

        /** @param lineOffset added to the parser's line numbers: the text is a later part of the file */
        TextRows(Reader in, String file, int lineOffset) throws IOException {
            super(file);
            this.parser = FACTORY.createParser(in);
            parser.setSchema(CsvSchema.emptySchema());
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            this.lineOffset = lineOffset;
        }

        private int here() {
            return parser.currentLocation().getLineNr() + lineOffset;
        }

        /**
         * Blank rows (one empty cell: an empty line) at the end of the text are no rows, as in
         * {@link ByteRows#advance}; one with rows after it is given as a row, the rows after it held.
         */
        @Override
        List<String> next() {
            if (!held.isEmpty()) {
                Held h = held.poll();
                line = h.line();
                cells.clear();
                cells.addAll(h.cells());
                return cells;
            }
            List<String> row = read();
            if (row == null || !isBlank(row)) {
                return row;
            }
            int blankLine = line;
            while ((row = read()) != null) {
                held.add(new Held(line, List.copyOf(row)));
                if (!isBlank(row)) {
                    // the first blank row is given now, the rows read after it next
                    line = blankLine;
                    cells.clear();
                    cells.add("");
                    return cells;
                }
            }
            return null;
        }

        private static boolean isBlank(List<String> row) {
            return row.size() == 1 && row.get(0).isEmpty();
        }

        /** A row read ahead, past a blank one. */
        private record Held(int line, List<String> cells) {
        }

        private List<String> read() {
            try {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return null;
                }
                cells.clear();
                line = 0;
                while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr() + lineOffset;
                    }
                    if (cells.size() == MAX_COLUMNS) {
                        throw new MalformedInputException(new Location(file, line, 0, null, null, null),
                                "more than " + MAX_COLUMNS + " columns");
                    }
                    cells.add(parser.getText());
                }
                return cells;
            } catch (CharacterCodingException e) {
                // the line of the bytes themselves, where the reader knows it: the parser reads ahead
                int at = e instanceof DecodingReader.BadBytes bad ? bad.line + lineOffset : here();
                throw new MalformedInputException(new Location(file, at, 0, null, null, null),
                        "bytes that are not text in the file's charset (UTF-8 unless told otherwise;"
                                + " files saved by Thai Excel: --charset windows-874)");
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                throw new MalformedInputException(new Location(file, here(), 0, null, null, null),
                        "input refused: a cell longer than " + MAX_CELL + " characters");
            } catch (IOException e) {
                throw new MalformedInputException(new Location(file, here(), 0, null, null, null),
                        "malformed CSV: " + firstLine(e.getMessage()));
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static List<String> header(CsvRows rows, String file, List<String> leading) {
        List<String> h = rows.next();
        if (h == null) {
            throw new MalformedInputException(Location.file(file), "empty file: expected a header "
                    + String.join(",", leading) + ",…");
        }
        List<String> header = new ArrayList<>(h);
        for (int i = 0; i < leading.size(); i++) {
            if (i >= header.size() || !Ids.normal(header.get(i)).equals(leading.get(i))) {
                throw new MalformedInputException(new Location(file, rows.line, 0, null, null, null),
                        "the header must begin with " + String.join(",", leading) + ", not "
                                + Text.clip(String.join(",", header.subList(0, Math.min(header.size(), leading.size())))));
            }
        }
        return header;
    }

    /**
     * Reads an iit.csv or eit.csv text into a batch.
     *
     * @param in       the text
     * @param file     its name, for messages
     * @param toolId   the survey tool, {@code IIT} or {@code EIT}
     * @param into     the batch to count into
     * @param known    the agencies allowed, or {@code null} for any
     * @param rows     a counter of rows read, shared by readers
     * @param listener hears the rows read
     */
    public static void readAnswers(Reader in, String file, String toolId, BatchTally into, Set<String> known,
                                   AtomicLong rows, BatchListener listener) {
        try (CsvRows csv = new TextRows(in, file)) {
            answers(csv, toolId, into, known, new Progress(rows, listener));
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    /** Reads an iit.csv or eit.csv into a batch with the given reader and no fallback: for tests of each reader. */
    static void readAnswers(CsvRows csv, String toolId, BatchTally into) {
        answers(csv, toolId, into, null, new Progress(new AtomicLong(), BatchListener.NONE));
    }

    private static void answers(CsvRows csv, String toolId, BatchTally into, Set<String> known, Progress progress) {
        String file = csv.file;
        List<String> header = header(csv, file, List.of("agency", "respondent"));
        List<String> ids = header.subList(2, header.size()).stream().map(Ids::normal).toList();
        Columns columns;
        try {
            columns = into.scorer().columns(toolId, ids);
        } catch (ItaException e) {
            throw e.within(new Location(file, csv.line, 0, "column " + e.location().question(), null, null));
        }
        if (csv instanceof ByteRows bytes) {
            answers(bytes, header.size(), columns, into, known, progress);
            return;
        }
        String[] cells = new String[ids.size()];
        List<String> row;
        String checked = null;
        long n = 0;
        while ((row = csv.next()) != null) {
            String agency = Ids.normal(row.get(0));
            String respondent = row.size() > 1 ? Ids.normal(row.get(1)) : "";
            checked = checkRow(csv, row.size(), header.size(), agency, respondent, known, checked);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = row.get(i + 2);
            }
            add(csv, into, agency, columns, respondent, cells);
            if ((++n & 0xffff) == 0) {
                progress.read(0x10000, true);
            }
        }
        progress.read(n & 0xffff, false);
    }

    /**
     * The fast path of {@link #answers(CsvRows, String, BatchTally, Set, Progress)}: an answer
     * cell whose bytes are an option code of its column in the file's charset (nearly all, Thai
     * codes and long ones included) is matched by its bytes and counted by option index, with no
     * string made of it. A row with any other cell (a quoted quote, a code that is no option) is
     * counted from its text as the reference path counts it, which also names what is wrong.
     */
    private static void answers(ByteRows csv, int width, Columns columns, BatchTally into, Set<String> known,
                                Progress progress) {
        CodedRows rows = new CodedRows(width, columns, into, known, csv.charset());
        long read = 0;
        // the loop only calls: the row's work is a method of its own, compiled once for both threads
        // rather than inlined into a large loop compiled again for each
        while (csv.advance()) {
            rows.count(csv);
            if ((++read & 0xffff) == 0) {
                progress.read(0x10000, true);
            }
        }
        progress.read(read & 0xffff, false);
    }

    /** Counts rows of answers found by {@link ByteRows#advance}, matching their codes by bytes. */
    static final class CodedRows {
        private final int width;
        private final Columns columns;
        private final BatchTally into;
        private final Set<String> known;
        /** Per column: the option of each one-byte code, or {@link #NOT_CODED}. */
        private final byte[][] single;
        /** Per column: the other codes of up to 7 bytes, packed ({@link #packed}), and their options. */
        private final long[][] keys;
        private final byte[][] keyed;
        /** Per column: the codes of 8 bytes or more, and their options. */
        private final byte[][][] longCodes;
        private final byte[][] longKeyed;
        private final int[] chosen;
        private final String[] cells;
        private String checked;
        private String lastRaw;
        private String lastAgency;

        /**
         * @param charset the file's charset: a code is matched by the bytes it is written with there,
         *                when writing it there and reading it back gives the code again
         */
        CodedRows(int width, Columns columns, BatchTally into, Set<String> known, Charset charset) {
            this.width = width;
            this.columns = columns;
            this.into = into;
            this.known = known;
            int n = columns.size();
            single = new byte[n][128];
            keys = new long[n][];
            keyed = new byte[n][];
            longCodes = new byte[n][][];
            longKeyed = new byte[n][];
            for (int i = 0; i < n; i++) {
                Arrays.fill(single[i], NOT_CODED);
                List<AnswerOption> options = columns.options(i);
                long[] k = new long[options.size()];
                byte[] o = new byte[options.size()];
                byte[][] lk = new byte[options.size()][];
                byte[] lo = new byte[options.size()];
                int m = 0;
                int l = 0;
                for (int j = 0; j < options.size() && j < Byte.MAX_VALUE; j++) {
                    String code = options.get(j).code();
                    if (code.length() == 1 && code.charAt(0) > ' ' && code.charAt(0) < 127 && code.charAt(0) != '"') {
                        single[i][code.charAt(0)] = (byte) j;
                        continue;
                    }
                    byte[] bytes = code.getBytes(charset);
                    if (code.isEmpty() || !new String(bytes, charset).equals(code)) {
                        continue;   // not written as itself in this charset: such a cell goes the text path
                    }
                    if (bytes.length <= 7) {
                        k[m] = packed(bytes, 0, bytes.length);
                        o[m++] = (byte) j;
                    } else {
                        lk[l] = bytes;
                        lo[l++] = (byte) j;
                    }
                }
                keys[i] = Arrays.copyOf(k, m);
                keyed[i] = Arrays.copyOf(o, m);
                longCodes[i] = Arrays.copyOf(lk, l);
                longKeyed[i] = Arrays.copyOf(lo, l);
            }
            chosen = new int[n];
            cells = new String[n];
        }

        void count(ByteRows csv) {
            String agency = agencyId(csv.cell(0));
            String respondent = csv.cells() > 1 ? Ids.normal(csv.cell(1)) : "";
            checked = checkRow(csv, csv.cells(), width, agency, respondent, known, checked);
            if (coded(csv)) {
                try {
                    into.add(agency, columns, respondent, chosen, csv.line);
                } catch (ItaException e) {
                    throw within(csv, e);
                }
            } else {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = csv.cell(i + 2);
                }
                add(csv, into, agency, columns, respondent, cells);
            }
        }

        /** @return the agency id of a row: normalised once for an agency's rows, whose cells are one string */
        private String agencyId(String raw) {
            if (raw != lastRaw) {
                lastRaw = raw;
                lastAgency = Ids.normal(raw);
            }
            return lastAgency;
        }

        /** @return whether every answer cell is a code of the tables, its option then in {@link #chosen} */
        boolean coded(ByteRows csv) {
            byte[] b = csv.bytes();
            for (int i = 0; i < chosen.length; i++) {
                int s = csv.start(i + 2);
                int len = csv.end(i + 2) - s;
                int o = NOT_CODED;
                if (len == 0) {
                    o = -1;
                } else if (len == 1 && b[s] >= 0) {
                    o = single[i][b[s]];
                } else if (len <= 7 && csv.plain(i + 2)) {
                    long key = packed(b, s, len);
                    long[] k = keys[i];
                    for (int j = 0; j < k.length; j++) {
                        if (k[j] == key) {
                            o = keyed[i][j];
                            break;
                        }
                    }
                } else if (csv.plain(i + 2)) {
                    o = longCode(i, b, s, len);
                }
                if (o == NOT_CODED) {
                    return false;
                }
                chosen[i] = o;
            }
            return true;
        }

        private int longCode(int column, byte[] b, int s, int len) {
            byte[][] codes = longCodes[column];
            for (int j = 0; j < codes.length; j++) {
                if (codes[j].length == len && Arrays.equals(b, s, s + len, codes[j], 0, len)) {
                    return longKeyed[column][j];
                }
            }
            return NOT_CODED;
        }

        /** @return the options matched by the last {@link #coded} that returned true */
        int[] chosen() {
            return chosen;
        }
    }

    /** In the fast path's tables: a cell whose bytes are no code known there, to be read as text. */
    private static final byte NOT_CODED = -2;

    /** @return the bytes of a short cell packed with their number, as a key */
    private static long packed(byte[] b, int start, int len) {
        long key = len;
        for (int k = start; k < start + len; k++) {
            key = key << 8 | (b[k] & 0xff);
        }
        return key;
    }

    /** Checks a row's width, agency and respondent; returns the agency checked against agencies.csv. */
    private static String checkRow(CsvRows csv, int size, int width, String agency, String respondent,
                                   Set<String> known, String checked) {
        if (size != width) {
            throw new MalformedInputException(csv.at(null), "the row has " + size + " cells, the header " + width);
        }
        if (agency.isEmpty()) {
            throw new MalformedInputException(csv.at("agency"), "empty agency id");
        }
        if (respondent.isEmpty()) {
            throw new MalformedInputException(csv.at("respondent"), "empty respondent id");
        }
        if (known != null && agency != checked) {   // an agency's rows come together: checked once for them
            if (!known.contains(agency)) {
                throw new UnknownIdException(csv.at("agency"), "agency " + Text.clip(agency) + " is not in " + AGENCIES);
            }
            return agency;
        }
        return checked;
    }

    /** Counts a row from its text; the cells array is reused: {@code Tally.add} reads it before returning. */
    private static void add(CsvRows csv, BatchTally into, String agency, Columns columns, String respondent, String[] cells) {
        try {
            into.add(agency, columns, respondent, cells, csv.line);
        } catch (ItaException e) {
            throw within(csv, e);
        }
    }

    private static ItaException within(CsvRows csv, ItaException e) {
        String column = e instanceof DuplicateIdException ? "respondent" : e.location().question();
        return e.within(csv.at(column));
    }

    /**
     * Reads an oit.csv text into a batch.
     *
     * @param in       the text
     * @param file     its name, for messages
     * @param into     the batch
     * @param known    the agencies allowed, or {@code null} for any
     * @param knownIn  where the allowed agencies come from, for messages
     * @param rows     a counter of rows read
     * @param listener hears the rows read
     * @return each agency of the file → the line of its first row
     */
    public static Map<String, Integer> readOit(Reader in, String file, BatchTally into, Set<String> known, String knownIn,
                                               AtomicLong rows, BatchListener listener) {
        try (CsvRows csv = new TextRows(in, file)) {
            return oitRows(csv, into, known, knownIn, new Progress(rows, listener));
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    private static Map<String, Integer> oitRows(CsvRows csv, BatchTally into, Set<String> known, String knownIn,
                                                Progress progress) {
        String file = csv.file;
        Map<String, Integer> firstLines = new HashMap<>();
        List<String> header = header(csv, file, List.of("agency", "item", "published"));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = Ids.normal(header.get(i));
            if (!Set.of("agency", "item", "published", "url", "note", "components").contains(name)) {
                throw new MalformedInputException(new Location(file, csv.line, 0, "column " + Text.clip(name), null, null),
                        "unknown column (allowed: agency, item, published, url, note, components)");
            }
            if (col.putIfAbsent(name, i) != null) {
                throw new DuplicateIdException(new Location(file, csv.line, 0, "column " + name, null, null),
                        "column " + Text.clip(name) + " appears twice");
            }
        }
        OitRow reader = new OitRow(header.size(), col.get("url"), col.get("note"), col.get("components"), into, known,
                knownIn, firstLines);
        List<String> row;
        // the loop only calls: the row's work is a method of its own (see answers)
        while ((row = csv.next()) != null) {
            reader.read(csv, row);
            progress.read(1, false);
        }
        return firstLines;
    }

    /** Reads the rows of an oit.csv, one at a time. */
    private static final class OitRow {
        private final int width;
        private final Integer url;
        private final Integer note;
        private final Integer components;
        private final BatchTally into;
        private final Set<String> known;
        private final String knownIn;
        private final Map<String, Integer> firstLines;
        private String checked;

        OitRow(int width, Integer url, Integer note, Integer components, BatchTally into, Set<String> known,
               String knownIn, Map<String, Integer> firstLines) {
            this.width = width;
            this.url = url;
            this.note = note;
            this.components = components;
            this.into = into;
            this.known = known;
            this.knownIn = knownIn;
            this.firstLines = firstLines;
        }

        void read(CsvRows csv, List<String> row) {
            if (row.size() != width) {
                throw new MalformedInputException(csv.at(null), "the row has " + row.size() + " cells, the header " + width);
            }
            String agency = Ids.normal(row.get(0));
            if (!agency.equals(checked)) {   // an agency's rows come together: checked once for them
                if (agency.isEmpty()) {
                    throw new MalformedInputException(csv.at("agency"), "empty agency id");
                }
                if (known != null && !known.contains(agency)) {
                    throw new UnknownIdException(csv.at("agency"), "agency " + Text.clip(agency) + " is not in " + knownIn);
                }
                firstLines.putIfAbsent(agency, csv.line);
                checked = agency;
            }
            String item = Ids.normal(row.get(1));
            boolean published = published(row.get(2), csv);
            String u = cell(row, url);
            String n = cell(row, note);
            List<String> c = null;
            if (components != null && !row.get(components).isBlank()) {
                c = Arrays.stream(row.get(components).split(";")).map(Ids::normal).filter(x -> !x.isEmpty()).toList();
            }
            try {
                into.oit(agency, item, !published && u == null && n == null && c == null
                        ? NOT_PUBLISHED : new OitAnswer(published, u, n, c));
            } catch (ItaException e) {
                throw e.within(csv.at("item"));
            }
        }
    }

    private static String cell(List<String> row, Integer index) {
        if (index == null) {
            return null;
        }
        String v = row.get(index);
        return v.isEmpty() ? null : v;
    }

    private static boolean published(String v, CsvRows csv) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "yes", "true", "มี", "1" -> true;
            case "no", "false", "ไม่มี", "0" -> false;
            default -> throw new InvalidAnswerException(csv.at("published"), "published must be yes/no, true/false or มี/ไม่มี, not \""
                    + Text.clip(v) + "\"");
        };
    }

    /**
     * Reads agencies.csv as the answer files are read ({@link #readEither}): with the byte scanner
     * when it can, so that the answer files then find its code compiled.
     */
    private static Directory readAgencies(Path file, Charset charset, boolean fast, Map<Path, String> digests) {
        return readEither(file, WHOLE, charset, fast && ByteRows.reads(charset), digests, csv -> readAgencies(file, csv));
    }

    private static Directory readAgencies(Path file, CsvRows csv) {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        List<String> header = header(csv, file.toString(), List.of("id"));
        List<String> names = header.stream().map(Ids::normal).toList();
        if (new HashSet<>(names).size() != names.size()) {
            throw new DuplicateIdException(new Location(file.toString(), csv.line, 0, null, null, null),
                    "a column appears twice in the header");
        }
        int nameCol = names.indexOf("name");
        List<String> row;
        while ((row = csv.next()) != null) {
            if (row.size() != header.size()) {
                throw new MalformedInputException(csv.at(null), "the row has " + row.size() + " cells, the header " + header.size());
            }
            String id = Ids.normal(row.get(0));
            if (id.isEmpty()) {
                throw new MalformedInputException(csv.at("id"), "empty agency id");
            }
            if (agencies.containsKey(id)) {
                throw new DuplicateIdException(csv.at("id"), "agency " + Text.clip(id) + " is listed twice");
            }
            agencies.put(id, new Agency(id, nameCol < 0 ? "" : row.get(nameCol)));
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 1; i < names.size(); i++) {
                if (i != nameCol) {
                    attrs.put(names.get(i), row.get(i));
                }
            }
            attributes.put(id, attrs);
        }
        List<String> columns = new ArrayList<>(names.subList(1, names.size()));
        columns.remove("name");
        return new Directory(agencies, attributes, columns);
    }

    private static MalformedInputException ioProblem(String file, IOException e) {
        return new MalformedInputException(Location.file(file), "cannot read: " + Text.problem(e));
    }
}

package io.github.ita.io.internal;

import io.github.ita.DuplicateIdException;
import io.github.ita.ItaException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.UnknownIdException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.internal.Text;
import io.github.ita.scoring.MissingAnswers;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a batch directory (as {@code io.github.ita.io.BatchCsvReader} describes it): agencies.csv
 * first, then the answers files, large ones cut in parts ({@link FileSplitter}), and oit.csv, each
 * part into a batch of its own on one of two threads; then the parts are joined into one batch and
 * the checks that need every file run.
 */
public final class BatchReading {

    private static final String IIT = "iit.csv";
    private static final String EIT = "eit.csv";
    private static final String OIT = "oit.csv";
    private static final String AGENCIES = "agencies.csv";
    /** Every name a batch directory's files are read by: the CSV files, their workbooks, the map of header texts. */
    private static final List<String> NAMES = List.of(IIT, EIT, OIT, AGENCIES, "iit.xlsx", "eit.xlsx", "oit.xlsx",
            "agencies.xlsx", HeaderNames.FILE);

    private BatchReading() {
    }

    /** A part of an answers file, and its survey tool. */
    private record SurveyPart(Path file, String toolId, FilePart part) {
    }

    /** A reading given to a thread, and the bytes it reads (the largest are given first). */
    private record Task(Callable<BatchTally> reading, long size) {
    }

    /** Reads rows into a batch. */
    private interface RowReading {
        void read(CsvRows csv, BatchTally into, Progress progress);
    }

    /**
     * Reads a batch directory, large files in parts, with the byte scanner where it can.
     *
     * @param dir      the directory
     * @param batch    the batch scorer
     * @param charset  the files' charset
     * @param listener hears the rows read
     * @param sha256   receives each file read → its SHA-256 in hex, once every file is read; or {@code null}
     * @return the batch, counted
     */
    public static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener,
                                  Map<Path, String> sha256) {
        return read(dir, batch, charset, listener, FileSplitter.SPLIT_BELOW, true, sha256);
    }

    /**
     * As {@link #read(Path, BatchScorer, Charset, BatchListener, Map)}, splitting files of
     * {@code splitBelow} bytes or more; with {@code fast} false, only the reference reader reads (to
     * check that both readers give the same batch).
     *
     * @param dir        the directory
     * @param batch      the batch scorer
     * @param charset    the files' charset
     * @param listener   hears the rows read
     * @param splitBelow files this large or larger are read in parts (when not hashed)
     * @param fast       whether the byte scanner reads where it can
     * @param sha256     receives each file read → its SHA-256 in hex; or {@code null}
     * @return the batch, counted
     */
    public static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener, long splitBelow,
                                  boolean fast, Map<Path, String> sha256) {
        BatchFiles.enter(dir);
        BatchFiles.refuseNearNames(dir, NAMES);
        Path iit = source(dir, IIT);
        Path eit = source(dir, EIT);
        Path oit = source(dir, OIT);
        Path agencies = source(dir, AGENCIES);
        Path columns = dir.resolve(HeaderNames.FILE);
        boolean hasIit = BatchFiles.present(iit);
        boolean hasEit = BatchFiles.present(eit);
        boolean hasOit = BatchFiles.present(oit);
        boolean hasAgencies = BatchFiles.present(agencies);
        if (!hasIit && !hasEit && !hasOit) {
            throw new MalformedInputException(Location.file(dir.toString()),
                    "no iit.csv, eit.csv or oit.csv in the directory");
        }
        Map<Path, String> digests = sha256 == null ? null : new ConcurrentHashMap<>();
        Directory known = hasAgencies ? readAgencies(agencies, charset, fast, digests) : null;
        HeaderNames names = BatchFiles.present(columns) ? FileReading.read(columns, FilePart.WHOLE, charset, false, digests,
                csv -> HeaderNames.read(csv, batch.scorer().edition())) : null;
        AtomicLong rows = new AtomicLong();
        Map<String, Integer> oitLines = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(batch.isParallel() ? 2 : 1, r -> {
            Thread t = new Thread(r, "ita-csv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<SurveyPart> surveyParts = new ArrayList<>();
            int wanted = batch.isParallel() && digests == null ? 2 : 1;
            if (hasIit) {
                parts(iit, charset, wanted, splitBelow).forEach(p -> surveyParts.add(new SurveyPart(iit, "IIT", p)));
            }
            if (hasEit) {
                parts(eit, charset, wanted, splitBelow).forEach(p -> surveyParts.add(new SurveyPart(eit, "EIT", p)));
            }
            boolean bytes = fast && ByteRows.reads(charset);
            List<Task> tasks = new ArrayList<>();
            for (SurveyPart sp : surveyParts) {
                tasks.add(new Task(() -> readPart(sp.file(), sp.part(), charset, bytes, batch, rows, listener, digests,
                        (csv, into, progress) -> AnswersReader.read(csv, sp.toolId(), into, known, names, progress)),
                        sp.part().size(sp.file())));
            }
            if (hasOit) {
                tasks.add(new Task(() -> readPart(oit, FilePart.WHOLE, charset, bytes, batch, rows, listener, digests,
                        (csv, into, progress) -> oitLines.putAll(OitReader.read(csv, into, known, progress))),
                        Files.size(oit)));
            }
            List<BatchTally> parts = run(pool, tasks, hasOit);
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
                    SurveyPart sp = surveyParts.get(i);
                    try (Reader in = FilePart.WHOLE.open(sp.file(), charset); CsvRows csv = new TextRows(in, sp.file().toString())) {
                        AnswersReader.read(csv, sp.toolId(), batch.newTally(), known, names, Progress.unheard());
                    }
                    throw e;
                }
            }
            if (known == null && hasOit && (hasIit || hasEit)) {
                oitLines.entrySet().stream().filter(e -> !withRespondents.contains(e.getKey()))
                        .min(Map.Entry.comparingByValue()).ifPresent(e -> {
                            throw new UnknownIdException(new Location(oit.toString(), e.getValue(), 0, "column agency", null, null),
                                    "agency " + Text.clip(e.getKey()) + " has no respondents in iit.csv or eit.csv", e.getKey());
                        });
            }
            all.verifyRespondentIds(Map.of("IIT", iit.toString(), "EIT", eit.toString()));
            if (batch.scorer().options().missingAnswers() == MissingAnswers.ERROR) {
                OitReader.checkComplete(oit, oitLines, all, batch.scorer().edition());
            }
            if (known != null) {
                known.agencies().forEach((id, a) -> all.describe(a, known.attributes().get(id)));
                checkStaff(known, agencies, all);
            }
            listener.progress(rows.get(), 0);
            if (sha256 != null) {
                new TreeMap<>(digests).forEach(sha256::put);
            }
            return all;
        } catch (IOException e) {
            throw CsvRows.cannotRead(dir.toString(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param dir     a batch directory
     * @param charset its charset
     * @return the attribute columns of its agencies.csv (besides id and name); empty without one
     */
    public static List<String> attributeColumns(Path dir, Charset charset) {
        BatchFiles.enter(dir);
        BatchFiles.refuseNearNames(dir, NAMES);
        Path agencies = source(dir, AGENCIES);
        return BatchFiles.present(agencies) ? readAgencies(agencies, charset, true, null).columns() : List.of();
    }

    /**
     * Runs the readings on the pool, the largest first so that the two threads end about together,
     * and oit.csv (the last reading, when {@code oitLast}) second (see docs/engine-notes.md).
     *
     * @return the readings' batches, in the order of the tasks
     */
    private static List<BatchTally> run(ExecutorService pool, List<Task> tasks, boolean oitLast) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> tasks.get(i).size()).reversed());
        int checklist = tasks.size() - 1;
        if (oitLast && order.size() > 2 && order.indexOf(checklist) > 1) {
            order.remove(Integer.valueOf(checklist));
            order.add(1, checklist);
        }
        List<Future<BatchTally>> submitted = new ArrayList<>(Collections.nCopies(tasks.size(), null));
        for (int i : order) {
            submitted.set(i, pool.submit(tasks.get(i).reading()));
        }
        List<BatchTally> parts = new ArrayList<>();
        for (Future<BatchTally> f : submitted) {
            parts.add(get(f));
        }
        return parts;
    }

    /**
     * Reads one part of a file into a batch of its own (see {@link FileReading}); a reading given
     * up leaves nothing behind: its batch is closed and its rows are taken back from the progress.
     */
    private static BatchTally readPart(Path file, FilePart part, Charset charset, boolean bytes, BatchScorer batch,
                                       AtomicLong rows, BatchListener listener, Map<Path, String> digests,
                                       RowReading reading) {
        return FileReading.read(file, part, charset, bytes && !isWorkbook(file), digests, csv -> {
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
     * @param dir  a batch directory
     * @param name a file's name there, {@code iit.csv}
     * @return that file, or the workbook of the same name ({@code iit.xlsx}) when that is there instead
     * @throws MalformedInputException when both are there
     */
    private static Path source(Path dir, String name) {
        Path csv = dir.resolve(name);
        Path xlsx = dir.resolve(name.substring(0, name.length() - ".csv".length()) + ".xlsx");
        if (!BatchFiles.present(xlsx)) {
            return csv;
        }
        if (BatchFiles.present(csv)) {
            throw new MalformedInputException(Location.file(xlsx.toString()), "both " + name + " and " + xlsx.getFileName()
                    + " are in the directory: keep one of the two");
        }
        return xlsx;
    }

    /** @return whether a file of the directory is a workbook (.xlsx), read whole by {@link XlsxRows} */
    private static boolean isWorkbook(Path file) {
        return file.getFileName().toString().endsWith(".xlsx");
    }

    /** @return the parts a file is read in: a workbook whole */
    private static List<FilePart> parts(Path file, Charset charset, int wanted, long splitBelow) throws IOException {
        return isWorkbook(file) ? List.of(FilePart.WHOLE) : FileSplitter.parts(file, charset, wanted, splitBelow);
    }

    /**
     * A staff is the people the internal survey is drawn from: no agency has more IIT respondents
     * than its staff in agencies.csv, or the file is refused at the line that gives it.
     */
    private static void checkStaff(Directory known, Path file, BatchTally all) {
        known.staffLines().entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            long staff = known.agencies().get(e.getKey()).staff().getAsLong();
            long respondents = all.respondents(e.getKey(), "IIT");
            if (respondents > staff) {
                throw new InvalidAnswerException(new Location(file.toString(), e.getValue(), 0, "column staff", null, null),
                        "agency " + Text.clip(e.getKey()) + " has a staff of " + staff + " but " + respondents
                                + " IIT respondents in iit.csv: the staff is the people the internal survey is drawn from",
                        String.valueOf(staff), List.of());
            }
        });
    }

    /** Reads agencies.csv as the answer files are read (see docs/engine-notes.md). */
    private static Directory readAgencies(Path file, Charset charset, boolean fast, Map<Path, String> digests) {
        return FileReading.read(file, FilePart.WHOLE, charset, fast && ByteRows.reads(charset) && !isWorkbook(file), digests,
                csv -> AgenciesReader.read(file, csv));
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
}

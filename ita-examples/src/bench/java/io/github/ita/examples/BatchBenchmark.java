package io.github.ita.examples;

import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchSummary;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.Editions;
import io.github.ita.io.BatchJson;
import io.github.ita.io.BatchCsvReader;
import io.github.ita.io.Provenance;
import io.github.ita.io.ResultJson;
import io.github.ita.scoring.Scorer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures a national batch end to end — read the CSV files (hashing them for the provenance, as
 * {@code ita batch} does), tally, score every agency, write the JSON of every agency — and reports
 * the time of each phase, the throughput and the peak heap.
 * Generates the batch with {@link SyntheticBatch} when the directory does not exist.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -Xmx256m -cp ita-examples/target/ita.jar:ita-examples/target/test-classes io.github.ita.examples.BatchBenchmark target/national 5
 * </pre>
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    /**
     * @param args the batch directory (default target/national), the number of runs (default 5),
     *             the number of agencies to generate when the directory is absent (default 8300)
     * @throws IOException when files cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/national");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int agencies = args.length > 2 ? Integer.parseInt(args[2]) : 8300;
        if (!Files.exists(dir)) {
            System.out.println("generating " + agencies + " agencies into " + dir + " …");
            SyntheticBatch.write(dir, Editions.bundled("ita-2568"), agencies, 2568);
        }
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        Path out = Files.createTempFile("ita-bench", ".json");
        Scorer scorer = Scorer.of(Editions.bundled("ita-2568"));
        BatchScorer batch = BatchScorer.of(scorer);
        System.out.printf("%s: %.1f MB of CSV; %d cores; max heap %d MB; %s%n", dir, bytes / 1e6,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        for (int run = 1; run <= runs; run++) {
            System.gc();
            long t0 = System.nanoTime();
            Map<Path, String> sha256 = new HashMap<>();
            BatchTally tally = BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, sha256);
            long t1 = System.nanoTime();
            long live = run == 1 ? liveHeap() : 0;
            long t1b = System.nanoTime();
            BatchSummary summary;
            // as ita batch does: the provenance names every input file with the SHA-256 taken as it was read
            Provenance provenance = Provenance.of(scorer.edition(), scorer.options()).withInputs(sha256, dir);
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                 BatchJson.Writer w = BatchJson.writer(os, provenance)) {
                summary = batch.score(tally, BatchOptions.DEFAULT, BatchListener.NONE, ResultJson::compact, w);
                w.finish(summary);
            }
            long t2 = System.nanoTime() - (t1b - t1);
            System.out.printf("run %d: %.2f s end to end (read and tally %.2f s, score and write JSON %.2f s); "
                            + "%d agencies, %d rows, %.0f MB/s of CSV; JSON %.0f MB;%s %.2f%% passing%n",
                    run, (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, tally.agencies(), tally.rows(),
                    bytes / 1e6 / ((t1 - t0) / 1e9), Files.size(out) / 1e6,
                    live > 0 ? " live heap after reading " + (live >> 20) + " MB;" : "",
                    summary.all().passingShare().orElseThrow());
        }
        BatchTally tally = BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE);
        long answers = (tally.rows() - (long) tally.agencies() * 43) * 45;
        BatchScorer one = batch.sequential();
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            one.score(tally, BatchOptions.DEFAULT, BatchListener.NONE, r -> { });
            long t1 = System.nanoTime();
            System.out.printf("scoring tallies in memory, one core: %d agencies in %.2f s = %.0f agencies/s,"
                    + " %.0f million answers/s%n", tally.agencies(), (t1 - t0) / 1e9,
                    tally.agencies() / ((t1 - t0) / 1e9), answers / 1e6 / ((t1 - t0) / 1e9));
        }
        Files.deleteIfExists(out);
    }

    /** The heap still in use after a full collection: what the batch really holds. */
    private static long liveHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}

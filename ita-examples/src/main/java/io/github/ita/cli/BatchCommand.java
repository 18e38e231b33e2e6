package io.github.ita.cli;

import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchSummary;
import io.github.ita.analysis.BatchTally;
import io.github.ita.io.BatchCsvWriter;
import io.github.ita.io.BatchJson;
import io.github.ita.io.BatchCsvReader;
import io.github.ita.io.Provenance;
import io.github.ita.io.ResultJson;
import io.github.ita.report.BatchReport;
import io.github.ita.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita batch <dir>}: scores many agencies from CSV and summarises them against the national target. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        footer = {"%nExamples (java -jar ita-examples/target/ita.jar for ita):", "  ita batch DIR --edition ita-2568 --group-by province", "  ita batch DIR --edition ita-2568 --format xlsx --out results.xlsx"},
        description = "Score every agency of a directory of CSV files (iit.csv, eit.csv, oit.csv, agencies.csv) "
                + "and summarise them against the national target.")
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the directory of CSV files")
    Path dir;

    /** Read by {@link #target()}: a text, so that no number is converted before it is bounded. */
    @Option(names = "--target", paramLabel = "PERCENT", defaultValue = "80",
            description = "the target share of agencies at the pass mark, in percent (default ${DEFAULT-VALUE})")
    String target;

    @Option(names = "--group-by", paramLabel = "COLUMN", description = "summarise by this column of agencies.csv")
    String groupBy;

    /** Read by {@link #lowest()}. */
    @Option(names = "--lowest", paramLabel = "<lowest>", defaultValue = "10",
            description = "how many of the lowest agencies to list (default ${DEFAULT-VALUE})")
    String lowest;

    @Option(names = "--no-bom", description = "with --format csv, leave out the UTF-8 byte order mark that Excel needs to read Thai text "
            + "(for programs that take it for part of the first column's name)")
    boolean noBom;

    @Mixin
    CsvOptions csv;

    @Mixin
    ScoringOptionsMixin scoring;

    @Mixin
    OutputOptions output;

    /**
     * @return {@code --target}: a number from 0 to 100 ({@code 84.5}, {@code 8e1}) with at most 100 digits
     *         before and after its decimal point once written out
     * @throws MalformedInputException otherwise, quoting the first characters of the option
     */
    BigDecimal target() {
        try {
            BigDecimal t = new BigDecimal(target.strip());
            BatchOptions.DEFAULT.withTarget(t);   // refuses a share outside 0–100, or with more than 100 decimals, before any arithmetic
            return t;
        } catch (IllegalArgumentException e) {   // NumberFormatException among them
            throw new MalformedInputException(Location.NONE, "--target is a percentage from 0 to 100, not " + ItaException.clip(target),
                    target);
        }
    }

    /**
     * @return {@code --lowest}: a whole number from 0 to 2147483647 (an agency count; more than there are lists them all)
     * @throws MalformedInputException otherwise, quoting the first characters of the option
     */
    int lowest() {
        String n = lowest.strip();
        if (!n.matches("[+-]?\\p{Nd}{1,12}")) {
            throw new MalformedInputException(Location.NONE, "--lowest is a whole number of agencies (0 or more), not "
                    + ItaException.clip(lowest), lowest);
        }
        long v = Long.parseLong(n);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new MalformedInputException(Location.NONE, "--lowest is from 0 to " + Integer.MAX_VALUE + ", not " + ItaException.clip(lowest), lowest);
        }
        return (int) v;
    }

    @Override
    public Integer call() {
        BigDecimal target = target();
        int lowest = lowest();
        output.xlsxTarget();
        Scorer scorer = scoring.scorer(Optional.empty(), dir.toString());
        if (groupBy != null) {
            java.util.List<String> columns = BatchCsvReader.attributeColumns(dir, csv.charset());
            if (!java.nio.file.Files.exists(dir.resolve(BatchCsvReader.AGENCIES)) && !java.nio.file.Files.exists(dir.resolve("agencies.xlsx"))) {
                throw new MalformedInputException(Location.file(dir.toString()),
                        "--group-by needs agencies.csv, with a column " + ItaException.clip(groupBy) + ", and the directory has none", groupBy);
            }
            if (!columns.contains(groupBy)) {
                throw new MalformedInputException(Location.file(dir.resolve(BatchCsvReader.AGENCIES).toString()),
                        "--group-by " + ItaException.clip(groupBy) + " needs a column of that name in agencies.csv, besides id and name ("
                                + (columns.isEmpty() ? "it has none" : "it has " + ItaException.clip(String.join(", ", columns))) + ")", groupBy);
            }
        }
        BatchScorer batch = BatchScorer.of(scorer);
        Streams.Progress progress = output.streams().progress(dir);
        Map<Path, String> sha256 = new HashMap<>();   // the files' hashes, taken as they are read
        try (BatchTally tally = BatchCsvReader.read(dir, batch, csv.charset(), progress, sha256)) {
            progress.agencies(tally.agencies());
            BatchOptions options = new BatchOptions(target, groupBy, lowest);
            var provenance = output.stamp(Provenance.of(scorer.edition(), scorer.options()).withInputs(sha256, dir));
            if (output.format == OutputOptions.Format.json) {
                output.emit(out -> {
                    try (BatchJson.Writer w = BatchJson.writer(out, provenance)) {
                        w.finish(batch.score(tally, options, progress, ResultJson::compact, w));
                    }
                });
            } else if (output.format == OutputOptions.Format.csv) {
                output.emit(out -> {
                    BatchCsvWriter.Writer w = BatchCsvWriter.writer(out, scorer.edition(), !noBom);
                    batch.overviews(tally, options, progress, w::row, w);
                });
            } else if (output.format == OutputOptions.Format.xlsx) {
                output.emit(out -> {
                    Workbooks.Batch w = new Workbooks.Batch(scorer.edition(), output.language(), provenance);
                    w.finish(batch.overviews(tally, options, progress, Workbooks.Batch::row, w::add), out);
                });
            } else {
                BatchSummary summary = batch.overviews(tally, options, progress, o -> o, o -> { });
                BatchReport report = BatchReport.in(output.style().withProvenance(provenance));
                output.emit(output.format == OutputOptions.Format.html ? report.html(summary) : report.markdown(summary));
            }
        }
        output.streams().endProgress();
        return 0;
    }
}

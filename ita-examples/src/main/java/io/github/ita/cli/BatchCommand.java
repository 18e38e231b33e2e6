package io.github.ita.cli;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchSummary;
import io.github.ita.analysis.BatchTally;
import io.github.ita.io.BatchCsv;
import io.github.ita.io.BatchJson;
import io.github.ita.io.CsvBatch;
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
        description = "Score every agency of a directory of CSV files (iit.csv, eit.csv, oit.csv, agencies.csv) "
                + "and summarise them against the national target.")
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the directory of CSV files")
    Path dir;

    @Option(names = "--target", paramLabel = "PERCENT", defaultValue = "80",
            description = "the target share of agencies at the pass mark, in percent (default ${DEFAULT-VALUE})")
    BigDecimal target;

    @Option(names = "--group-by", paramLabel = "COLUMN", description = "summarise by this column of agencies.csv")
    String groupBy;

    @Option(names = "--lowest", defaultValue = "10", description = "how many of the lowest agencies to list (default ${DEFAULT-VALUE})")
    int lowest;

    @Mixin
    CsvOptions csv;

    @Mixin
    ScoringOptionsMixin scoring;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new MalformedInputException(Location.NONE, "--target is a percentage from 0 to 100, not " + target.toPlainString());
        }
        Scorer scorer = scoring.scorer(Optional.empty(), dir.toString());
        if (groupBy != null && !CsvBatch.attributeColumns(dir, csv.charset()).contains(groupBy)) {
            throw new MalformedInputException(Location.file(dir.resolve(CsvBatch.AGENCIES).toString()),
                    "--group-by " + io.github.ita.internal.Text.clip(groupBy) + " needs a column of that name in agencies.csv");
        }
        BatchScorer batch = BatchScorer.of(scorer);
        BatchListener progress = output.streams().progress();
        Map<Path, String> sha256 = new HashMap<>();   // the files' hashes, taken as they are read
        try (BatchTally tally = CsvBatch.read(dir, batch, csv.charset(), progress, sha256)) {
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
                    BatchCsv.Writer w = BatchCsv.writer(out, scorer.edition());
                    batch.score(tally, options, progress, w::row, w);
                });
            } else {
                BatchSummary summary = batch.score(tally, options, progress, r -> { });
                BatchReport report = BatchReport.in(output.style().withProvenance(provenance));
                output.emit(output.format == OutputOptions.Format.html ? report.html(summary) : report.markdown(summary));
            }
        }
        output.streams().endProgress();
        return 0;
    }
}

package io.github.ita.cli;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Presentation;
import io.github.ita.io.EditionJson;
import io.github.ita.report.EditionsReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita editions} and {@code ita editions show <id>}. */
@Command(name = "editions", mixinStandardHelpOptions = true,
        description = "List the bundled editions.", subcommands = EditionsCommand.Show.class)
final class EditionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.noCsv();
        StringBuilder b = new StringBuilder();
        if (output.format == OutputOptions.Format.json) {
            b.append("[\n");
            for (int i = 0; i < Editions.bundledIds().size(); i++) {
                Edition e = Editions.bundled(Editions.bundledIds().get(i));
                b.append("  {\"id\": \"").append(e.id()).append("\", \"fiscalYear\": ").append(e.fiscalYear())
                        .append(", \"presentation\": \"").append(e.presentation() == Presentation.RATING ? "rating" : "pass-fail")
                        .append("\", \"questions\": ").append(e.questions().size()).append('}')
                        .append(i + 1 < Editions.bundledIds().size() ? ",\n" : "\n");
            }
            b.append("]\n");
        } else {
            EditionsReport report = EditionsReport.in(output.style());
            b.append(output.format == OutputOptions.Format.html ? report.html(Editions.bundled()) : report.markdown(Editions.bundled()));
        }
        output.emit(b.toString());
        return 0;
    }

    /** {@code ita editions show <id|file>}: the edition as JSON, with the points of every option. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print an edition as JSON: tools, indicators, questions with the points of each option (polarity applied).")
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID|FILE", description = "a bundled edition id, or an edition file to validate and show")
        String id;

        @Mixin
        OutputOptions output;

        @Override
        public Integer call() {
            if (spec.commandLine().getParseResult().hasMatchedOption("--format") && output.format != OutputOptions.Format.json) {
                throw new io.github.ita.MalformedInputException(io.github.ita.Location.NONE,
                        "ita editions show writes JSON only; leave out --format, or give --format json");
            }
            Edition e = Editions.bundledIds().contains(id) || !Files.exists(Preflight.path(id))
                    ? Editions.bundled(id) : Editions.read(Preflight.path(id));
            output.emit(EditionJson.write(e));
            return 0;
        }
    }
}

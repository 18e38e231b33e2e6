package io.github.ita.cli;

import io.github.ita.edition.Edition;
import io.github.ita.edition.EditionSummary;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Presentation;
import io.github.ita.io.EditionJson;
import io.github.ita.report.EditionsReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita editions} and {@code ita editions show <id>}. */
@Command(name = "editions", mixinStandardHelpOptions = true,
        footer = {"%nExamples (java -jar ita-examples/target/ita.jar for ita):", "  ita editions --lang en"},
        description = "List the bundled editions.", subcommands = EditionsCommand.Show.class)
final class EditionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.noCsv();
        List<EditionSummary> editions = Editions.bundledSummaries();
        StringBuilder b = new StringBuilder();
        if (output.format == OutputOptions.Format.json) {
            b.append("[\n");
            for (int i = 0; i < editions.size(); i++) {
                EditionSummary e = editions.get(i);
                b.append("  {\"id\": \"").append(e.id()).append("\", \"fiscalYear\": ").append(e.fiscalYear())
                        .append(", \"presentation\": \"").append(e.presentation() == Presentation.RATING ? "rating" : "pass-fail")
                        .append("\", \"questions\": ").append(e.questions()).append('}')
                        .append(i + 1 < editions.size() ? ",\n" : "\n");
            }
            b.append("]\n");
        } else {
            EditionsReport report = EditionsReport.in(output.style());
            b.append(output.format == OutputOptions.Format.html ? report.html(editions) : report.markdown(editions));
        }
        output.emit(b.toString());
        return 0;
    }

    /** {@code ita editions show <id|file>}: the edition as JSON (the default) or as a readable table, with the points of every option. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print an edition: tools, indicators, questions with the points of each option (polarity applied); "
                    + "JSON unless --format md or html asks for tables.")
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID|FILE", description = "a bundled edition id, or an edition file to validate and show")
        String id;

        @Mixin
        OutputOptions output;

        @Override
        public Integer call() {
            output.noCsv();
            Edition e = Editions.bundledIds().contains(id) || !Files.exists(Preflight.path(id))
                    ? Editions.bundled(id) : Editions.read(Preflight.path(id));
            if (!spec.commandLine().getParseResult().hasMatchedOption("--format")) {
                output.emit(EditionJson.write(e));   // without --format, the data, as it has always been
                return 0;
            }
            EditionsReport report = EditionsReport.in(output.style());
            output.emit(output.pick(() -> EditionJson.write(e), () -> report.markdown(e), () -> report.html(e)));
            return 0;
        }
    }
}

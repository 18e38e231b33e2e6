package io.github.ita.cli;

import io.github.ita.analysis.Findings;
import io.github.ita.analysis.Plan;
import io.github.ita.analysis.Planner;
import io.github.ita.analysis.Target;
import io.github.ita.io.AnalysisJson;
import io.github.ita.io.MeasuresJson;
import io.github.ita.measures.Measures;
import io.github.ita.measures.Period;
import io.github.ita.report.MeasuresReport;
import io.github.ita.report.AnalysisReport;
import io.github.ita.scoring.ResultNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ita plan <input>}: findings in three columns and the shortest plan to a target. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        footer = {"%nExamples (E is ita-examples/src/main/resources/io/github/ita/examples, from the repository's root; java -jar ita-examples/target/ita.jar for ita):", "  ita plan $E/seed-001-scores.json --target AA", "  ita plan $E/seed-001-scores.json --measures-skeleton --out measures.json"},
        description = "Analyse a result (fix urgently / improve / keep) and plan the shortest way to a target.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "published scores, an agency's answers (JSON), or a CSV directory of one agency")
    Path input;

    @Option(names = "--target", defaultValue = "85", description = "a score (85), a rating (A, AA…) or pass (default ${DEFAULT-VALUE})")
    String target;

    @Option(names = "--only", split = ",", paramLabel = "TOOL", description = "raise only the inputs of these tools, e.g. OIT")
    List<String> only;

    @Option(names = "--measures-skeleton",
            description = "instead of the plan, write a skeleton measures file for next year: a measure for each failing indicator "
                    + "(JSON, the file ita measures reads, unless --format md or html asks for a report of it)")
    boolean skeleton;

    @Mixin
    ScoringOptionsMixin scoring;

    @Mixin
    CsvOptions csv;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.noCsv();
        Inputs.Scored scored = Inputs.score(input, scoring, csv);
        var result = scored.result();
        Target t = Target.parse(target, result.edition());
        if (only != null) {
            only.forEach(result.edition()::tool);
        }
        Predicate<ResultNode> allowed = only == null ? n -> true
                : n -> result.edition().toolOf(n.id()).map(tool -> only.contains(tool.id())).orElse(only.contains(n.id()));
        Findings findings = Findings.of(result);
        var provenance = output.provenance(scored.scorer(), input);
        if (skeleton) {
            Measures m = Measures.skeleton(result, findings);
            MeasuresReport report = MeasuresReport.in(output.style().withProvenance(provenance));
            Period year = Period.fiscalYear(m.fiscalYear());
            if (!spec.commandLine().getParseResult().hasMatchedOption("--format")) {
                output.emit(MeasuresJson.write(m));   // a measures file is JSON, whatever --format defaults to
                return 0;
            }
            output.emit(output.pick(() -> MeasuresJson.write(m), () -> report.markdown(m, year), () -> report.html(m, year)));
            return 0;
        }
        Plan plan = Planner.of(scored.scorer()).plan(result, t, allowed);
        AnalysisReport report = AnalysisReport.in(output.style().withProvenance(provenance));
        output.emit(output.pick(() -> AnalysisJson.plan(result, findings, plan, provenance), () -> report.markdown(result, findings, plan),
                () -> report.html(result, findings, plan)));
        return 0;
    }
}

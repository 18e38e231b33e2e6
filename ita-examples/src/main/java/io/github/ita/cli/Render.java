package io.github.ita.cli;

import io.github.ita.io.Provenance;
import io.github.ita.io.ResultJson;
import io.github.ita.report.ResultReport;
import io.github.ita.scoring.Result;

/** Renders a result in the format asked for, with how it was made. */
final class Render {

    private Render() {
    }

    static String result(Result result, OutputOptions output, Provenance provenance) {
        ResultReport report = ResultReport.in(output.style().withProvenance(provenance));
        return output.pick(() -> ResultJson.write(result, provenance), () -> report.markdown(result), () -> report.html(result));
    }
}

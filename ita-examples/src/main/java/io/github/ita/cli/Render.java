package io.github.ita.cli;

import io.github.ita.io.ResultJson;
import io.github.ita.report.ResultReport;
import io.github.ita.scoring.Result;

/** Renders a result in the format asked for. */
final class Render {

    private Render() {
    }

    static String result(Result result, OutputOptions output) {
        ResultReport report = ResultReport.in(output.style());
        return output.pick(() -> ResultJson.write(result), () -> report.markdown(result), () -> report.html(result));
    }
}

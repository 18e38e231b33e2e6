package io.github.ita.cli;

import io.github.ita.io.ResultJson;
import io.github.ita.report.MarkdownReport;
import io.github.ita.scoring.Result;

/** Renders a result in the format asked for. */
final class Render {

    private Render() {
    }

    static String result(Result result, OutputOptions output) {
        return switch (output.format) {
            case json -> ResultJson.write(result);
            case md -> MarkdownReport.in(output.language()).render(result);
        };
    }
}

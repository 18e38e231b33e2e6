package io.github.ita.cli;

import io.github.ita.io.Provenance;
import io.github.ita.io.ResultJson;
import io.github.ita.report.ResultReport;
import io.github.ita.scoring.Result;

/** Renders a result in the format asked for, with how it was made. */
final class Render {

    private Render() {
    }

    /**
     * Writes a result: a workbook for --format xlsx, otherwise the text of {@link #result(Result, OutputOptions, Provenance)}.
     */
    static void emit(Result result, OutputOptions output, Provenance provenance) {
        if (output.format == OutputOptions.Format.xlsx) {
            output.emit(out -> Workbooks.result(result, output.language(), provenance, out));
        } else {
            output.emit(result(result, output, provenance));
        }
    }

    static String result(Result result, OutputOptions output, Provenance provenance) {
        ResultReport report = ResultReport.in(output.style().withProvenance(provenance));
        return output.pick(() -> ResultJson.write(result, provenance), () -> report.markdown(result), () -> report.html(result));
    }
}

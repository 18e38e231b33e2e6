package io.github.ita.cli;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.analysis.BatchListener;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.Option;

/** {@code --charset} and progress for commands that read CSV directories. */
final class CsvOptions {

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8",
            description = "the CSV files' charset (default UTF-8, with or without BOM; Thai Excel: windows-874 or TIS-620)")
    String charset;

    Charset charset() {
        try {
            return Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MalformedInputException(Location.NONE, "unknown charset \"" + charset + "\"");
        }
    }

    /** @return a listener that shows progress on standard error when it is a terminal, and nothing otherwise */
    static BatchListener progress(PrintWriter err) {
        if (System.console() == null) {
            return BatchListener.NONE;
        }
        return (rows, agencies) -> {
            synchronized (err) {
                err.print("\r" + rows + " rows read" + (agencies > 0 ? ", " + agencies + " agencies scored" : "") + "   ");
                err.flush();
            }
        };
    }
}

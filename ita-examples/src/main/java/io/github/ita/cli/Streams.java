package io.github.ita.cli;

import io.github.ita.analysis.BatchListener;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The streams of one run of {@code ita}: standard output as bytes (so that a failure to write it is
 * seen, which a {@link java.io.PrintStream} would swallow) and standard error, with the progress line
 * that a long command keeps on a terminal.
 */
final class Streams {

    private final OutputStream out;
    private final PrintWriter err;
    private final boolean terminal;
    /** Whether the progress text ends the last line on standard error, with no newline after it. */
    private boolean progressShown;

    /**
     * @param out      standard output
     * @param err      standard error
     * @param terminal whether standard error is a terminal (progress is shown only there)
     */
    Streams(OutputStream out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** @return whether this run is on a terminal (standard output is then not a file) */
    boolean terminal() {
        return terminal;
    }

    /** @return standard output, for a finished document */
    OutputStream out() {
        return out;
    }

    /** @return a listener that shows progress on standard error when it is a terminal, and nothing otherwise */
    BatchListener progress() {
        if (!terminal) {
            return BatchListener.NONE;
        }
        return (rows, agencies) -> {
            synchronized (err) {
                err.print("\r" + rows + " rows read" + (agencies > 0 ? ", " + agencies + " agencies scored" : "") + "   ");
                err.flush();
                progressShown = true;
            }
        };
    }

    /** Ends the progress line, if one is shown, so that what follows starts on a line of its own. */
    void endProgress() {
        synchronized (err) {
            if (progressShown) {
                err.println();
                err.flush();
                progressShown = false;
            }
        }
    }
}

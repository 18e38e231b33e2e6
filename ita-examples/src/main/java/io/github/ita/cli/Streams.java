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
        return progress(null);
    }

    /**
     * @param dir the CSV directory about to be read, or null: its files' sizes give the rows to expect
     * @return a listener that shows progress on standard error when it is a terminal (with a total and a
     *         percentage once they are known), and nothing otherwise
     */
    Progress progress(java.nio.file.Path dir) {
        if (!terminal) {
            return new Progress(this, 0, false);
        }
        return new Progress(this, dir == null ? 0 : expectedRows(dir), true);
    }

    /**
     * The rows a directory's answer files hold, about: each file's size over the mean length of its first
     * lines (the first 256 KiB). The reader does not report the bytes it has read; the rows it has read,
     * set against this estimate, give the share done.
     *
     * @param dir a CSV directory
     * @return the rows expected, about; 0 when unknown
     */
    static long expectedRows(java.nio.file.Path dir) {
        long rows = 0;
        for (String name : new String[] {"iit.csv", "eit.csv", "oit.csv"}) {
            java.nio.file.Path f = dir.resolve(name);
            try {
                if (!java.nio.file.Files.isRegularFile(f)) {
                    continue;
                }
                long size = java.nio.file.Files.size(f);
                byte[] head = new byte[(int) Math.min(size, 256 * 1024)];
                int n;
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(f)) {
                    n = in.readNBytes(head, 0, head.length);
                }
                long lines = 0;
                for (int i = 0; i < n; i++) {
                    if (head[i] == '\n') {
                        lines++;
                    }
                }
                if (n == size) {
                    rows += Math.max(0, lines - 1 + (n > 0 && head[n - 1] != '\n' ? 1 : 0));   // all of it: exact, less the header
                } else if (lines > 0) {
                    rows += size * lines / n;
                }
            } catch (java.io.IOException e) {
                return 0;   // the reader will name the problem
            }
        }
        return rows;
    }

    /** Shows how a batch is going: rows read (of about how many), then agencies scored (of how many). */
    static final class Progress implements BatchListener {
        private final Streams streams;
        private final long rows;
        private final boolean shown;
        private volatile int agencies;

        Progress(Streams streams, long rows, boolean shown) {
            this.streams = streams;
            this.rows = rows;
            this.shown = shown;
        }

        /** @param total the agencies to score, once the files are read */
        void agencies(int total) {
            agencies = total;
        }

        @Override
        public void progress(long rowsRead, int agenciesDone) {
            if (!shown) {
                return;
            }
            String line = text(rowsRead, agenciesDone, rows, agencies);
            synchronized (streams.err) {
                streams.err.print("\r" + line + "   ");
                streams.err.flush();
                streams.progressShown = true;
            }
        }

        /**
         * @param rowsRead      rows read so far
         * @param agenciesDone  agencies scored so far
         * @param rowsExpected  rows expected, about (0: unknown)
         * @param agenciesTotal agencies to score (0: unknown)
         * @return the progress line
         */
        static String text(long rowsRead, int agenciesDone, long rowsExpected, int agenciesTotal) {
            StringBuilder b = new StringBuilder().append(rowsRead).append(" rows read");
            if (rowsExpected > 0 && agenciesDone == 0) {
                // an estimate: never 100% before the reading ends
                b.append(" of about ").append(rowsExpected).append(" (").append(Math.min(99, rowsRead * 100 / rowsExpected)).append("%)");
            }
            if (agenciesDone > 0) {
                b.append(", ").append(agenciesDone).append(agenciesTotal > 0 ? " of " + agenciesTotal : "").append(" agencies scored");
                if (agenciesTotal > 0) {
                    b.append(" (").append(Math.min(100, agenciesDone * 100L / agenciesTotal)).append("%)");
                }
            }
            return b.toString();
        }
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

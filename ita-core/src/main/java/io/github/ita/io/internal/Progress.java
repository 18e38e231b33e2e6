package io.github.ita.io.internal;

import io.github.ita.analysis.BatchListener;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the rows a reading reads for the listener, and takes them back when the reading is given up. */
final class Progress {
    private final AtomicLong shared;
    private final BatchListener listener;
    private long mine;

    /**
     * @param shared   the rows read by all readings
     * @param listener hears the count
     */
    Progress(AtomicLong shared, BatchListener listener) {
        this.shared = shared;
        this.listener = listener;
    }

    /** @return a count that no one hears */
    static Progress unheard() {
        return new Progress(new AtomicLong(), BatchListener.NONE);
    }

    /** Counts {@code n} rows more; with {@code tell}, the listener hears the count of all readings. */
    void read(long n, boolean tell) {
        mine += n;
        long all = shared.addAndGet(n);
        if (tell) {
            listener.progress(all, 0);
        }
    }

    /** Takes back the rows this reading counted. */
    void undo() {
        shared.addAndGet(-mine);
        mine = 0;
    }
}

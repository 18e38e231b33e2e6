package io.github.ita.analysis;

/**
 * Hears how a long batch is going. Called from the threads doing the work, so implementations must
 * be thread-safe and quick.
 */
@FunctionalInterface
public interface BatchListener {

    /** Hears nothing. */
    BatchListener NONE = (rows, agencies) -> { };

    /**
     * @param rowsRead     respondent and OIT rows read so far
     * @param agenciesDone agencies scored so far (0 while reading)
     */
    void progress(long rowsRead, int agenciesDone);
}

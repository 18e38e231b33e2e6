package io.github.ita.io.internal;

/**
 * A reader of rows that come by agency, in two parts (see docs/engine-notes.md): the rows after an agency's
 * first, read by {@link #run} with only what every row needs, and any other row (an agency's first, one the
 * run leaves to the general path) by {@link #first}.
 */
interface AgencyRuns {

    /**
     * Reads the row at hand and the rows after it while the run takes them.
     *
     * @param csv the reader, on a row
     * @return the rows read; the row at hand is then one for {@link #first}, unless {@link #ended}
     */
    int run(ByteRows csv);

    /** @return whether {@link #run} met the end of the input */
    boolean ended();

    /**
     * Reads the row at hand by the general path, which also names what is wrong with it, and makes its agency
     * the one {@link #run} reads the rows of.
     *
     * @param csv the reader, on a row
     */
    void first(ByteRows csv);

    /**
     * Reads every row of a file, telling the progress every 65,536 rows (in the same calls as one row at a time).
     *
     * @param csv      the reader, before its first row
     * @param rows     the reader of rows
     * @param progress counts the rows read
     * @param midFile  what to tell the progress with each 65,536 rows
     */
    static void readAll(ByteRows csv, AgencyRuns rows, Progress progress, boolean midFile) {
        long read = 0;
        long told = 0;
        if (csv.advance()) {
            while (true) {
                read += rows.run(csv);
                if (rows.ended()) {
                    break;
                }
                rows.first(csv);
                read++;
                for (; read - told >= 0x10000; told += 0x10000) {
                    progress.read(0x10000, midFile);
                }
                if (!csv.advance()) {
                    break;
                }
            }
        }
        for (; read - told >= 0x10000; told += 0x10000) {
            progress.read(0x10000, midFile);
        }
        progress.read(read - told, false);
    }
}

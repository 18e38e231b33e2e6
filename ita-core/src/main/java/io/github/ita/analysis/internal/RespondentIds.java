package io.github.ita.analysis.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * The respondent ids seen for one agency's tool, kept as 64-bit FNV-1a hashes with their lines: two
 * different ids are taken for the same only if their hashes collide, about one chance in 10^11 over
 * a national batch. About {@link #IN_MEMORY} ids are kept in an open-addressing table (16 to 32 bytes
 * an id) and a repeat is refused at once. Past that, the ids go to a temporary file (with no name) with their lines, and are
 * checked when the reading ends ({@link #verify}) by sorting runs of hashes and merging them — so an
 * agency with millions of respondents reads in constant memory.
 */
public final class RespondentIds implements AutoCloseable {

    /** How many ids an agency's tool keeps in memory before it spills to disk. */
    public static final int IN_MEMORY = 1 << 20;
    public static final int RUN = 1 << 20;
    private static final long EMPTY = 0L;

    private final int inMemory;
    private final int run;
    private long[] table = new long[16];
    private int[] lines = new int[16];
    private int size;
    /** The spill: a temporary file with no name (see {@link #unnamedFile}), open for writing and reading. */
    private FileChannel spill;
    private DataOutputStream spillOut;
    private long spilled;
    /** Slots passed over by the ids added so far: how healthy the table is (for tests). */
    long probes;

    public RespondentIds() {
        this(IN_MEMORY, RUN);
    }

    /** @param inMemory ids kept in memory before spilling; @param run ids sorted at a time when checking the spill */
    public RespondentIds(int inMemory, int run) {
        this.inMemory = inMemory;
        this.run = run;
    }

    /** A repeat found when the spilled ids are checked: the two lines (0 when not known). */
    public record Repeat(int firstLine, int line) {
    }

    /** @return whether the hash of an id is known to be here (only ids still in memory are checked at once) */
    public boolean contains(long h) {
        return lineOf(h) >= 0;
    }

    /**
     * @param h the hash of an id
     * @return the line where the id was read (0 when unknown), or -1 when it is not known to be here
     *     (only ids still in memory are checked at once)
     */
    public int lineOf(long h) {
        if (spillOut != null) {
            return -1;
        }
        h = h == EMPTY ? 1 : h;
        int mask = table.length - 1;
        int i = (int) (mix(h) & mask);
        while (table[i] != EMPTY) {
            if (table[i] == h) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Adds an id's hash; {@code line} is where it was read (0 when unknown). @return false when found a repeat at once */
    public boolean addHash(long h, int line) {
        h = h == EMPTY ? 1 : h;
        if (spillOut != null) {
            write(h, line);
            return true;
        }
        if ((size + 1) * 4 > table.length * 3) {
            if (size >= inMemory) {
                startSpill();
                write(h, line);
                return true;
            }
            grow();
        }
        int mask = table.length - 1;
        int i = (int) (mix(h) & mask);
        int probed = 0;
        while (table[i] != EMPTY) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
            probed++;
        }
        table[i] = h;
        lines[i] = line;
        size++;
        probes += probed;
        return true;
    }

    public boolean addHash(long h) {
        return addHash(h, 0);
    }

    /** @return the number of ids from {@code other} found here already (0 when disjoint, or when checked later) */
    public int addAll(RespondentIds other) {
        int clashes = 0;
        if (size == 0 && spillOut == null) {
            // nothing here yet: take a copy of the other's table as it is
            table = other.table.clone();
            lines = other.lines.clone();
            size = other.size;
        } else {
            // room first: inserting a table's slots in order into a smaller table that grows meanwhile
            // packs them into long runs, and the probes grow with the square of the ids
            reserve((long) size + other.size);
            clashes = addTable(other);
        }
        return clashes + addSpilled(other);
    }

    private int addTable(RespondentIds other) {
        int clashes = 0;
        long[] from = other.table;
        int mask = from.length - 1;
        // the other's slots in a scrambled order (an odd stride visits each once): in slot order, ids
        // would arrive sorted by their place here too, and each would probe to the end of one growing run
        for (int k = 0; k < from.length; k++) {
            int i = (int) (k * 0x9E3779B97F4A7C15L) & mask;
            if (from[i] != EMPTY && !addHash(from[i], other.lines[i])) {
                clashes++;
            }
        }
        return clashes;
    }

    private int addSpilled(RespondentIds other) {
        int clashes = 0;
        if (other.spillOut != null) {
            other.flush();
            try (DataInputStream in = reader(other.spill)) {
                for (long i = 0; i < other.spilled; i++) {
                    long h = in.readLong();
                    int line = in.readInt();
                    if (!addHash(h, line)) {
                        clashes++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            other.close();
        }
        return clashes;
    }

    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, size + spilled);
    }

    public boolean spilled() {
        return spillOut != null;
    }

    private void startSpill() {
        try {
            spill = unnamedFile("ita-ids-");
            spillOut = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(spill), 1 << 16));
            for (int i = 0; i < table.length; i++) {
                if (table[i] != EMPTY) {
                    write(table[i], lines[i]);
                }
            }
            table = new long[16];
            lines = new int[16];
            size = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(long h, int line) {
        try {
            spillOut.writeLong(h);
            spillOut.writeInt(line);
            spilled++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        try {
            spillOut.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the spilled ids for a repeat: sorts runs of hashes, merges them, and on two equal hashes
     * finds their lines in the spill.
     *
     * @return the first repeat, or null when every id is unique (always null when nothing spilled)
     */
    public Repeat verify() {
        if (spillOut == null) {
            return null;
        }
        flush();
        List<FileChannel> runs = new ArrayList<>();
        try {
            try (DataInputStream in = reader(spill)) {
                long left = spilled;
                while (left > 0) {
                    int n = (int) Math.min(run, left);
                    long[] hashes = new long[n];
                    for (int i = 0; i < n; i++) {
                        hashes[i] = in.readLong();
                        in.readInt();
                    }
                    left -= n;
                    Arrays.sort(hashes);
                    for (int i = 1; i < n; i++) {
                        if (hashes[i] == hashes[i - 1]) {
                            return linesOf(hashes[i]);
                        }
                    }
                    FileChannel run = unnamedFile("ita-run-");
                    runs.add(run);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(run), 1 << 16));
                    for (long h : hashes) {
                        out.writeLong(h);
                    }
                    out.flush();
                }
            }
            long repeat = merge(runs);
            return repeat == EMPTY ? null : linesOf(repeat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (FileChannel run : runs) {
                try {
                    run.close();
                } catch (IOException ignored) {
                    // the file has no name: the system frees it when this process ends at the latest
                }
            }
        }
    }

    /** @return the first hash found in two runs, or EMPTY */
    private static long merge(List<FileChannel> runs) throws IOException {
        record Cursor(DataInputStream in, long head) {
        }
        PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> Long.compare(a.head(), b.head()));
        List<DataInputStream> open = new ArrayList<>();
        try {
            for (FileChannel run : runs) {
                DataInputStream in = reader(run);
                open.add(in);
                queue.add(new Cursor(in, in.readLong()));
            }
            boolean first = true;
            long last = 0;
            while (!queue.isEmpty()) {
                Cursor c = queue.poll();
                if (!first && c.head() == last) {
                    return c.head();
                }
                first = false;
                last = c.head();
                try {
                    queue.add(new Cursor(c.in(), c.in().readLong()));
                } catch (EOFException end) {
                    // this run is done
                }
            }
            return EMPTY;
        } finally {
            for (DataInputStream in : open) {
                in.close();
            }
        }
    }

    private Repeat linesOf(long hash) throws IOException {
        int first = -1;
        try (DataInputStream in = reader(spill)) {
            for (long i = 0; i < spilled; i++) {
                long h = in.readLong();
                int line = in.readInt();
                if (h == hash) {
                    if (first < 0) {
                        first = line;
                    } else {
                        return new Repeat(first, line);
                    }
                }
            }
        }
        return new Repeat(Math.max(first, 0), 0);
    }

    /** Closes the spill file, if any, which frees it: it has no name. */
    @Override
    public void close() {
        if (spillOut != null) {
            try {
                spill.close();
            } catch (IOException ignored) {
                // the file has no name: the system frees it when this process ends at the latest
            }
            spillOut = null;
        }
    }

    /**
     * A temporary file that has no name: on Linux and macOS {@code DELETE_ON_CLOSE} unlinks it as soon
     * as it is open, so nothing is left in the temporary directory however the process ends (Ctrl-C,
     * {@code kill}, even {@code kill -9}).
     */
    private static FileChannel unnamedFile(String prefix) throws IOException {
        Path p = Path.of(System.getProperty("java.io.tmpdir")).resolve(prefix + UUID.randomUUID() + ".bin");
        return FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** Reads a temporary file from its start, whatever the channel's position; closing the reader leaves the file open. */
    private static DataInputStream reader(FileChannel file) {
        return new DataInputStream(new BufferedInputStream(new InputStream() {
            private long position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = file.read(ByteBuffer.wrap(b, off, len), position);
                if (n > 0) {
                    position += n;
                }
                return n;
            }
        }, 1 << 16));
    }

    /** Grows the table for {@code n} ids, as far as ids are kept in memory. */
    private void reserve(long n) {
        while (spillOut == null && (n + 1) * 4 > table.length * 3L && table.length * 3L / 4 < inMemory) {
            grow();
        }
    }

    private void grow() {
        long[] old = table;
        int[] oldLines = lines;
        table = new long[old.length * 2];
        lines = new int[old.length * 2];
        int mask = table.length - 1;
        for (int j = 0; j < old.length; j++) {
            long h = old[j];
            if (h != EMPTY) {
                int i = (int) (mix(h) & mask);
                while (table[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
                lines[i] = oldLines[j];
            }
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** @return the 64-bit FNV-1a hash of an id's characters (a String's, or a view of a row's ASCII bytes: the same) */
    public static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

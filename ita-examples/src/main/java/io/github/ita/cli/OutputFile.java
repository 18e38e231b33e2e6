package io.github.ita.cli;

import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a command writes its document, and how: never half a file, never over an input, never a
 * temporary file left behind.
 *
 * <ul>
 *   <li>{@code --out FILE}: the document is written to a temporary file beside FILE and moved over it
 *       once complete, so FILE is either as it was or whole. A FILE that is a symbolic link is written
 *       through the link (the link stays); a FILE that is a directory, a device, a pipe or a socket is
 *       refused; a FILE replaced keeps its permissions (and, where the user may set them, its owner
 *       and group). The temporary file is removed on failure, on Ctrl-C and on {@code kill} (a
 *       {@code kill -9} cannot be caught: it may leave a {@code .ita-*.tmp} beside FILE).</li>
 *   <li>Standard output: the document is written to a temporary file that has no name (unlinked as
 *       soon as it is opened), then copied to standard output once complete; nothing is left behind
 *       even by {@code kill -9}.</li>
 * </ul>
 *
 * A failure to write (a full disk, {@code /dev/full}, a closed standard output) is an
 * {@link OutputFailure}; a reader of standard output that stopped early (a pipe to {@code head}) is
 * a {@link ReaderStopped}.
 */
final class OutputFile {

    /** How many links a chain of symbolic links may have, as Linux allows. */
    private static final int MAX_LINKS = 40;

    /** Temporary files not yet moved into place, removed if the run is stopped. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Cleanup());
    }

    /** Removes the temporary files of a stopped run (a thread of its own rather than a method reference run in one, whose shape the JVM would generate code for at every start). */
    private static final class Cleanup extends Thread {
        Cleanup() {
            super("ita-remove-temporary-files");
        }

        @Override
        public void run() {
            removePending();
        }
    }

    /** Writes a document to a stream. */
    interface Body {
        /**
         * @param out where to write it
         * @throws IOException when writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    /** The document could not be written: exit status 74, one line naming the target. */
    static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(String target, IOException cause) {
            this(target, "cannot write", cause);
        }

        OutputFailure(String target, String what, IOException cause) {
            super(target + ": " + what + ": " + ItaException.reason(cause), cause);
        }
    }

    /** The reader of standard output stopped early (a broken pipe): not an error, nothing more to say. */
    static final class ReaderStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReaderStopped(IOException cause) {
            super("the reader of standard output stopped early", cause);
        }
    }

    private final Path given;
    private final Path target;

    private OutputFile(Path given, Path target) {
        this.given = given;
        this.target = target;
    }

    /**
     * Resolves and checks {@code --out} before anything is read: follows symbolic links to the file
     * that will be written, which must be a regular file or not exist yet, in a directory that exists.
     *
     * @param out the path given
     * @return where the document will be written
     * @throws MalformedInputException naming the path and why it cannot be written
     */
    static OutputFile of(Path out) {
        // not normalised: "link/../x" is x beside the link's target, as the system resolves it, not beside the link
        Path given = out.toAbsolutePath();
        Path target;
        if (Files.exists(given)) {
            if (Files.isDirectory(given)) {
                throw refused(out, "--out is a directory; name a file");
            }
            if (!Files.isRegularFile(given)) {
                throw refused(out, "--out is not a regular file (a device, a pipe or a socket); name a file");
            }
            try {
                target = given.toRealPath();
            } catch (IOException e) {
                throw refused(out, "--out cannot be followed to a file: " + ItaException.reason(e));
            }
            if (!Files.isWritable(target)) {
                throw refused(out, "--out is a file this user may not write (permission denied)");
            }
        } else {
            target = notThereYet(out, given);
        }
        Path dir = target.getParent();
        if (!Files.isWritable(dir)) {
            throw refused(out, "--out is in a directory where this user may not make files (permission denied): "
                    + "the document is written beside --out, then moved over it");
        }
        return new OutputFile(out, target);
    }

    /** Where a file not there yet will be made: through a dangling link to what it names, in a directory that exists. */
    private static Path notThereYet(Path out, Path given) {
        Path p = given;
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw refused(out, "--out is a loop of symbolic links");
            }
            try {
                p = p.getParent().resolve(Files.readSymbolicLink(p));
            } catch (IOException e) {
                throw refused(out, "--out is a symbolic link that cannot be read: " + ItaException.reason(e));
            }
        }
        Path name = p.getFileName();
        if (name == null || name.toString().equals("..") || name.toString().equals(".")) {
            throw refused(out, "--out is a directory; name a file");
        }
        Path dir = p.getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw refused(out, "--out is under " + ItaException.clip(String.valueOf(dir)) + ", which is a file, not a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw refused(out, "--out is in a directory that does not exist: " + ItaException.clip(String.valueOf(dir)));
        }
        try {
            return dir.toRealPath().resolve(name);
        } catch (IOException e) {
            throw refused(out, "--out is in a directory that cannot be entered: " + ItaException.reason(e));
        }
    }

    /** @return the file that will be written, every symbolic link followed */
    Path target() {
        return target;
    }

    /**
     * Writes a document to the file, through a temporary file moved into place once complete.
     *
     * @param body the document
     */
    void write(Body body) {
        Path tmp = target.resolveSibling(".ita-" + UUID.randomUUID() + ".tmp");
        PENDING.add(tmp);
        try {
            // createFile, not createTempFile: a new result gets the usual permissions (umask), not owner-only
            try {
                Files.createFile(tmp);
            } catch (IOException e) {
                throw new OutputFailure(given.toString(), "cannot make a temporary file beside it", e);
            }
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(os);
            }
            keepAttributes(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputFailure(given.toString(), e);
        } catch (UncheckedIOException e) {
            throw new OutputFailure(given.toString(), e.getCause());
        } finally {
            remove(tmp);
        }
    }

    /**
     * Writes a document to standard output once it is complete, through a temporary file that has no
     * name, so that a failure half-way writes nothing.
     *
     * @param body   the document
     * @param stdout standard output
     */
    static void writeStandardOutput(Body body, OutputStream stdout) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        Path tmp = dir.resolve(".ita-" + UUID.randomUUID() + ".tmp");
        PENDING.add(tmp);
        // DELETE_ON_CLOSE unlinks the file as soon as it is open (on Linux and macOS): only the open channel holds it
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE)) {
            try {
                OutputStream os = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                body.write(os);
                os.flush();
            } catch (IOException e) {
                throw new OutputFailure("a temporary copy of the output in " + dir, e);
            } catch (UncheckedIOException e) {
                throw new OutputFailure("a temporary copy of the output in " + dir, e.getCause());
            }
            ch.position(0);
            copy(Channels.newInputStream(ch), stdout);
        } catch (IOException e) {
            throw new OutputFailure("a temporary copy of the output in " + dir, e);
        } finally {
            remove(tmp);
        }
    }

    /**
     * Writes a finished text to standard output.
     *
     * @param bytes  the document
     * @param stdout standard output
     */
    static void writeStandardOutput(byte[] bytes, OutputStream stdout) {
        copy(new java.io.ByteArrayInputStream(bytes), stdout);
    }

    private static void copy(java.io.InputStream in, OutputStream stdout) {
        byte[] buffer = new byte[1 << 16];
        try {
            for (int n; (n = readSome(in, buffer)) > 0; ) {
                stdout.write(buffer, 0, n);
            }
            stdout.flush();
        } catch (IOException e) {
            if (brokenPipe(e)) {
                throw new ReaderStopped(e);
            }
            throw new OutputFailure("standard output", e);
        }
        if (stdout instanceof java.io.PrintStream p && p.checkError()) {
            throw new OutputFailure("standard output", new IOException("the stream reported an error"));
        }
    }

    /** Reads from the temporary copy; a failure there is not standard output's. */
    private static int readSome(java.io.InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new OutputFailure("a temporary copy of the output", e);
        }
    }

    /** A replaced file keeps its permission bits and, where this user may set them, its owner and group. */
    private void keepAttributes(Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (old == null || now == null || !Files.exists(target)) {
            return;
        }
        PosixFileAttributes a;
        try {
            a = old.readAttributes();
        } catch (NoSuchFileException e) {
            return;
        }
        now.setPermissions(a.permissions());
        try {
            now.setOwner(a.owner());
            now.setGroup(a.group());
        } catch (FileSystemException notAllowed) {
            // only the owner's rights allow this; the permission bits are kept all the same
        }
    }

    private static boolean brokenPipe(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("EPIPE"));
    }

    private static void remove(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the shutdown hook tries again
        }
        PENDING.remove(tmp);
    }

    private static void removePending() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // nothing more can be done while the JVM stops
            }
        }
    }

    private static MalformedInputException refused(Path out, String why) {
        return new MalformedInputException(Location.file(out.toString()), why);
    }

}

package io.github.ita.io.internal;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The files of a batch directory: whether each is there, and why a name that is there cannot be read. */
final class BatchFiles {

    private BatchFiles() {
    }

    /** Refuses a batch directory that is not one, or that cannot be entered, saying why. */
    static void enter(Path dir) {
        if (!Files.isDirectory(dir)) {
            String why = Files.exists(dir) ? "not a directory of CSV files"
                    : Files.isSymbolicLink(dir) ? linkTrouble(dir, null) : "no such directory";
            throw new MalformedInputException(Location.file(dir.toString()), why);
        }
        if (!Files.isExecutable(dir)) {
            throw new MalformedInputException(Location.file(dir.toString()), "cannot enter the directory: no permission");
        }
    }

    /**
     * Whether a file of a batch directory is there. A file may be absent (where the format allows);
     * a name that is there but cannot be read as a file — a symbolic link to nothing or in a loop, a
     * directory, a pipe or device, a file without read permission — is refused, naming it and why,
     * rather than taken for absent.
     *
     * @param file a file of a batch directory
     * @return whether it is there, a regular file that can be read
     * @throws MalformedInputException when the name is there but is no file that can be read
     */
    static boolean present(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(file.toString()), linkTrouble(file, e));
        }
        String why = a.isDirectory() ? "a directory, not a file"
                : !a.isRegularFile() ? "not a regular file (a pipe, a device or a socket)"
                : !Files.isReadable(file) ? "cannot read: no permission"
                : null;
        if (why != null) {
            throw new MalformedInputException(Location.file(file.toString()), why);
        }
        return true;
    }

    /** @return why a name that is there cannot be followed: a link to nothing, a loop of links, or the system's reason */
    private static String linkTrouble(Path path, IOException e) {
        if (e == null) {
            try {
                Files.readAttributes(path, BasicFileAttributes.class);
                return "cannot read";
            } catch (IOException x) {
                e = x;
            }
        }
        if (e instanceof NoSuchFileException && Files.isSymbolicLink(path)) {
            try {
                return "a symbolic link to nothing (" + Files.readSymbolicLink(path) + ")";
            } catch (IOException x) {
                return "a symbolic link to nothing";
            }
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason != null && reason.contains("levels of symbolic links")) {
            return "a loop of symbolic links";
        }
        return "cannot read: " + CsvRows.firstLine(reason);
    }
}

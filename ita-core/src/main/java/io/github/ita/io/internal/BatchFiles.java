package io.github.ita.io.internal;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.internal.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
     * Refuses a file of the directory named like one of {@code names} but not exactly ({@code IIT.csv},
     * {@code iit.CSV}, {@code iit.csv } for {@code iit.csv}): it would not be read, and its data would be missing
     * from the result without a word. Names are compared with case, white space at either end and Unicode
     * normalisation set aside. Other files of the directory are not the batch's and are left alone. On a file
     * system that ignores case, where {@code IIT.csv} is the file {@code iit.csv} names, it is read and not refused;
     * in a directory that may be entered but not listed, nothing can be compared and the exact names are read.
     *
     * @param dir   a batch directory (entered)
     * @param names the names a batch directory's files are read by
     * @throws MalformedInputException naming the first such file, in the order of their names
     */
    static void refuseNearNames(Path dir, List<String> names) {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(entries::add);
        } catch (AccessDeniedException e) {
            return;   // a directory that may be entered but not listed: its files are read by their exact names, as before
        } catch (IOException | UncheckedIOException e) {
            throw new MalformedInputException(Location.file(dir.toString()), "cannot list the directory: " + CsvRows.firstLine(e.getMessage()));
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (names.contains(name)) {
                continue;
            }
            String looks = loose(name);
            for (String exact : names) {
                if (looks.equals(exact)) {
                    Path meant = dir.resolve(exact);
                    if (Files.exists(meant, LinkOption.NOFOLLOW_LINKS) && sameFile(meant, entry)) {
                        break;   // a file system that ignores case: this is the file read as exact
                    }
                    throw new MalformedInputException(Location.file(entry.toString()), "named like " + exact
                            + " but not exactly, so it would not be read"
                            + (Files.exists(meant, LinkOption.NOFOLLOW_LINKS) ? ", and " + exact + " is there too: remove one of the two"
                            : ": rename it " + exact + " (a batch directory's file names are lower case, with no spaces)"));
                }
            }
        }
    }

    /** @return a file name with case, compatibility forms (full-width letters) and what {@link Ids#normal} trims set aside */
    private static String loose(String name) {
        return Ids.normal(Normalizer.normalize(name, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
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

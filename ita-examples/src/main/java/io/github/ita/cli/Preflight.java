package io.github.ita.cli;

import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.edition.Editions;
import io.github.ita.io.BatchCsvReader;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * What is checked once the command line is parsed and before anything is read or written:
 *
 * <ul>
 *   <li>every input path (a parameter or option of type {@link Path}, or one whose label says
 *       {@code FILE}, such as {@code --edition ID|FILE}, when it is not a bundled id) is there and
 *       can be read as what it is: a dangling or looping symbolic link, a device, a pipe or a socket,
 *       a file that cannot be read or a directory that cannot be entered is named with the reason,
 *       never taken for absent and never read;</li>
 *   <li>{@code --out} can be written (see {@link OutputFile#of}) and is none of the inputs: not the
 *       file read, nor a CSV file of a directory read, whatever links or relative paths lead there.</li>
 * </ul>
 */
final class Preflight {

    /** The files a CSV directory is read from (.xlsx ones and columns.csv too): {@code --out} may name none of them. */
    private static final List<String> CSV_FILES = BatchCsvReader.fileNames();

    private Preflight() {
    }

    /**
     * @param parsed the parsed command line of the command about to run
     * @throws MalformedInputException naming the path and what is wrong with it
     */
    static void check(ParseResult parsed) {
        List<Path> inputs = new ArrayList<>();
        Path out = null;
        for (ArgSpec arg : parsed.matchedArgs()) {
            Object value = arg.getValue();
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            if (arg instanceof OptionSpec o && o.longestName().equals("--out")) {
                out = (Path) value;
                named(name, arg.originalStringValues().get(arg.originalStringValues().size() - 1));
            } else if (value instanceof Path p) {
                named(name, arg.originalStringValues().isEmpty() ? p.toString() : arg.originalStringValues().get(0));
                inputs.add(p);
            } else if (value instanceof String s && arg.paramLabel().contains("FILE") && !Editions.bundledIds().contains(s)) {
                named(name, s);
                Path p = path(s);
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    inputs.add(p);
                }
            }
        }
        for (Path input : inputs) {
            readable(input);
        }
        if (OutputOptions.namesAFile(out)) {
            OutputFile target = OutputFile.of(out);
            for (Path input : inputs) {
                notAnInput(out, target.target(), input);
            }
        }
    }

    /**
     * @param given a file's name as given on the command line
     * @return the path it names
     * @throws MalformedInputException when no file can have that name (see {@link #unnameable})
     */
    static Path path(String given) {
        try {
            return Path.of(given);
        } catch (InvalidPathException e) {
            throw new MalformedInputException(Location.NONE, unnameable(e), given);
        }
    }

    /**
     * @param e the refusal of a name as a path
     * @return why no file can have that name, in one line: a NUL character, or a character this
     *         system's encoding of file names cannot write
     */
    static String unnameable(InvalidPathException e) {
        String name = "cannot name the file \"" + ItaException.clip(e.getInput()) + "\"";
        return e.getInput().indexOf('\u0000') >= 0 ? name + ": no file name holds a NUL character"
                : name + " in this system's encoding (" + System.getProperty("sun.jnu.encoding", "unknown")
                        + "): run with a UTF-8 locale (LANG=C.UTF-8)";
    }

    /**
     * A file's name as given must name one file: not empty, not ending with a slash (for {@code --out}),
     * and with no byte the system's encoding could not read (Java sees such a byte as U+FFFD, and would
     * open another file, or none).
     */
    private static void named(String what, String given) {
        if (given.isEmpty()) {
            throw new MalformedInputException(Location.NONE, what + " is empty: name a file");
        }
        if (given.indexOf('\uFFFD') >= 0) {
            throw new MalformedInputException(Location.file(given), "the name holds bytes that are not text in this system's encoding ("
                    + System.getProperty("sun.jnu.encoding", "unknown") + "): rename the file, or run with a UTF-8 locale (LANG=C.UTF-8)");
        }
        if (what.equals("--out") && given.endsWith("/") && !Files.isDirectory(Path.of(given))) {
            throw new MalformedInputException(Location.file(given), "--out ends with a slash, as a directory does: name a file");
        }
    }

    /** An input that is there must be a regular file or a directory that can be read; one that is not there is left to its reader. */
    private static void readable(Path input) {
        if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.exists(input)) {
            throw odd(input, brokenLink(input));
        }
        if (Files.isDirectory(input)) {
            if (!Files.isReadable(input) || !Files.isExecutable(input)) {
                throw odd(input, "a directory that cannot be read or entered (permission denied)");
            }
        } else if (!Files.isRegularFile(input)) {
            throw odd(input, "not a regular file (a device, a pipe or a socket), so it is not read");
        } else if (!Files.isReadable(input)) {
            throw odd(input, "cannot be read (permission denied)");
        }
    }

    /** @return why a symbolic link leads to no file: a loop, or a name that is not there */
    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
        } catch (FileSystemException e) {
            String why = e.getReason() == null ? "" : e.getReason();
            if (why.contains("Too many levels") || why.contains("loop")) {
                return "a loop of symbolic links";
            }
        } catch (IOException e) {
            return "a symbolic link that cannot be followed: " + ItaException.reason(e);
        }
        try {
            return "a symbolic link to " + ItaException.clip(Files.readSymbolicLink(link).toString()) + ", which does not exist";
        } catch (IOException e) {
            return "a symbolic link that cannot be followed: " + ItaException.reason(e);
        }
    }

    /** Refuses an {@code --out} that is an input, or a CSV file of a directory read. */
    private static void notAnInput(Path out, Path target, Path input) {
        Path real;
        try {
            real = input.toRealPath();
        } catch (IOException e) {
            return;   // an input that is not there cannot be overwritten; its reader names it
        }
        List<Path> read = Files.isDirectory(real) ? CSV_FILES.stream().map(real::resolve).toList() : List.of(real);
        for (Path file : read) {
            if (file.equals(target) || sameFile(file, target)) {
                throw new MalformedInputException(Location.file(out.toString()), "--out names " + (file.equals(real)
                        ? "an input of this command" : "the " + file.getFileName() + " of the directory " + input + " read by this command")
                        + ": it would be replaced; write the output elsewhere");
            }
        }
    }

    /** Two names of one file (a hard link) are the same input too. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static MalformedInputException odd(Path input, String why) {
        return new MalformedInputException(Location.file(input.toString()), why);
    }

}

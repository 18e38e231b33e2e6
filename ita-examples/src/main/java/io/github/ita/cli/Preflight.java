package io.github.ita.cli;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.edition.Editions;
import io.github.ita.internal.Text;
import io.github.ita.io.CsvBatch;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
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

    /** The files a CSV directory is read from: {@code --out} may name none of them. */
    private static final List<String> CSV_FILES = List.of(CsvBatch.IIT, CsvBatch.EIT, CsvBatch.OIT, CsvBatch.AGENCIES);

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
            if (arg instanceof OptionSpec o && o.longestName().equals("--out")) {
                out = (Path) value;
            } else if (value instanceof Path p) {
                inputs.add(p);
            } else if (value instanceof String s && arg.paramLabel().contains("FILE") && !Editions.bundledIds().contains(s)
                    && Files.exists(Path.of(s), LinkOption.NOFOLLOW_LINKS)) {
                inputs.add(Path.of(s));
            }
        }
        for (Path input : inputs) {
            readable(input);
        }
        if (out != null) {
            OutputFile target = OutputFile.of(out);
            for (Path input : inputs) {
                notAnInput(out, target.target(), input);
            }
        }
    }

    /** An input that is there must be a regular file or a directory that can be read; one that is not there is left to its reader. */
    private static void readable(Path input) {
        if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path real;
        try {
            real = input.toRealPath();
        } catch (FileSystemException e) {
            throw odd(input, Files.isSymbolicLink(input) ? brokenLink(input, e) : Text.problem(e));
        } catch (IOException e) {
            throw odd(input, Text.problem(e));
        }
        if (Files.isDirectory(real)) {
            if (!Files.isReadable(real) || !Files.isExecutable(real)) {
                throw odd(input, "a directory that cannot be read or entered (permission denied)");
            }
        } else if (!Files.isRegularFile(real)) {
            throw odd(input, "not a regular file (a device, a pipe or a socket), so it is not read");
        } else if (!Files.isReadable(real)) {
            throw odd(input, "cannot be read (permission denied)");
        }
    }

    private static String brokenLink(Path link, FileSystemException e) {
        String why = e.getReason() == null ? "" : e.getReason();
        if (why.contains("Too many levels") || why.contains("loop")) {
            return "a loop of symbolic links";
        }
        try {
            return "a symbolic link to " + Text.clip(Files.readSymbolicLink(link).toString())
                    + ", which does not exist";
        } catch (IOException unreadable) {
            return "a symbolic link that cannot be followed: " + Text.problem(e);
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

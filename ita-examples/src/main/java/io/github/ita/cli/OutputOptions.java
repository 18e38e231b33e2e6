package io.github.ita.cli;

import io.github.ita.MalformedInputException;
import io.github.ita.Location;
import io.github.ita.edition.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --lang}, {@code --out}: how and where a command writes its result. */
final class OutputOptions {

    /** The output formats. */
    enum Format { json, md }

    /** The report languages. */
    enum Lang { th, en }

    @Option(names = "--format", description = "json or md (default: ${DEFAULT-VALUE})", defaultValue = "md")
    Format format;

    @Option(names = "--lang", description = "th or en (default: ${DEFAULT-VALUE})", defaultValue = "th")
    Lang lang;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    Language language() {
        return lang == Lang.en ? Language.EN : Language.TH;
    }

    /**
     * Writes a finished text: to standard output, or to {@code --out} through a temporary file
     * moved into place, so that a failure never leaves half a file.
     */
    void emit(String text, PrintWriter stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".ita-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(out.toString()), "cannot write: " + e.getMessage());
        }
    }
}

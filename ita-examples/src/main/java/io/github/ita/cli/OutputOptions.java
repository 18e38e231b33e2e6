package io.github.ita.cli;

import io.github.ita.MalformedInputException;
import io.github.ita.Location;
import io.github.ita.edition.Language;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
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
    enum Format { json, md, html, csv }

    /** How the report's own numbers are written. */
    enum Digits { arabic, thai }

    /** The report languages. */
    enum Lang { th, en }

    @Option(names = "--format", description = "md (default), json, html; csv for ita batch (a row per agency)", defaultValue = "md")
    Format format;

    @Option(names = "--lang", description = "th or en (default: ${DEFAULT-VALUE})", defaultValue = "th")
    Lang lang;

    @Option(names = "--digits", description = "arabic (default) or thai: write the report's numbers as official documents do (๘๓.๖๗)",
            defaultValue = "arabic")
    Digits digits;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Option(names = "--timestamp", description = "record when the output was made (off by default, so that the same input gives the same bytes)")
    boolean timestamp;

    Language language() {
        return lang == Lang.en ? Language.EN : Language.TH;
    }

    io.github.ita.report.ReportStyle style() {
        return io.github.ita.report.ReportStyle.of(language()).withThaiDigits(digits == Digits.thai);
    }

    /** @return the provenance, stamped with the time when --timestamp asks */
    io.github.ita.io.Provenance stamp(io.github.ita.io.Provenance p) {
        return timestamp ? p.withTimestamp(java.time.Instant.now()) : p;
    }

    /** @return the provenance of a scored input: edition, policies, the input file's hash */
    io.github.ita.io.Provenance provenance(io.github.ita.scoring.Scorer scorer, Path... inputs) {
        return stamp(io.github.ita.io.Provenance.of(scorer.edition(), scorer.options()).withInputs(inputs));
    }

    /** Refuses --format csv at once, before any input is read: only ita batch writes CSV. */
    void noCsv() {
        if (format == Format.csv) {
            throw new MalformedInputException(Location.NONE,
                    "--format csv is for ita batch (a row per agency); use md, json or html here");
        }
    }

    /**
     * Picks the rendering of the format asked for.
     *
     * @param json     the JSON
     * @param markdown the Markdown report
     * @param html     the HTML report
     * @return the text to write
     */
    String pick(java.util.function.Supplier<String> json, java.util.function.Supplier<String> markdown,
                java.util.function.Supplier<String> html) {
        return switch (format) {
            case json -> json.get();
            case md -> markdown.get();
            case html -> html.get();
            case csv -> throw new MalformedInputException(Location.NONE,
                    "--format csv is for ita batch (a row per agency); use md, json or html here");
        };
    }

    /** Writes a document to a stream. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a finished text: to standard output, or to {@code --out} (see {@link #emit(Body, PrintWriter)}). */
    void emit(String text, PrintWriter stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        emit(o -> o.write(text.getBytes(StandardCharsets.UTF_8)), stdout);
    }

    /**
     * Writes a document through a temporary file, moved into place at {@code --out} or copied to
     * standard output once complete: a failure half-way never leaves half a file or half an output.
     */
    void emit(Body body, PrintWriter stdout) {
        Path target = out == null ? null : out.toAbsolutePath();
        Path tmp = null;
        try {
            Path dir = target == null ? Path.of(System.getProperty("java.io.tmpdir")) : target.getParent();
            // createFile, not createTempFile: the result gets the usual permissions (umask), not owner-only
            tmp = Files.createFile(dir.resolve(".ita-" + java.util.UUID.randomUUID() + ".tmp"));
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(os);
            }
            if (target == null) {
                try (Reader r = Files.newBufferedReader(tmp, StandardCharsets.UTF_8)) {
                    r.transferTo(stdout);
                }
                stdout.flush();
            } else {
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(out == null ? "<stdout>" : out.toString()),
                    "cannot write: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}

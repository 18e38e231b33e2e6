package io.github.ita.cli;

import io.github.ita.MalformedInputException;
import io.github.ita.Location;
import io.github.ita.edition.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --format}, {@code --lang}, {@code --out}: how and where a command writes its result. */
final class OutputOptions {

    /** The output formats. */
    enum Format { json, md, html, csv, xlsx }

    /** How the report's own numbers are written. */
    enum Digits { arabic, thai }

    /** The report languages. */
    enum Lang { th, en }

    @Option(names = "--format", description = "md (default), json or html", defaultValue = "md")
    Format format;

    /**
     * Gives each command's {@code --format} the description of the formats that command writes, so that its
     * help lists its own (the option is declared once, here, for all of them).
     *
     * @param root the {@code ita} command line
     */
    /**
     * @param command a command's qualified name, e.g. {@code ita audit}
     * @return the formats it writes, e.g. {@code md, json, html or xlsx}
     */
    static String formatsOf(String command) {
        return switch (command) {
            case "ita batch" -> "md, json, html, csv or xlsx";
            case "ita score", "ita audit" -> "md, json, html or xlsx";
            default -> "md, json or html";
        };
    }

    static void describeFormats(picocli.CommandLine root) {
        for (picocli.CommandLine sub : root.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            picocli.CommandLine.Model.OptionSpec format = spec.findOption("--format");
            String what = switch (spec.qualifiedName(" ")) {
                case "ita batch" -> "md (default), json, html, csv (a row per agency, with the byte order mark Excel needs) "
                        + "or xlsx (an Excel workbook: a summary sheet and a row per agency; needs --out or a redirected output)";
                case "ita score", "ita audit" -> "md (default), json, html or xlsx (an Excel workbook: the total, tools, indicators "
                        + "and questions as rows; needs --out or a redirected output)";
                case "ita editions show" -> "json (the default: the data) or md or html (readable tables)";
                case "ita plan" -> "md (default), json or html; with --measures-skeleton, json (default), md or html";
                default -> null;
            };
            if (format != null && what != null) {
                spec.remove(format);
                spec.addOption(picocli.CommandLine.Model.OptionSpec.builder(format).description(what).build());
            }
            describeFormats(sub);
        }
    }

    @Option(names = "--lang", description = "th or en (default: ${DEFAULT-VALUE})", defaultValue = "th")
    Lang lang;

    @Option(names = "--digits", description = "arabic (default) or thai: write the report's numbers as official documents do (๘๓.๖๗)",
            defaultValue = "arabic")
    Digits digits;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output (- is standard output)")
    Path out;

    /**
     * @param out the --out value
     * @return whether it names a file: not absent, and not {@code -}, which is standard output as in other tools
     */
    static boolean namesAFile(Path out) {
        return out != null && !out.toString().equals("-");
    }

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

    /** Refuses --format csv and xlsx at once, before any input is read: only ita batch writes CSV, and batch, score, audit xlsx. */
    void noCsv() {
        if (format == Format.csv) {
            throw new MalformedInputException(Location.NONE,
                    "--format csv is for ita batch (a row per agency); use " + formatsOf(command.qualifiedName(" ")) + " here");
        }
        if (format == Format.xlsx) {
            throw new MalformedInputException(Location.NONE,
                    "--format xlsx is for ita batch, score and audit; use " + formatsOf(command.qualifiedName(" ")) + " here");
        }
    }

    /**
     * Checks, before any input is read, that a workbook can be written where it is going: an xlsx workbook
     * is binary, so it goes to {@code --out}, or to standard output only when that is not a terminal
     * (redirected to a file or a pipe).
     */
    void xlsxTarget() {
        if (format == Format.xlsx && !namesAFile(out) && streams().terminal()) {
            throw new MalformedInputException(Location.NONE,
                    "--format xlsx writes a binary workbook: give --out FILE.xlsx, or redirect standard output to a file");
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
                    "--format csv is for ita batch (a row per agency); use " + formatsOf(command.qualifiedName(" ")) + " here");
            case xlsx -> throw new MalformedInputException(Location.NONE,
                    "--format xlsx is for ita batch, score and audit; use " + formatsOf(command.qualifiedName(" ")) + " here");
        };
    }

    /**
     * Writes a finished text: to standard output, or to {@code --out} (see {@link OutputFile}).
     *
     * @param text the document
     */
    void emit(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!namesAFile(out)) {
            OutputFile.writeStandardOutput(bytes, streams().out());
        } else {
            OutputFile.of(out).write(o -> o.write(bytes));
        }
    }

    /**
     * Writes a document that is made as it is written (a batch's results): complete or not at all,
     * to standard output or to {@code --out} (see {@link OutputFile}).
     *
     * @param body the document
     */
    void emit(OutputFile.Body body) {
        if (!namesAFile(out)) {
            OutputFile.writeStandardOutput(body, streams().out());
        } else {
            OutputFile.of(out).write(body);
        }
    }

    /** @return the streams of this run */
    Streams streams() {
        return ((Ita) command.root().userObject()).streams();
    }
}

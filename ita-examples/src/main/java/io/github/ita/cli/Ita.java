package io.github.ita.cli;

import io.github.ita.ItaException;
import io.github.ita.edition.Editions;
import io.github.ita.io.ResponsesJson;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code ita} command line: scores and audits ITA results with the library.
 *
 * <p>Exit status 0 on success; 2 with a one-line message on standard error for bad input (naming the
 * file, the place and the problem) or a wrong command line; nothing is written to standard output
 * or to {@code --out} unless the whole result was computed.
 */
@Command(name = "ita", mixinStandardHelpOptions = true, versionProvider = Ita.Version.class,
        description = "Scores Thailand's Integrity and Transparency Assessment (ITA) exactly.")
public final class Ita implements Runnable {

    /**
     * The commands by name, in the order {@code ita --help} lists them (each name as its {@code @Command} gives
     * it), then picocli's {@code help}. They are added in {@link #commandLine}, not by {@code @Command(subcommands)}.
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    /** Exit status for bad input or a wrong command line. */
    public static final int BAD_INPUT = 2;
    /** Exit status for an unexpected internal error: a bug of ours. */
    public static final int INTERNAL = 70;
    /** Exit status when the output cannot be written (a full disk, a closed standard output): EX_IOERR. */
    public static final int CANNOT_WRITE = 74;

    @Spec
    CommandSpec spec;

    private final Streams streams;

    private Ita(Streams streams) {
        this.streams = streams;
    }

    /** @return the streams of this run */
    Streams streams() {
        return streams;
    }

    /** {@code ita} alone: the short usage on standard error, and exit status 2 (see {@link #run(OutputStream, OutputStream, boolean, String...)}). */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        leanPicocli();
        readEditionsAhead(args);
        // standard output as a plain stream: System.out, a PrintStream, would hide a failure to write it
        System.exit(run(new FileOutputStream(FileDescriptor.out), System.err, System.console() != null, args));
    }

    /**
     * The types whose built-in converters picocli need not register: no option of {@code ita} has one of them
     * ({@code ItaTest} checks every option of every command against this).
     */
    static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    /**
     * Spares picocli work that {@code ita} has no use for, through picocli's own system properties (unless they are
     * set already): registering the built-in converters of {@link #UNUSED_CONVERTERS}, which it finds by reflection
     * for every command line it builds (loading {@code java.sql}'s classes, reading the methods of {@code java.time}'s),
     * and looking for Groovy's closure class, which is not there. Measured in docs/performance.md.
     */
    private static void leanPicocli() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    /**
     * Starts reading, on a second thread, the bundled edition the command will need. A short command such as
     * {@code ita editions} or {@code ita audit} spends most of its time in two things that do not depend on each
     * other: picocli building the command line, and the JVM reading an edition for the first time (Jackson and our
     * reader still interpreted). The command asks {@link Editions#bundled} for its edition as before and waits there
     * only for what is not yet read. Which edition: for {@code ita editions}, every one's summary
     * ({@link Editions#bundledSummaries}, not the editions whole), for {@code ita editions show ID} that one; the bundled edition
     * {@code --edition} names; else the one the first JSON file among the arguments names at its top level (an
     * agency's answers, a score sheet), read as {@link ResponsesJson#editionOf} reads; else none, since an edition
     * read and not used only takes a core from the command (see docs/performance.md). For {@code batch}, whose run
     * is long and soon busy on every core, then {@link #primeSha256}. A problem is left for the command to report.
     */
    private static void readEditionsAhead(String[] args) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0]) || args[0].equals("help")) {
            return;
        }
        new EditionsAhead(args).start();
    }

    /**
     * The thread of {@link #readEditionsAhead}: a class, not a lambda, whose shape the JVM would generate code for
     * at every start, on the main thread, before picocli begins.
     */
    private static final class EditionsAhead extends Thread {
        private final String[] args;

        EditionsAhead(String[] args) {
            super("ita-editions-ahead");
            this.args = args;
            setDaemon(true);
        }

        @Override
        public void run() {
            boolean batch = args[0].equals("batch");
            try {
                if (args[0].equals("editions")) {
                    String shown = shownEdition(args);
                    if (shown == null) {
                        Editions.bundledSummaries();
                    } else if (Editions.bundledIds().contains(shown)) {
                        Editions.bundled(shown);
                    }
                } else {
                    String only = bundledEditionOption(args);
                    if (only == null && !batch) {
                        only = editionOfInput(args);
                    }
                    if (only != null) {
                        Editions.bundled(only);
                    }
                }
            } catch (RuntimeException e) {
                // the command reads the edition again and reports the problem itself
            }
            if (batch) {
                primeSha256();
            }
        }
    }

    /** @return the bundled edition the first JSON file among the arguments names, or null */
    private static String editionOfInput(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-") || !args[i].endsWith(".json")) {
                continue;
            }
            Path file;
            try {
                file = Path.of(args[i]);
            } catch (java.nio.file.InvalidPathException e) {
                continue;
            }
            if (Files.isRegularFile(file)) {
                String id = ResponsesJson.editionOf(file).orElse(null);
                return id != null && Editions.bundledIds().contains(id) ? id : null;
            }
        }
        return null;
    }

    /**
     * Hashes 4 MB of zeros with SHA-256, for {@code batch}, which hashes every file it reads (the provenance of its
     * output). The JDK computes SHA-256 with the processor's own instructions only in code its second compiler (C2)
     * has compiled; until then in Java, several times slower, and in a cold run that compiler is behind from the
     * start: the first megabytes of a national batch were hashed that way, on the threads reading it (see
     * docs/performance.md). Hashed here, on the core that picocli leaves idle while it builds the command line, the
     * loop is compiled before the files are read.
     */
    private static void primeSha256() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 64; i++) {
                sha.update(zeros);
            }
            sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }

    /**
     * @return for {@code ita editions show X}, the first word after {@code show} that is not an option: {@code X},
     *         unless an option's value comes first, or "" when there is none; for {@code ita editions} and its
     *         options, null
     */
    private static String shownEdition(String[] args) {
        int i = 1;
        while (i < args.length && args[i].startsWith("-")) {
            i++;
        }
        if (i == args.length || !args[i].equals("show")) {
            return null;
        }
        for (i++; i < args.length; i++) {
            if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return "";
    }

    /** @return the bundled edition id given as {@code --edition ID} or {@code --edition=ID}, or null */
    private static String bundledEditionOption(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String id = args[i].equals("--edition") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--edition=") ? args[i].substring("--edition=".length()) : null;
            if (id != null) {
                return Editions.bundledIds().contains(id) ? id : null;
            }
        }
        return null;
    }

    /**
     * Runs the tool with the given streams (UTF-8), as {@link #main} does, with no progress shown.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the command line
     * @return the exit status
     */
    public static int run(OutputStream out, OutputStream err, String... args) {
        return run(out, err, false, args);
    }

    /** As {@link #run(OutputStream, OutputStream, String...)}, with progress shown when {@code terminal}. */
    static int run(OutputStream out, OutputStream err, boolean terminal, String... args) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Streams streams = new Streams(out, e, terminal);
        CommandLine cl = commandLine(new Ita(streams), args).setOut(o).setErr(e)
                .setExecutionStrategy(new Checked())
                .setParameterExceptionHandler(new Failures(streams, e))
                .setExecutionExceptionHandler(new Failures(streams, e));
        giveVersion(cl);
        OutputOptions.describeFormats(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Path.of itself, not picocli's reflective call of it, so that a name no file can have is named (usageProblem)
        cl.registerConverter(Path.class, new PathOf());
        int status = cl.execute(args);
        if (args.length == 0 && status == 0) {
            status = BAD_INPUT;   // ita alone: the usage was shown on standard error, no command was run
        }
        o.flush();
        e.flush();
        return status;
    }

    /**
     * A wrong command line, and a failure of the command run: one line on standard error and the exit
     * status. A class rather than two lambdas, whose shapes the JVM would generate code for at every start.
     */
    private static final class Failures implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler {
        private final Streams streams;
        private final PrintWriter err;

        Failures(Streams streams, PrintWriter err) {
            this.streams = streams;
            this.err = err;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] given) {
            streams.endProgress();
            CommandLine where = ex.getCommandLine();
            err.println("ita: " + oneLine((where.getParent() == null ? "" : commandName(where) + ": ") + usageProblem(ex)));
            err.flush();
            return BAD_INPUT;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
            streams.endProgress();
            if (ex instanceof OutputFile.ReaderStopped) {
                return 0;   // a reader such as head had what it wanted
            }
            err.println("ita: " + oneLine(message(ex)));
            err.flush();
            if (ex instanceof OutputFile.OutputFailure) {
                return CANNOT_WRITE;
            }
            return ex instanceof ItaException || ex instanceof UncheckedIOException ? BAD_INPUT : INTERNAL;
        }
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("editions", EditionsCommand.class);
        commands.put("audit", AuditCommand.class);
        commands.put("score", ScoreCommand.class);
        commands.put("batch", BatchCommand.class);
        commands.put("plan", PlanCommand.class);
        commands.put("compare", CompareCommand.class);
        commands.put("measures", MeasuresCommand.class);
        commands.put("demo", DemoCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    /**
     * The {@code ita} command line with the commands that {@code args} may run. picocli builds a command's model
     * by reflection on its classes, options and mixins, a large part of a short command's run: when the first
     * argument names a command (as in {@code ita editions}), only that command is added, since nothing else can
     * run or be shown; otherwise (no command, {@code --help}, {@code help}, an unknown command) every one is, so
     * that help lists them and a mistyped name is matched against them all.
     */
    private static CommandLine commandLine(Ita ita, String... args) {
        CommandLine cl = new CommandLine(ita);
        Class<?> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
            if (named == null || command.getValue() == named) {
                cl.addSubcommand(command.getKey(), command.getValue());
            }
        }
        return cl;
    }

    /** Runs the command parsed once {@link #preflight} has checked it (a class, as {@link EditionsAhead} is). */
    private static final class Checked implements CommandLine.IExecutionStrategy {
        @Override
        public int execute(ParseResult parsed) {
            preflight(parsed);
            return new CommandLine.RunLast().execute(parsed);
        }
    }

    /** A path as {@link Path#of} reads it (a class, as {@link EditionsAhead} is). */
    private static final class PathOf implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return Path.of(value);
        }
    }

    /** Checks the inputs and --out of the command about to run (see {@link Preflight}); not when only help is asked for. */
    private static void preflight(ParseResult parsed) {
        ParseResult last = parsed;
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return;
            }
            last = p;
        }
        try {
            Preflight.check(last);
        } catch (ItaException ex) {
            throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), ex.getMessage(), ex);
        }
    }

    /** Every command's {@code -V} prints the version, not only the root's. */
    private static void giveVersion(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
            giveVersion(sub);
        }
    }

    /** @return "ita batch" as "batch", the root as "ita" */
    private static String commandName(CommandLine cmd) {
        String name = cmd.getCommandSpec().qualifiedName(" ");
        return name.startsWith("ita ") ? name.substring(4) : name;
    }

    /** One line for a wrong command line: what is wrong, picocli's suggestion, and where help is. */
    private static String usageProblem(CommandLine.ParameterException ex) {
        String help = " (see ita " + (ex.getCommandLine().getParent() == null ? "" : commandName(ex.getCommandLine()) + " ")
                + "--help)";
        java.nio.file.InvalidPathException bad = null;
        for (Throwable t = ex; t != null && bad == null; t = t.getCause()) {
            bad = t instanceof java.nio.file.InvalidPathException i ? i : null;
        }
        if (bad != null) {
            return Preflight.unnameable(bad);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            CommandLine where = ex.getCommandLine();
            if (where.getCommandSpec().optionsMap().containsKey(first)) {
                // a known option where it is not taken: after "--", every argument is a parameter
                return "unexpected argument \"" + ItaException.clip(first) + "\" (after --, every argument is a parameter)" + help;
            }
            if (where.getParent() == null && first.startsWith("--") && ofSomeCommand(where, first)) {
                return "\"" + ItaException.clip(first) + "\" is an option of the commands: put it after the command, e.g. ita audit FILE "
                        + ItaException.clip(first) + " …" + help;
            }
            boolean option = first.startsWith("-");
            String what = option ? "unknown option" : ex.getCommandLine().getSubcommands().isEmpty()
                    ? "unexpected argument" : "unknown command";
            // picocli suggests options that share the first two letters (none for --fromat), and for a
            // command the most similar by letter counts, however far ("batch" for "frobnicate")
            List<String> suggestions = !option ? closest(first, ex.getCommandLine().getSubcommands().keySet())
                    : u.getSuggestions().isEmpty() ? closest(first, ex.getCommandLine().getCommandSpec().optionsMap().keySet())
                    : u.getSuggestions();
            return what + " \"" + ItaException.clip(first) + "\""
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions.stream().limit(3).toList()) + "?")
                    + help;
        }
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (m.startsWith("Invalid value for option '--format': expected one of ")) {
            // the formats this command writes, not every value of the shared option
            m = "Invalid value for option '--format': expected one of " + OutputOptions.formatsOf(ex.getCommandLine().getCommandSpec()
                    .qualifiedName(" ")) + m.substring(m.indexOf(']') + 1);
        }
        return (m.length() > 300 ? m.substring(0, 300) + "…" : m) + help;
    }

    /**
     * @param typed what was typed: an option (its value after {@code =} left out) or a command
     * @param names the options or commands there are
     * @return those within two edits of it (a letter added, removed or changed, or two neighbours swapped), long options only
     */
    static List<String> closest(String typed, java.util.Collection<String> names) {
        String given = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        if (given.length() > 40) {
            return List.of();
        }
        return names.stream().filter(n -> (n.startsWith("--") || !n.startsWith("-")) && edits(given, n) <= 2).sorted().toList();
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** @return whether a subcommand (or its subcommands) has the option, its value after {@code =} left out */
    private static boolean ofSomeCommand(CommandLine root, String typed) {
        String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getCommandSpec().optionsMap().containsKey(name) || ofSomeCommand(sub, name)) {
                return true;
            }
        }
        return false;
    }

    private static String message(Exception ex) {
        if (ex instanceof ItaException || ex instanceof UncheckedIOException || ex instanceof OutputFile.OutputFailure) {
            return ex.getMessage();
        }
        return "internal error: " + ex;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * The library version that provenance records ({@link io.github.ita.io.Provenance#libraryVersion()}, from the
     * Maven-filtered {@code version.properties} of ita-core), not the jar manifest's Implementation-Version, which
     * the build does not write: so {@code --version} and every output's provenance name the same version.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ita " + io.github.ita.io.Provenance.libraryVersion()};
        }
    }
}

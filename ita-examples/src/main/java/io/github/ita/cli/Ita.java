package io.github.ita.cli;

import io.github.ita.ItaException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ita} command line: scores and audits ITA results with the library.
 *
 * <p>Exit status 0 on success; 2 with a one-line message on standard error for bad input (naming the
 * file, the place and the problem) or a wrong command line; nothing is written to standard output
 * or to {@code --out} unless the whole result was computed.
 */
@Command(name = "ita", mixinStandardHelpOptions = true, versionProvider = Ita.Version.class,
        description = "Scores Thailand's Integrity and Transparency Assessment (ITA) exactly.",
        subcommands = {EditionsCommand.class, AuditCommand.class, ScoreCommand.class, BatchCommand.class, PlanCommand.class,
            CompareCommand.class, MeasuresCommand.class, DemoCommand.class,
            CommandLine.HelpCommand.class})
public final class Ita implements Runnable {

    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for an unexpected internal error. */
    public static final int INTERNAL = 70;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs the tool with the given streams (UTF-8), as {@link #main} does.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the command line
     * @return the exit status
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new Ita()).setOut(o).setErr(e)
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println("ita: " + oneLine(message(ex)));
                    cmd.getErr().flush();
                    return ex instanceof ItaException || ex instanceof UncheckedIOException ? BAD_INPUT : INTERNAL;
                });
        int status = cl.execute(args);
        o.flush();
        e.flush();
        return status;
    }

    private static String message(Exception ex) {
        if (ex instanceof ItaException || ex instanceof UncheckedIOException) {
            return ex.getMessage();
        }
        return "internal error: " + ex;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }

    /** The version from the jar's manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Ita.class.getPackage().getImplementationVersion();
            return new String[] {"ita " + (v == null ? "development" : v)};
        }
    }
}

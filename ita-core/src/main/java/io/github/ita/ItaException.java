package io.github.ita;

import java.util.Objects;

/**
 * The root of every exception this library throws for bad input or misuse. Each kind of problem
 * has its own subclass; all carry the {@link Location} of the problem and a one-line message that
 * names it, such as {@code responses.json:12:7: iit[3].answers.i7: answer "5" is not an option of i7 (1, 2, 3, 4)}.
 */
public abstract class ItaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Location location;
    /** What is wrong, without the location, on one line. */
    private final String problem;

    /**
     * Creates an exception whose message is the location (when not empty), a colon and the problem,
     * with control characters replaced by spaces so that it stays on one line.
     *
     * @param location where the problem is; {@link Location#NONE} when unknown, never {@code null}
     * @param problem  what is wrong, without the location
     */
    protected ItaException(Location location, String problem) {
        super(oneLine(message(location, problem)));
        this.location = Objects.requireNonNull(location, "location");
        this.problem = oneLine(Objects.requireNonNull(problem, "problem"));
    }

    private static String message(Location location, String problem) {
        return location == null || location.isEmpty() ? problem : location + ": " + problem;
    }

    /**
     * Messages are one line whatever the input held, and show what a reader could not see: a
     * control, format or separator character (a newline in a field name, a NUL, a byte order mark, a
     * bidirectional override) is written as {@code \}{@code uXXXX}, as {@link io.github.ita.internal.Text#clip} does.
     */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (io.github.ita.internal.Text.invisible(c) && !io.github.ita.internal.Text.pairedAt(s, i)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }


    /**
     * A value as the library's messages quote it: at most about 60 characters (then "…"), on one line, and every
     * character a reader could not see (a control or format character, a space other than the plain one, a plain
     * space at either end) written as {@code \}{@code uXXXX}. For an application that words its own messages
     * about input the way the library does, as the {@code ita} command line does for its options.
     *
     * @param value the value, or {@code null}
     * @return the value as a message shows it ({@code null} as {@code "null"})
     */
    public static String clip(String value) {
        return io.github.ita.internal.Text.clip(value);
    }

    /**
     * What went wrong with a file, worded as the library's messages word it, without repeating the file's name
     * (the message's location names it): {@code no such file}, {@code permission denied}, the system's reason
     * ({@code Is a directory}), else the first line of the exception's message, clipped.
     *
     * @param e the failure
     * @return one short phrase
     */
    public static String reason(java.io.IOException e) {
        return io.github.ita.internal.Text.problem(e);
    }

    /** @return where the problem is */
    public Location location() {
        return location;
    }

    /** @return what is wrong, without the location */
    public String problem() {
        return problem;
    }

    /**
     * Returns the same problem placed within an outer location (see {@link Location#within}).
     *
     * @param outer where the input that caused it came from
     * @return an exception of the same type with the merged location
     */
    public abstract ItaException within(Location outer);
}

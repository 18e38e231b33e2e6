package io.github.ita.internal;

/** Small text helpers for messages. */
public final class Text {

    /** The most characters of a value that a message quotes. */
    public static final int CLIP = 60;

    private Text() {
    }

    /**
     * Shortens a value quoted in a message so that a hostile or huge input cannot flood it, and
     * makes what a reader could not see visible: control characters (a NUL, a newline), format
     * characters (a byte order mark, a zero-width space, a bidirectional override), line and
     * paragraph separators and spaces other than the plain one are written as {@code \}{@code uXXXX};
     * a plain space that begins or ends the value is written as {@code \}{@code u0020}.
     *
     * @param s the value
     * @return about {@value #CLIP} characters of it, escapes counted (then "…"), one line, every character visible
     */
    public static String clip(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < s.length() && b.length() < CLIP; i++) {
            appendVisible(b, s, i);
        }
        return i < s.length() ? b + "…" : b.toString();
    }

    /**
     * @param s a value
     * @return the whole value with every character visible, as {@link #clip} shows it, however long
     */
    public static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            appendVisible(b, s, i);
        }
        return b.toString();
    }

    private static void appendVisible(StringBuilder b, String s, int i) {
        char c = s.charAt(i);
        boolean edge = i == 0 || i == s.length() - 1;
        if (invisible(c) && !pairedAt(s, i) || c == ' ' && edge) {
            b.append(String.format("\\u%04X", (int) c));
        } else {
            b.append(c);
        }
    }

    /**
     * @param s a text
     * @param i an index into it
     * @return whether the character at i is one half of a well-formed surrogate pair (a character beyond the BMP, such as an emoji)
     */
    public static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * @param c a character
     * @return whether it cannot be seen in a message: a control, format or separator character other than the plain space,
     *     or the replacement character U+FFFD that stands for bytes that could not be decoded
     */
    public static boolean invisible(char c) {
        if (c == ' ') {
            return false;
        }
        if (c == '\uFFFD') {
            return true;   // the replacement character: bytes that could not be decoded
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> false;
        };
    }

    /**
     * What went wrong with a file, without repeating its name (the message's location names it): the
     * system's reason for a file-system error ("No such file or directory", "Is a directory", "File
     * name too long"), else the exception's message, clipped.
     *
     * @param e the failure
     * @return one short phrase
     */
    public static String problem(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return clip(f.getReason());
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : clip(m.lines().findFirst().orElse(m));
    }
}

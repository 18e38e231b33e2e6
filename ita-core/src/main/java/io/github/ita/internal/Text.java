package io.github.ita.internal;

/** Small text helpers for messages. */
public final class Text {

    private Text() {
    }

    /**
     * Shortens a value quoted in a message so that a hostile or huge input cannot flood it,
     * and makes control characters visible.
     *
     * @param s the value
     * @return at most 60 characters of it, one line
     */
    public static String clip(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 60; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return s.length() > 60 ? b + "…" : b.toString();
    }
}

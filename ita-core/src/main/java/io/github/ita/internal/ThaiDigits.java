package io.github.ita.internal;

/** Thai digits (เลขไทย ๐–๙), as official documents write numbers: ๘๓.๖๗. */
public final class ThaiDigits {

    private ThaiDigits() {
    }

    /**
     * @param s text with Arabic digits
     * @return the same text with Thai digits
     */
    public static String toThai(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return b.toString();
    }

    /**
     * @param s text with Thai digits
     * @return the same text with Arabic digits
     */
    public static String toArabic(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return b.toString();
    }
}

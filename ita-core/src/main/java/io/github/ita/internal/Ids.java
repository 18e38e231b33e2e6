package io.github.ita.internal;

import java.text.Normalizer;

/**
 * How ids read from input files are compared: respondent ids, agency ids, question and OIT item ids
 * (in CSV headers and cells, and respondent and agency ids in JSON answers). An id is taken
 * <em>trimmed</em> — without white space or invisible spacing at either end: what
 * {@link String#strip()} removes, the no-break spaces (U+00A0, U+2007, U+202F), a byte-order mark
 * (U+FEFF) and a zero-width space (U+200B) — and in Unicode normalization form C, so that {@code r1}
 * and {@code r1 }, or {@code é} typed as one character or as {@code e} and an accent, are one id. An
 * id already so is kept as it is (the same string): output does not change for it. Answer cells
 * are not ids: an option code is matched exactly as the edition writes it.
 */
public final class Ids {

    private Ids() {
    }

    /**
     * @param id an id as read
     * @return the id as compared: trimmed and in NFC; {@code id} itself when it is so already
     */
    public static String normal(String id) {
        int n = id.length();
        if (n == 0) {
            return id;
        }
        // the common case, cheaply: ASCII with no space or control character at either end
        if (id.charAt(0) > ' ' && id.charAt(n - 1) > ' ') {
            int i = 0;
            while (i < n && id.charAt(i) < 0x7f) {
                i++;
            }
            if (i == n) {
                return id;
            }
        }
        int start = 0;
        int end = n;
        while (start < end && trimmed(id.charAt(start))) {
            start++;
        }
        while (end > start && trimmed(id.charAt(end - 1))) {
            end--;
        }
        String s = start == 0 && end == n ? id : id.substring(start, end);
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static boolean trimmed(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff' || c == '\u200b';
    }
}

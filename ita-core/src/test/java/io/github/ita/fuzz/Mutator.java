package io.github.ita.fuzz;

import java.util.Random;

/**
 * Mutates a valid input the way broken files and hostile uploads differ from good ones: deleted,
 * duplicated and swapped ranges, structural characters, absurd numbers and strings, control and
 * non-BMP characters. Deterministic for a seed.
 */
final class Mutator {

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "null", "true", "-1", "1e999",
        "-0", "0.000000000000000000001", "9".repeat(120), "NaN", "\n", "\r\n", "\t", "\u0000", "\uFEFF", "😀", "\uD800",
        "ไม่มี", "มี", "yes", "no", "i1", "o1", "IIT", "OIT", "9.1", "\"\"", "[]", "{}", "a".repeat(300), ";", "#", "=cmd|' /C calc'!A0"};

    private Mutator() {
    }

    static String mutate(String text, long seed) {
        Random rnd = new Random(seed);
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(4);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = rnd.nextInt(s.length());
            int len = Math.min(s.length() - at, 1 + rnd.nextInt(40));
            switch (rnd.nextInt(6)) {
                case 0 -> s.delete(at, at + len);
                case 1 -> s.insert(at, TOKENS[rnd.nextInt(TOKENS.length)]);
                case 2 -> s.replace(at, at + len, TOKENS[rnd.nextInt(TOKENS.length)]);
                case 3 -> s.insert(at, s.substring(at, at + len));
                case 4 -> s.setLength(at);
                default -> s.setCharAt(at, (char) rnd.nextInt(0x3000));
            }
        }
        return s.toString();
    }
}

package io.github.ita.edition;

import java.util.Objects;

/**
 * A name in Thai and English, as the ITA's documents give it.
 *
 * @param th the Thai text
 * @param en the English text
 */
public record Label(String th, String en) {

    /** A label of two empty strings. */
    public static final Label NONE = new Label("", "");

    /**
     * Checks that both texts are given (either may be empty).
     *
     * @param th the Thai text
     * @param en the English text
     */
    public Label {
        Objects.requireNonNull(th, "th");
        Objects.requireNonNull(en, "en");
    }

    /**
     * @param language the language
     * @return the text in that language, or in the other one when it is empty
     */
    public String in(Language language) {
        String s = language == Language.EN ? en : th;
        return s.isEmpty() ? (language == Language.EN ? th : en) : s;
    }
}

package io.github.ita.analysis;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Rating;
import io.github.ita.internal.Numbers;
import io.github.ita.internal.Text;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What a plan aims at: a total score, a rating, or the pass mark.
 *
 * @param label what was asked, e.g. {@code 85}, {@code A}, {@code pass}
 * @param score the total (shown, two decimals) that reaches it
 */
public record Target(String label, BigDecimal score) {

    /**
     * Checks that the label and score are given.
     *
     * @param label what was asked, e.g. {@code 85}, {@code A}, {@code pass}
     * @param score the total (shown, two decimals) that reaches it
     */
    public Target {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(score, "score");
    }

    /**
     * A score is a number from 0 to 100 ({@code 85}, {@code 84.5}, {@code 8.5e1}, {@code -0} is 0) with at
     * most 100 digits before and after its decimal point once written out; {@code 1e-999999999} is
     * refused before any arithmetic, and a message quotes at most the first characters of the text.
     *
     * @param text    {@code 85} (a score), {@code AA}…{@code F} (the lowest score of that band), or {@code pass}
     * @param edition the edition whose bands and pass mark apply
     * @return the target
     * @throws MalformedInputException when the text is none of these
     */
    public static Target parse(String text, Edition edition) {
        String t = text.strip();
        if (t.equalsIgnoreCase("pass")) {
            return new Target("pass", edition.passMark());
        }
        for (Rating r : Rating.values()) {
            if (r.name().equals(t.toUpperCase(Locale.ROOT))) {
                return new Target(r.name(), edition.ratingScheme().band(r).min());
            }
        }
        BigDecimal score = Numbers.parse(t);
        if (score == null && Numbers.looksLikeNumber(t)) {
            throw new MalformedInputException(Location.NONE, "a target score is from 0 to 100, not " + Text.clip(t), text);
        }
        if (score == null) {
            throw new MalformedInputException(Location.NONE, "a target is a score (85), a rating (A, AA…) or pass, not \""
                    + Text.clip(t) + "\"", text);
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new MalformedInputException(Location.NONE, "a target score is from 0 to 100, not " + Text.clip(t), text);
        }
        return new Target(score.stripTrailingZeros().toPlainString(), score);
    }
}

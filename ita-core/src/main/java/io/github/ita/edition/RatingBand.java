package io.github.ita.edition;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of a rating scheme: scores from {@code min} to {@code max} inclusive, both with two
 * decimals, earn {@code rating}.
 *
 * @param rating the rating
 * @param min    the lowest score of the band
 * @param max    the highest score of the band
 */
public record RatingBand(Rating rating, BigDecimal min, BigDecimal max) {

    /**
     * Checks that the rating and both bounds are given.
     *
     * @param rating the rating
     * @param min    the lowest score of the band
     * @param max    the highest score of the band
     */
    public RatingBand {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    /**
     * @param score a score rounded to two decimals
     * @return whether the score falls in this band
     */
    public boolean contains(BigDecimal score) {
        return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
    }
}

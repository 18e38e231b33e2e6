package io.github.ita.edition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The bands that map a total score to a {@link Rating}. A valid scheme names each rating once and
 * covers 0.00–100.00 at two decimals with no gap and no overlap.
 *
 * @param bands the bands, best first
 */
public record RatingScheme(List<RatingBand> bands) {

    /**
     * Copies the bands into an unmodifiable list; the edition reader, not this constructor, checks
     * that they form a valid scheme.
     *
     * @param bands the bands, best first
     */
    public RatingScheme {
        bands = List.copyOf(bands);
    }

    /**
     * Looks up the rating of a score. The score is rounded half-up to two decimals first, as the
     * ITA publishes scores: 84.995 is shown as 85.00 and rated A.
     *
     * @param score a score from 0 to 100
     * @return its rating
     * @throws IllegalArgumentException when no band holds the score (outside 0–100)
     */
    public Rating rate(BigDecimal score) {
        BigDecimal shown = score.setScale(2, RoundingMode.HALF_UP);
        for (RatingBand band : bands) {
            if (band.contains(shown)) {
                return band.rating();
            }
        }
        throw new IllegalArgumentException("no rating band holds the score " + shown);
    }

    /**
     * @param rating a rating
     * @return its band
     */
    public RatingBand band(Rating rating) {
        return bands.stream().filter(b -> b.rating() == rating).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no band for " + rating));
    }
}

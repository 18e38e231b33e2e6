package io.github.ita.scoring;

import java.util.Objects;

/**
 * How a {@link Scorer} treats rounding and missing answers, and the confidence level of the
 * intervals on survey scores ({@link Uncertainty}).
 *
 * @param rounding       when scores are rounded
 * @param missingAnswers what a missing answer does
 * @param level          the confidence level of the intervals, above 0 and below 1 (0.95 by default)
 */
public record ScoringOptions(RoundingPolicy rounding, MissingAnswers missingAnswers, double level) {

    /** The confidence level unless another is asked for: 95 %. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** Exact until shown; missing answers are an error; 95 % intervals. */
    public static final ScoringOptions DEFAULT = new ScoringOptions(RoundingPolicy.EXACT, MissingAnswers.ERROR);

    /**
     * Checks that both policies are given and the level is a probability strictly between 0 and 1.
     *
     * @param rounding       when scores are rounded
     * @param missingAnswers what a missing answer does
     * @param level          the confidence level of the intervals
     */
    public ScoringOptions {
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(missingAnswers, "missingAnswers");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must be above 0 and below 1: " + level);
        }
    }

    /**
     * Options with 95 % intervals.
     *
     * @param rounding       when scores are rounded
     * @param missingAnswers what a missing answer does
     */
    public ScoringOptions(RoundingPolicy rounding, MissingAnswers missingAnswers) {
        this(rounding, missingAnswers, DEFAULT_LEVEL);
    }

    /**
     * @param policy when scores are rounded
     * @return a copy with another rounding policy
     */
    public ScoringOptions withRounding(RoundingPolicy policy) {
        return new ScoringOptions(policy, missingAnswers, level);
    }

    /**
     * @param policy what a missing answer does
     * @return a copy with another missing-answer policy
     */
    public ScoringOptions withMissingAnswers(MissingAnswers policy) {
        return new ScoringOptions(rounding, policy, level);
    }

    /**
     * @param confidence the confidence level of the intervals, e.g. 0.90
     * @return a copy with another level
     */
    public ScoringOptions withLevel(double confidence) {
        return new ScoringOptions(rounding, missingAnswers, confidence);
    }
}

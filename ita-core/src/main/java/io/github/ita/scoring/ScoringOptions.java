package io.github.ita.scoring;

import java.util.Objects;

/**
 * How a {@link Scorer} treats rounding and missing answers.
 *
 * @param rounding       when scores are rounded
 * @param missingAnswers what a missing answer does
 */
public record ScoringOptions(RoundingPolicy rounding, MissingAnswers missingAnswers) {

    /** Exact until shown; missing answers are an error. */
    public static final ScoringOptions DEFAULT = new ScoringOptions(RoundingPolicy.EXACT, MissingAnswers.ERROR);

    /**
     * Checks that both policies are given.
     *
     * @param rounding       when scores are rounded
     * @param missingAnswers what a missing answer does
     */
    public ScoringOptions {
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(missingAnswers, "missingAnswers");
    }

    /**
     * @param policy when scores are rounded
     * @return a copy with another rounding policy
     */
    public ScoringOptions withRounding(RoundingPolicy policy) {
        return new ScoringOptions(policy, missingAnswers);
    }

    /**
     * @param policy what a missing answer does
     * @return a copy with another missing-answer policy
     */
    public ScoringOptions withMissingAnswers(MissingAnswers policy) {
        return new ScoringOptions(rounding, policy);
    }
}

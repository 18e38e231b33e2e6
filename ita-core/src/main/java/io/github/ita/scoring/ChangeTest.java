package io.github.ita.scoring;

/**
 * Whether a change between two survey scores is more than sampling alone explains: Welch's
 * two-sample t test on the two estimates and their standard errors (the same as the test on the
 * two groups of respondents' own scores, whose means and spreads the standard errors summarise),
 * two-sided, as docs/method.md §7 states. From {@link Uncertainty#changeFrom(Uncertainty)}.
 *
 * @param change           the estimate after minus the estimate before, in points
 * @param standardError    the standard error of the change, √(SE before² + SE after²)
 * @param degreesOfFreedom Welch–Satterthwaite's, rounded down
 * @param pValue           the chance of a change at least this large either way if the two
 *                         scores were the same over all possible respondents
 * @param level            the confidence level the test is made at
 */
public record ChangeTest(double change, double standardError, long degreesOfFreedom, double pValue, double level) {

    /** @return whether the change exceeds what sampling alone explains: p below 1 − level */
    public boolean beyondSampling() {
        return pValue < 1 - level;
    }
}

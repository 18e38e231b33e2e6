package io.github.ita.scoring;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * How sure a survey score is: its standard error as an estimate from a sample of respondents, and
 * the interval that holds the agency's score over all its possible respondents at a confidence
 * level (95 % unless the {@link ScoringOptions#level() options} say otherwise), by Student's t, as
 * docs/method.md §7 explains. Scores of survey tools, indicators and questions carry one when they
 * are computed from answers; the total carries one that combines the survey tools' (IIT and EIT are
 * independent samples; OIT is a checklist with no sampling error). Immutable.
 *
 * <p>With fewer than two respondents (who answered every scored question of the node) nothing is
 * estimated: {@link #isEstimated()} is false, and the interval's accessors throw.
 *
 * <pre>{@code
 * Uncertainty u = result.tool("IIT").uncertainty().orElseThrow();   // the sample agency's 24 IIT respondents
 * u.standardError();   // 0.98
 * u.low(); u.high();   // 84.47, 88.53: 86.50 ± 2.03 at 95 %
 * result.chanceAtLeastPassMark();   // above 0.99: the total, 88.83, is 87.91 to 89.74
 * }</pre>
 */
public final class Uncertainty {

    /** Student's t by degrees of freedom; the few distinct ones of a batch are made once. */
    private static final Map<Long, TDistribution> T = new ConcurrentHashMap<>();
    /** Two-sided quantiles by level, indexed by degrees of freedom below {@link #TABLE}; 0 until computed. */
    private static final Map<Double, double[]> QUANTILES = new ConcurrentHashMap<>();
    private static final Map<Quantile, Double> LARGE_QUANTILES = new ConcurrentHashMap<>();
    private static final int TABLE = 4096;
    /** The standard normal distribution's two-sided quantiles by level (t's limit). */
    private static final Map<Double, Double> NORMAL = new ConcurrentHashMap<>();
    /** The level last asked for and its table: a batch asks for one level millions of times. */
    private static volatile Object[] lastTable = {Double.NaN, null};

    private record Quantile(double level, long degreesOfFreedom) {
    }

    private final double level;
    private final double estimate;
    private final long respondents;
    private final double standardError;
    private final double standardDeviation;
    private final long degreesOfFreedom;
    private final double margin;
    /** The people the respondents are drawn from, {@link Long#MAX_VALUE} when unbounded. */
    private final long population;

    private Uncertainty(double level, double estimate, long respondents, double standardError, double standardDeviation,
                        long degreesOfFreedom, long population) {
        this.level = level;
        this.population = population;
        this.estimate = estimate;
        this.respondents = respondents;
        this.standardError = standardError;
        this.standardDeviation = standardDeviation;
        this.degreesOfFreedom = degreesOfFreedom;
        this.margin = Double.isNaN(standardError) ? Double.NaN
                : standardError == 0 ? 0 : quantile(level, degreesOfFreedom) * standardError;
    }

    /**
     * A node's uncertainty from its spread between respondents, drawn from a population of
     * {@code population} people (Long.MAX_VALUE: unbounded), with the finite population correction
     * √((N − n) / (N − 1)) on the standard error.
     */
    static Uncertainty of(double level, Score score, Spread spread, long population) {
        double estimate = score.fraction().doubleValue();
        if (!spread.measured()) {
            return new Uncertainty(level, estimate, spread.complete(), Double.NaN, Double.NaN, 0, population);
        }
        long n = spread.respondents();
        return new Uncertainty(level, estimate, n, spread.standardError() * correction(n, population),
                Math.sqrt(spread.variance()), spread.complete() - 1, population);
    }

    /** The finite population correction √((N − n) / (N − 1)); 1 for an unbounded population. */
    private static double correction(long n, long population) {
        if (population == Long.MAX_VALUE) {
            return 1;
        }
        return population <= 1 ? 0 : Math.sqrt((double) (population - Math.min(n, population)) / (population - 1));
    }

    /**
     * The total's: the variance is the sum of the tools' shares squared times their variances, and
     * the degrees of freedom are Welch and Satterthwaite's, rounded down (the cautious way).
     *
     * @param parts each survey tool's share of the total and uncertainty (estimated)
     */
    static Uncertainty ofTotal(double level, Score total, double[] shares, Uncertainty[] parts) {
        double estimate = total.fraction().doubleValue();
        long respondents = 0;
        double variance = 0;
        double denominator = 0;
        long fewest = Long.MAX_VALUE;
        boolean estimated = true;
        for (Uncertainty u : parts) {
            respondents += u.respondents;
            estimated &= u.isEstimated();
        }
        if (!estimated) {
            return new Uncertainty(level, estimate, respondents, Double.NaN, Double.NaN, 0, Long.MAX_VALUE);
        }
        for (int i = 0; i < parts.length; i++) {
            Uncertainty u = parts[i];
            double v = shares[i] * shares[i] * u.standardError * u.standardError;
            variance += v;
            denominator += v * v / u.degreesOfFreedom;
            fewest = Math.min(fewest, u.degreesOfFreedom);
        }
        long df = variance == 0 ? fewest : Math.max(1, (long) Math.floor(variance * variance / denominator));
        return new Uncertainty(level, estimate, respondents, Math.sqrt(variance), Double.NaN, df, Long.MAX_VALUE);
    }

    /**
     * @return the chance that a total of this uncertainty reaches the pass mark; empty without an
     *         estimated uncertainty (the rule of {@link Result#chanceAtLeastPassMark()} and {@link Overview})
     */
    static java.util.OptionalDouble chanceAtLeast(Uncertainty total, java.math.BigDecimal passMark) {
        return total == null || !total.isEstimated() ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(total.chanceAtLeast(passMark.doubleValue()));
    }

    /**
     * @return whether the pass mark lies within a total's estimated interval, low &lt; mark ≤ high (the
     *         rule of {@link Result#passInDoubt()} and {@link Overview})
     */
    static boolean inDoubt(Uncertainty total, java.math.BigDecimal passMark) {
        if (total == null || !total.isEstimated()) {
            return false;
        }
        double mark = passMark.doubleValue();
        return total.low() < mark && mark <= total.high();
    }

    private static TDistribution t(long degreesOfFreedom) {
        // no random generator: only the distribution's functions are used, never a sample
        return T.computeIfAbsent(degreesOfFreedom, df -> new TDistribution(null, df));
    }

    /** @return t such that P(−t ≤ T ≤ t) = level, T with the given degrees of freedom */
    static double quantile(double level, long degreesOfFreedom) {
        if (degreesOfFreedom >= TABLE) {
            return LARGE_QUANTILES.computeIfAbsent(new Quantile(level, degreesOfFreedom),
                    q -> t(q.degreesOfFreedom()).inverseCumulativeProbability((1 + q.level()) / 2));
        }
        Object[] last = lastTable;
        double[] table;
        if ((double) last[0] == level) {
            table = (double[]) last[1];
        } else {
            table = QUANTILES.computeIfAbsent(level, l -> new double[TABLE]);
            lastTable = new Object[] {level, table};
        }
        double q = table[(int) degreesOfFreedom];
        if (q == 0) {
            // computed the same by any thread that races here
            q = t(degreesOfFreedom).inverseCumulativeProbability((1 + level) / 2);
            table[(int) degreesOfFreedom] = q;
        }
        return q;
    }

    /** @return the confidence level of the interval, e.g. 0.95 */
    public double level() {
        return level;
    }

    /** @return whether an interval is estimated: false with fewer than two respondents */
    public boolean isEstimated() {
        return !Double.isNaN(standardError);
    }

    /**
     * @return the respondents the score averages over; for the total, the survey tools' added up.
     *         When nothing is estimated, the respondents who answered every scored question (0 or 1).
     */
    public long respondents() {
        return respondents;
    }

    /** @return the score as estimated (the centre of the interval), in points */
    public double estimate() {
        return estimate;
    }

    /** @return the standard error of the score, in points */
    public double standardError() {
        estimated();
        return standardError;
    }

    /** @return the degrees of freedom of Student's t: respondents − 1, or for the total Welch–Satterthwaite's */
    public long degreesOfFreedom() {
        estimated();
        return degreesOfFreedom;
    }

    /** @return the half-width of the interval before it is kept within 0–100: t × standard error */
    public double margin() {
        estimated();
        return margin;
    }

    /** @return the interval's low end, estimate − margin, not below 0 */
    public double low() {
        estimated();
        return Math.max(0, estimate - margin);
    }

    /** @return the interval's high end, estimate + margin, not above 100 */
    public double high() {
        estimated();
        return Math.min(100, estimate + margin);
    }

    /**
     * @param mark a score, e.g. the pass mark 85
     * @return the chance, from 0 to 1, that the score over all possible respondents is at least
     *         {@code mark}, given the estimate and its standard error (Student's t)
     */
    public double chanceAtLeast(double mark) {
        estimated();
        if (standardError == 0) {
            return estimate >= mark ? 1 : 0;
        }
        double p = 1 - t(degreesOfFreedom).cumulativeProbability((mark - estimate) / standardError);
        // with any spread the chance is neither 0 nor 1, though a double may round it there
        return Math.max(Double.MIN_VALUE, Math.min(Math.nextDown(1.0), p));
    }

    /**
     * Tests the change from an earlier estimate to this one (Welch's t, two-sided, at this level).
     *
     * @param before the earlier score's uncertainty
     * @return the test
     * @throws IllegalStateException when either is not estimated
     */
    public ChangeTest changeFrom(Uncertainty before) {
        estimated();
        before.estimated();
        double v1 = before.standardError * before.standardError;
        double v2 = standardError * standardError;
        double change = estimate - before.estimate;
        double se = Math.sqrt(v1 + v2);
        if (se == 0) {
            return new ChangeTest(change, 0, Math.min(before.degreesOfFreedom, degreesOfFreedom), change == 0 ? 1 : 0, level);
        }
        double denominator = (v1 == 0 ? 0 : v1 * v1 / before.degreesOfFreedom) + (v2 == 0 ? 0 : v2 * v2 / degreesOfFreedom);
        long df = Math.max(1, (long) Math.floor((v1 + v2) * (v1 + v2) / denominator));
        double p = 2 * t(df).cumulativeProbability(-Math.abs(change) / se);
        return new ChangeTest(change, se, df, Math.min(1, p), level);
    }

    /**
     * How many respondents give a margin of at most ±{@code margin} points at this level, if they
     * spread as these did: the fewest {@code n} with t(n − 1) × s / √n ≤ margin, s the standard
     * deviation between respondents; drawn from the {@link #population()} when it is finite (the
     * staff, for IIT), with the finite population correction, and never more than all of them.
     *
     * @param margin the margin wanted, in points (e.g. 1 or 2)
     * @return the respondents needed; empty for the total (its respondents are two samples) or
     *         when nothing is estimated
     */
    public OptionalLong respondentsFor(double margin) {
        return respondentsFor(margin, population);
    }

    /** @return the number of people the respondents are drawn from (the staff, for IIT), when known */
    public OptionalLong population() {
        return population == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(population);
    }

    /**
     * As {@link #respondentsFor(double)}, drawn from a finite population (an agency's staff for the
     * internal survey): the standard error shrinks by the finite population correction
     * √((N − n) / (N − 1)), and never more than the whole population is needed.
     *
     * @param margin     the margin wanted, in points
     * @param population the number of people the respondents are drawn from, N ≥ 1
     * @return the respondents needed, at most {@code population}
     */
    public OptionalLong respondentsFor(double margin, long population) {
        if (!(margin > 0)) {
            throw new IllegalArgumentException("margin must be above 0: " + margin);
        }
        if (population < 1) {
            throw new IllegalArgumentException("population must be at least 1: " + population);
        }
        if (!isEstimated() || Double.isNaN(standardDeviation)) {
            return OptionalLong.empty();
        }
        if (standardDeviation == 0) {
            return OptionalLong.of(Math.min(2, population));
        }
        // the normal approximation first, (z s / margin)², with the correction for a finite
        // population; then Student's t, wider, asks for a few more: step up to the fewest that do
        double z = normalQuantile(level);
        double n0 = Math.pow(z * standardDeviation / margin, 2);
        double start = population == Long.MAX_VALUE ? n0 : n0 * population / (n0 + population - 1);
        long n = Math.min(population, Math.max(2, (long) Math.ceil(start)));
        while (n < population && marginWith(n, population) > margin) {
            n++;
        }
        while (n > 2 && marginWith(n - 1, population) <= margin) {
            n--;
        }
        return OptionalLong.of(n);
    }

    private static double normalQuantile(double level) {
        return NORMAL.computeIfAbsent(level, l -> new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
                .inverseCumulativeProbability((1 + l) / 2));
    }

    private double marginWith(long n, long population) {
        double fpc = population == Long.MAX_VALUE ? 1 : Math.sqrt((double) (population - n) / (population - 1));
        return quantile(level, n - 1) * standardDeviation / Math.sqrt(n) * fpc;
    }

    /**
     * @param points a number of points this class gives (an end of the interval, a standard error, a margin)
     * @return it as outputs show it: two decimals, rounded half-up from the double's shortest decimal form
     */
    public static java.math.BigDecimal shown(double points) {
        return io.github.ita.internal.Numbers.points(points);
    }

    /**
     * @param chance a chance from 0 to 1, e.g. {@link Result#chanceAtLeastPassMark()}
     * @return it as outputs show it: two decimals; one that is neither 0 nor 1 stays between 0.01
     *         and 0.99 rather than be shown as a certainty
     */
    public static java.math.BigDecimal shownChance(double chance) {
        return io.github.ita.internal.Numbers.chance(chance);
    }

    private void estimated() {
        if (!isEstimated()) {
            throw new IllegalStateException("fewer than two respondents: no interval is estimated");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Uncertainty u && Double.compare(level, u.level) == 0 && Double.compare(estimate, u.estimate) == 0
                && respondents == u.respondents && Double.compare(standardError, u.standardError) == 0
                && Double.compare(standardDeviation, u.standardDeviation) == 0 && degreesOfFreedom == u.degreesOfFreedom
                && population == u.population;
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, estimate, respondents, standardError, standardDeviation, degreesOfFreedom, population);
    }

    @Override
    public String toString() {
        return isEstimated() ? String.format(java.util.Locale.ROOT, "%.2f ± %.2f (%.0f%%, n = %d)", estimate, margin,
                level * 100, respondents) : "not estimated (n = " + respondents + ")";
    }
}

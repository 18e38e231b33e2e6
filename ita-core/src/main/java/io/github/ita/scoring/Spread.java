package io.github.ita.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * How far a node's respondents are from one another, as docs/method.md §7 measures it: the sample
 * variance of the respondents' own scores of the node, from the exact integer sums a {@link Tally}
 * keeps. The sums are exact and merge by adding, so the variance is the same whatever the order of
 * the respondents or the way the tally was split; it is rounded to a double only once, here.
 *
 * @param respondents the respondents the node's score averages over: its {@code n} for the standard
 *                    error (under missing answers excluded, the fewest who answered any one of its
 *                    scored questions)
 * @param complete    the respondents who answered every scored question of the node, whose own
 *                    scores give the variance; its degrees of freedom are {@code complete − 1}
 * @param variance    the sample variance of those respondents' scores (points²), with {@code complete − 1}
 *                    in the denominator; NaN when fewer than two
 */
record Spread(long respondents, long complete, double variance) {

    private static final BigInteger LOW_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * @param respondents   as the record's
     * @param complete      as the record's
     * @param sum           the sum of the complete respondents' integer scores
     * @param squaresHigh   the sum of their squares, high 64 bits
     * @param squaresLow    the sum of their squares, low 64 bits (unsigned)
     * @param unit          what an integer score is divided by to give points
     * @return the spread
     */
    static Spread of(long respondents, long complete, long sum, long squaresHigh, long squaresLow, long unit) {
        if (complete < 2) {
            return new Spread(respondents, complete, Double.NaN);
        }
        BigInteger squares = BigInteger.valueOf(squaresHigh).shiftLeft(64).add(BigInteger.valueOf(squaresLow).and(LOW_MASK));
        BigInteger s = BigInteger.valueOf(sum);
        BigInteger n = BigInteger.valueOf(complete);
        // n Σx² − (Σx)² = n (n − 1) s²: exact, and never negative
        BigInteger numerator = n.multiply(squares).subtract(s.multiply(s));
        BigInteger u = BigInteger.valueOf(unit);
        BigInteger denominator = n.multiply(n.subtract(BigInteger.ONE)).multiply(u).multiply(u);
        double variance = new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
        return new Spread(respondents, complete, variance);
    }

    /**
     * The spread of a question answered as a whole, or of a sub-item, from its option counts: each
     * respondent's own score of it is the points of the option they chose.
     */
    static Spread ofOptions(long[] counters, long[] points, int offset, int options, long unit) {
        long n = 0;
        BigInteger sum = BigInteger.ZERO;
        BigInteger squares = BigInteger.ZERO;
        for (int o = 0; o < options; o++) {
            long c = counters[offset + o];
            if (c == 0) {
                continue;
            }
            n += c;
            BigInteger p = BigInteger.valueOf(points[offset + o]);
            BigInteger cp = p.multiply(BigInteger.valueOf(c));
            sum = sum.add(cp);
            squares = squares.add(cp.multiply(p));
        }
        if (n < 2) {
            return new Spread(n, n, Double.NaN);
        }
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger numerator = bn.multiply(squares).subtract(sum.multiply(sum));
        BigInteger u = BigInteger.valueOf(unit);
        BigInteger denominator = bn.multiply(bn.subtract(BigInteger.ONE)).multiply(u).multiply(u);
        return new Spread(n, n, new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue());
    }

    /** @return whether there are at least two complete respondents, so that a spread is measured */
    boolean measured() {
        return complete >= 2;
    }

    /** @return the standard error of the node's score, {@code √(variance / respondents)} */
    double standardError() {
        return Math.sqrt(variance / respondents);
    }
}

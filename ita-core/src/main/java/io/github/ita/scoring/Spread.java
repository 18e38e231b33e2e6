package io.github.ita.scoring;

import java.math.BigInteger;

/**
 * How far a node's respondents are from one another, as docs/method.md §7 measures it: the sample
 * variance of the respondents' own scores of the node, from the exact integer sums a {@link Tally}
 * keeps. The sums are exact and merge by adding, so the variance is the same whatever the order of
 * the respondents or the way the tally was split: its exact numerator n Σx² − (Σx)² is divided in
 * doubles the same way every time.
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
        if (squaresHigh == 0 && squaresLow >= 0) {
            try {
                return new Spread(respondents, complete, variance(complete, sum, squaresLow, unit));
            } catch (ArithmeticException overflow) {
                // the exact big form below
            }
        }
        BigInteger squares = BigInteger.valueOf(squaresHigh).shiftLeft(64).add(BigInteger.valueOf(squaresLow).and(LOW_MASK));
        return new Spread(respondents, complete, variance(BigInteger.valueOf(complete), BigInteger.valueOf(sum), squares, unit));
    }

    /**
     * The spread of a question answered as a whole, or of a sub-item, from its option counts: each
     * respondent's own score of it is the points of the option they chose.
     */
    static Spread ofOptions(long[] counters, int countersFrom, long[] points, int pointsFrom, int options, long unit) {
        long n = 0;
        long sum = 0;
        long squares = 0;
        boolean fits = true;
        for (int o = 0; o < options; o++) {
            long c = counters[countersFrom + o];
            if (c == 0) {
                continue;
            }
            n += c;
            try {
                long cp = Math.multiplyExact(c, points[pointsFrom + o]);
                sum = Math.addExact(sum, cp);
                squares = Math.addExact(squares, Math.multiplyExact(cp, points[pointsFrom + o]));
            } catch (ArithmeticException overflow) {
                fits = false;
            }
        }
        if (n < 2) {
            return new Spread(n, n, Double.NaN);
        }
        if (fits) {
            try {
                return new Spread(n, n, variance(n, sum, squares, unit));
            } catch (ArithmeticException overflow) {
                // the exact big form below
            }
        }
        BigInteger bigSum = BigInteger.ZERO;
        BigInteger bigSquares = BigInteger.ZERO;
        for (int o = 0; o < options; o++) {
            BigInteger c = BigInteger.valueOf(counters[countersFrom + o]);
            BigInteger p = BigInteger.valueOf(points[pointsFrom + o]);
            bigSum = bigSum.add(c.multiply(p));
            bigSquares = bigSquares.add(c.multiply(p).multiply(p));
        }
        return new Spread(n, n, variance(BigInteger.valueOf(n), bigSum, bigSquares, unit));
    }

    /**
     * (n Σx² − (Σx)²) / (n (n − 1) unit²): the numerator exact in longs (n (n − 1) s² ≥ 0), then
     * divided in doubles, the same way every time.
     *
     * @throws ArithmeticException when a product overflows a long
     */
    private static double variance(long n, long sum, long squares, long unit) {
        long numerator = Math.subtractExact(Math.multiplyExact(n, squares), Math.multiplyExact(sum, sum));
        return (double) numerator / ((double) n * (n - 1)) / ((double) unit * unit);
    }

    private static double variance(BigInteger n, BigInteger sum, BigInteger squares, long unit) {
        BigInteger numerator = n.multiply(squares).subtract(sum.multiply(sum));
        return numerator.doubleValue() / (n.doubleValue() * (n.doubleValue() - 1)) / ((double) unit * unit);
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

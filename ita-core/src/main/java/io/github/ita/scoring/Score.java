package io.github.ita.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A score out of 100, kept exact. Means of means are rarely terminating decimals (EIT 212.35 / 3 =
 * 70.78333…), so a score is an exact rational number; it is rounded half-up to two decimals only
 * when shown ({@link #shown()}) or when a rating or the pass mark is looked up.
 *
 * <pre>{@code
 * Score eit = result.tool("EIT").score().orElseThrow();
 * eit.shown();   // 70.78
 * eit.exact();   // "4247/60"
 * }</pre>
 */
public final class Score implements Comparable<Score> {

    private final Rational value;
    private final BigDecimal shown;

    private Score(Rational value) {
        this.value = value;
        this.shown = value.decimal(2);
    }

    static Score of(Rational value) {
        return new Score(Objects.requireNonNull(value, "value"));
    }

    /** @return the exact value */
    Rational value() {
        return value;
    }

    /**
     * @param value a decimal score
     * @return the score, exactly that value
     */
    public static Score of(BigDecimal value) {
        return new Score(Rational.of(value));
    }

    /**
     * @param value a decimal score, e.g. {@code "84.72"}
     * @return the score
     */
    public static Score of(String value) {
        return of(new BigDecimal(value));
    }

    Rational fraction() {
        return value;
    }

    /** @return the score rounded half-up to two decimals, as published: 83.6668 → 83.67 */
    public BigDecimal shown() {
        return shown;
    }

    /**
     * @param scale the number of decimals
     * @return the score rounded half-up to that many decimals
     */
    public BigDecimal toBigDecimal(int scale) {
        return value.decimal(scale);
    }

    /** @return the exact value: a decimal when it terminates ({@code "78.346"}), else a fraction ({@code "4247/60"}) */
    public String exact() {
        return value.exact();
    }

    /** @return the numerator of the exact value in lowest terms */
    public BigInteger numerator() {
        return value.numerator();
    }

    /** @return the denominator of the exact value in lowest terms */
    public BigInteger denominator() {
        return value.denominator();
    }

    /**
     * @param other another score
     * @return the exact difference, e.g. the points a change gains (negative when it loses)
     */
    public Score minus(Score other) {
        return new Score(value.add(other.value.multiply(Rational.of(-1))));
    }

    /** @return -1, 0 or 1 as the score is negative, zero or positive (a difference may be negative) */
    public int signum() {
        return value.compareTo(Rational.ZERO);
    }

    /**
     * @param mark a pass mark such as 85
     * @return whether the shown score reaches it
     */
    public boolean reaches(BigDecimal mark) {
        return shown.compareTo(mark) >= 0;
    }

    @Override
    public int compareTo(Score o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score s && value.equals(s.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the shown value, e.g. {@code 83.67} */
    @Override
    public String toString() {
        return shown.toPlainString();
    }
}

package io.github.ita.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many points of the total one point of a node is worth, exactly. Every mean of the ITA is
 * unweighted, so an OIT item in a sub-indicator of two items inside indicator 10 is worth
 * 0.40 × ½ × ½ × ½ = 1/20 of a point of the total, while an IIT question of the 30 is worth
 * 0.30 × ⅕ × ⅙ = 1/100.
 */
public final class Weight implements Comparable<Weight> {

    /** Worth nothing: informational questions, and nodes whose parent's number was given. */
    public static final Weight ZERO = new Weight(Rational.ZERO);

    private final Rational value;
    private volatile String exact;

    private Weight(Rational value) {
        this.value = value;
    }

    static Weight of(Rational value) {
        return value.equals(Rational.ZERO) ? ZERO : new Weight(Objects.requireNonNull(value, "value"));
    }

    Rational fraction() {
        return value;
    }

    /**
     * @param scale the number of decimals
     * @return the weight rounded half-up, e.g. 0.0100 for an IIT question at scale 4
     */
    public BigDecimal toBigDecimal(int scale) {
        return value.decimal(scale);
    }

    /** @return the exact weight: {@code "0.01"}, {@code "1/225"} */
    public String exact() {
        String e = exact;
        if (e == null) {
            e = value.exact();
            exact = e;
        }
        return e;
    }

    /**
     * @param points points of this node, e.g. the 34.06 an item at 65.94 can still gain
     * @return the points of the total they are worth
     */
    public Score times(BigDecimal points) {
        return Score.of(value.multiply(Rational.of(points)));
    }

    /**
     * @param score a score of this node
     * @return the points of the total it is worth
     */
    public Score times(Score score) {
        return Score.of(value.multiply(score.fraction()));
    }

    @Override
    public int compareTo(Weight o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weight w && value.equals(w.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return exact();
    }
}

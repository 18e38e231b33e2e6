package io.github.ita.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number in lowest terms, the engine's arithmetic. ITA values have small
 * denominators (a question's divides its number of respondents), so a value is kept as two longs and
 * falls back to BigInteger only when a step would overflow: exact always, fast in practice.
 */
final class Rational implements Comparable<Rational> {

    static final Rational ZERO = new Rational(0, 1);
    static final Rational HUNDRED = new Rational(100, 1);
    private static final Rational MINUS_ONE = new Rational(-1, 1);

    /** Small form: valid when {@code bn} is null. */
    private final long n;
    private final long d;
    /** Big form, or null. */
    private final BigInteger bn;
    private final BigInteger bd;

    private Rational(long n, long d) {
        this.n = n;
        this.d = d;
        this.bn = null;
        this.bd = null;
    }

    private Rational(BigInteger n, BigInteger d) {
        this.n = 0;
        this.d = 0;
        this.bn = n;
        this.bd = d;
    }

    static Rational of(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den < 0) {
            if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
                return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
            }
            num = -num;
            den = -den;
        }
        long g = gcd(Math.abs(num), den);
        return g == 1 ? new Rational(num, den) : new Rational(num / g, den / g);
    }

    static Rational of(long whole) {
        return new Rational(whole, 1);
    }

    static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.bitLength() < 63 && den.bitLength() < 63) {
            return new Rational(num.longValue(), den.longValue());
        }
        return new Rational(num, den);
    }

    static Rational of(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return scale >= 0 ? of(unscaled, BigInteger.TEN.pow(scale)) : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    private static long gcd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        do {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    private boolean small() {
        return bn == null;
    }

    BigInteger numerator() {
        return small() ? BigInteger.valueOf(n) : bn;
    }

    BigInteger denominator() {
        return small() ? BigInteger.valueOf(d) : bd;
    }

    Rational add(Rational o) {
        if (small() && o.small()) {
            try {
                if (d == o.d) {
                    return of(Math.addExact(n, o.n), d);
                }
                return of(Math.addExact(Math.multiplyExact(n, o.d), Math.multiplyExact(o.n, d)), Math.multiplyExact(d, o.d));
            } catch (ArithmeticException overflow) {
                // fall through to the exact big form
            }
        }
        return of(numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
                denominator().multiply(o.denominator()));
    }

    Rational subtract(Rational o) {
        return add(o.multiply(MINUS_ONE));
    }

    Rational multiply(Rational o) {
        if (small() && o.small()) {
            try {
                return of(Math.multiplyExact(n, o.n), Math.multiplyExact(d, o.d));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
    }

    Rational divide(long k) {
        if (small()) {
            try {
                return of(n, Math.multiplyExact(d, k));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return of(numerator(), denominator().multiply(BigInteger.valueOf(k)));
    }

    boolean isZero() {
        return small() ? n == 0 : bn.signum() == 0;
    }

    /** @return the nearest double (exactly so while numerator and denominator are below 2^53) */
    double doubleValue() {
        if (small() && Math.abs(n) < (1L << 53) && d < (1L << 53)) {
            return (double) n / d;   // both exact as doubles: one correctly rounded division
        }
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** Rounds half-up to {@code scale} decimals. */
    BigDecimal decimal(int scale) {
        if (small()) {
            if (scale >= 0 && scale < POWERS.length) {
                // n·10^scale / d in longs, rounded half away from zero as HALF_UP does, when it fits
                long hi = Math.multiplyHigh(n, POWERS[scale]);
                long m = n * POWERS[scale];
                if ((hi == 0 && m >= 0) || (hi == -1 && m < 0)) {
                    long q = m / d;
                    long r = Math.abs(m % d);
                    if (r >= d - r) {
                        q += m < 0 ? -1 : 1;
                    }
                    return BigDecimal.valueOf(q, scale);
                }
            }
            return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), scale, RoundingMode.HALF_UP);
        }
        return new BigDecimal(bn).divide(new BigDecimal(bd), scale, RoundingMode.HALF_UP);
    }

    /** Rounds half-up to two decimals, as published tables do. */
    Rational round2() {
        return of(decimal(2));
    }

    /** The exact value as a terminating decimal when it is one, else as numerator/denominator. */
    String exact() {
        BigInteger den = denominator();
        int twos = den.getLowestSetBit();
        BigInteger rest = den.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
            fives++;
        }
        if (rest.equals(BigInteger.ONE)) {
            return decimal(Math.max(twos, fives)).stripTrailingZeros().toPlainString();
        }
        return numerator() + "/" + den;
    }

    @Override
    public int compareTo(Rational o) {
        if (small() && o.small()) {
            try {
                return Long.compare(Math.multiplyExact(n, o.d), Math.multiplyExact(o.n, d));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Rational q)) {
            return false;
        }
        return small() && q.small() ? n == q.n && d == q.d : numerator().equals(q.numerator()) && denominator().equals(q.denominator());
    }

    @Override
    public int hashCode() {
        return small() ? Long.hashCode(n) * 31 + Long.hashCode(d) : Objects.hash(numerator(), denominator());
    }

    @Override
    public String toString() {
        return numerator() + "/" + denominator();
    }
}

package io.github.ita.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/** Exact arithmetic helpers over commons-math3's {@link BigFraction}. */
final class Fractions {

    static final BigFraction HUNDRED = new BigFraction(100);

    private Fractions() {
    }

    static BigFraction of(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return scale >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(scale))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    static BigDecimal decimal(BigFraction f, int scale) {
        return new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()), scale, RoundingMode.HALF_UP);
    }

    /** Rounds half-up to two decimals, exactly as published tables do. */
    static BigFraction round2(BigFraction f) {
        return of(decimal(f, 2));
    }

    static BigFraction mean(List<BigFraction> values) {
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction v : values) {
            sum = sum.add(v);
        }
        return sum.divide(values.size());
    }

    /** The exact value as a terminating decimal when it is one, else as numerator/denominator. */
    static String exact(BigFraction f) {
        BigInteger den = f.getDenominator();
        BigInteger d = den;
        int twos = 0;
        int fives = 0;
        while (!d.testBit(0)) {
            d = d.shiftRight(1);
            twos++;
        }
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
            fives++;
        }
        if (d.equals(BigInteger.ONE)) {
            return decimal(f, Math.max(twos, fives)).stripTrailingZeros().toPlainString();
        }
        return f.getNumerator() + "/" + den;
    }
}

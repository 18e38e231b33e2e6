package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's exact rationals: the long fast path and the BigInteger fallback agree with plain BigInteger arithmetic. */
class RationalTest {

    /** A reference fraction in lowest terms, as strings "n/d". */
    static String ref(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        return n.divide(g) + "/" + d.divide(g);
    }

    @Test
    void arithmeticMatchesBigIntegersAcrossTheOverflowBoundary() {
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long an = rnd.nextLong() >> rnd.nextInt(63);
            long ad = Math.max(1, Math.abs(rnd.nextLong() >> rnd.nextInt(63)));
            long bn = rnd.nextLong() >> rnd.nextInt(63);
            long bd = Math.max(1, Math.abs(rnd.nextLong() >> rnd.nextInt(63)));
            Rational a = Rational.of(an, ad);
            Rational b = Rational.of(bn, bd);
            BigInteger An = BigInteger.valueOf(an);
            BigInteger Ad = BigInteger.valueOf(ad);
            BigInteger Bn = BigInteger.valueOf(bn);
            BigInteger Bd = BigInteger.valueOf(bd);
            assertThat(a.add(b).toString()).isEqualTo(ref(An.multiply(Bd).add(Bn.multiply(Ad)), Ad.multiply(Bd)));
            assertThat(a.multiply(b).toString()).isEqualTo(ref(An.multiply(Bn), Ad.multiply(Bd)));
            int k = 1 + rnd.nextInt(1000);
            assertThat(a.divide(k).toString()).isEqualTo(ref(An, Ad.multiply(BigInteger.valueOf(k))));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(An.multiply(Bd).compareTo(Bn.multiply(Ad)));
            Rational big = a.add(b).multiply(a.add(b));
            // big + a − 2a + a, through both forms, is big again
            assertThat(big.add(a).add(a.multiply(Rational.of(-1)).add(a.multiply(Rational.of(-1)))).add(a)).isEqualTo(big);
        }
    }

    @Test
    void valuesInLowestTermsAreEqualWhicheverFormMadeThem() {
        Rational small = Rational.of(6, 4);
        Rational viaBig = Rational.of(BigInteger.valueOf(3).shiftLeft(70), BigInteger.valueOf(2).shiftLeft(70));
        assertThat(viaBig).isEqualTo(small).hasSameHashCodeAs(small);
        assertThat(small.toString()).isEqualTo("3/2");
        assertThat(Rational.of(-3, -6)).isEqualTo(Rational.of(1, 2));
        assertThat(Rational.of(new BigDecimal("84.72"))).isEqualTo(Rational.of(2118, 25));
    }

    @Test
    void roundingAndExactText() {
        assertThat(Rational.of(4247, 60).decimal(2)).isEqualByComparingTo("70.78");
        assertThat(Rational.of(836668, 10000).decimal(2)).isEqualByComparingTo("83.67");
        assertThat(Rational.of(16733, 200).decimal(2)).isEqualByComparingTo("83.67");     // 83.665 half-up
        assertThat(Rational.of(4247, 60).exact()).isEqualTo("4247/60");
        assertThat(Rational.of(39173, 500).exact()).isEqualTo("78.346");
        assertThat(Rational.of(100).exact()).isEqualTo("100");
        assertThat(Rational.of(4247, 60).round2()).isEqualTo(Rational.of(7078, 100));
        BigInteger huge = BigInteger.TEN.pow(30);
        assertThat(Rational.of(huge.add(BigInteger.ONE), huge).exact()).isEqualTo("1.000000000000000000000000000001");
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    /** The rounding done in longs gives BigDecimal's HALF_UP, value and scale, across the overflow boundary and at exact halves. */
    @Test
    void roundingInLongsIsBigDecimalsHalfUp() {
        Random rnd = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            long n = rnd.nextLong() >> rnd.nextInt(63);
            long d = i % 3 == 0 ? 2L * (1 + rnd.nextInt(1000)) : Math.max(1, Math.abs(rnd.nextLong() >> rnd.nextInt(63)));
            if (i % 3 == 0) {
                n = (2 * (n >> 8) + 1) * (d / 2);   // an odd number of halves: a tie at some scale
            }
            int scale = rnd.nextInt(13);
            Rational q = Rational.of(n, d);
            BigDecimal expected = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()), scale,
                    java.math.RoundingMode.HALF_UP);
            assertThat(q.decimal(scale)).as(n + "/" + d + " at " + scale).isEqualTo(expected);
        }
        assertThat(Rational.of(-1, 200).decimal(2)).isEqualTo(new BigDecimal("-0.01"));
        assertThat(Rational.of(-1, 201).decimal(2)).isEqualTo(new BigDecimal("0.00"));
    }
}

package io.github.ita.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Numbers#hundredths}: the rounding of a double's decimal form, made without that form where it can be. */
class NumbersTest {

    /** What {@code hundredths} must give: the double's decimal form rounded half up. */
    private static BigDecimal reference(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void decimalFormsOnAHalfRoundUpAsWrittenNotAsStoredInBinary() {
        // 1.005, 2.675 and 0.285 are stored a little below the half, 84.995 a little above; written, they are halves
        assertThat(Numbers.hundredths(1.005)).isEqualTo(new BigDecimal("1.01"));
        assertThat(Numbers.hundredths(2.675)).isEqualTo(new BigDecimal("2.68"));
        assertThat(Numbers.hundredths(0.285)).isEqualTo(new BigDecimal("0.29"));
        assertThat(Numbers.hundredths(94.125)).isEqualTo(new BigDecimal("94.13"));
        assertThat(Numbers.hundredths(84.994999)).isEqualTo(new BigDecimal("84.99"));
        assertThat(Numbers.hundredths(84.995)).isEqualTo(new BigDecimal("85.00"));
        assertThat(Numbers.hundredths(0)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Numbers.hundredths(100)).isEqualTo(new BigDecimal("100.00"));
        assertThat(Numbers.hundredths(0.004999999)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Numbers.hundredths(0.995)).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void agreesWithTheDecimalFormEverywhere() {
        SplittableRandom random = new SplittableRandom(2568);
        for (int i = 0; i < 200_000; i++) {
            // scores and chances, and beyond the fast range
            double v = switch (i % 4) {
                case 0 -> random.nextDouble() * 100;
                case 1 -> random.nextDouble();
                case 2 -> random.nextDouble() * 20_000;
                default -> Math.round(random.nextDouble() * 1_000_000) / 1000.0;   // three decimals: many halves
            };
            assertThat(Numbers.hundredths(v)).as("%s", v).isEqualTo(reference(v));
        }
    }

    @Test
    void agreesNextToEveryHalfHundredth() {
        SplittableRandom random = new SplittableRandom(85);
        for (int i = 0; i < 100_000; i++) {
            long k = random.nextLong(1_000_000);   // halves from 0.005 to 9,999.995
            double half = (k + 0.5) / 100;
            for (double v : new double[] {half, Math.nextUp(half), Math.nextDown(half), Math.nextUp(Math.nextUp(half)),
                    Math.nextDown(Math.nextDown(half)), half + 1e-9, half - 1e-9, half + 2e-8, half - 2e-8}) {
                assertThat(Numbers.hundredths(v)).as("%s", v).isEqualTo(reference(v));
            }
        }
    }

    @Test
    void outsideTheFastRangeAsTheDecimalFormToo() {
        for (double v : new double[] {-0.005, -1.005, -0.0, 1e4, 12345.675, 1e12, Double.MIN_VALUE, Double.MAX_VALUE}) {
            assertThat(Numbers.hundredths(v)).as("%s", v).isEqualTo(reference(v));
        }
        assertThatThrownBy(() -> Numbers.hundredths(Double.NaN)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Numbers.hundredths(Double.POSITIVE_INFINITY)).isInstanceOf(NumberFormatException.class);
    }

    /**
     * The unscaled value of a decimal, read through its double up to 15 digits: equal to
     * BigDecimal's own for random decimals of every length and scale, and refused past 18 digits.
     */
    @Test
    void unscaledValuesAreBigDecimalsOwn() {
        SplittableRandom random = new SplittableRandom(15);
        for (int k = 0; k < 1_000_000; k++) {
            int digits = 1 + random.nextInt(18);
            long bound = digits == 18 ? 999_999_999_999_999_999L : (long) Math.pow(10, digits);
            long u = random.nextLong(bound) * (random.nextBoolean() ? 1 : -1);
            BigDecimal v = BigDecimal.valueOf(u, random.nextInt(19));
            assertThat(Numbers.unscaled(v)).as("%s", v).isEqualTo(v.unscaledValue().longValueExact());
        }
        assertThatThrownBy(() -> Numbers.unscaled(BigDecimal.valueOf(1, 19))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Numbers.unscaled(new BigDecimal("1234567890123456789"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Numbers.unscaled(BigDecimal.valueOf(5, -1))).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.github.ita.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one bound on the size of a number read from an input or an option, checked before any
 * arithmetic: written out in full, without an exponent, a number has at most {@value #DIGITS} digits
 * before its decimal point and at most {@value #DIGITS} after it. {@code 1e99} and {@code 1e-100}
 * are read; {@code 1e100}, {@code 1e-101}, {@code 0e999999999} and {@code 1e999999999} are refused.
 * BigDecimal holds {@code 1e999999999} in a few bytes, but writing it out, rounding it or making it
 * a fraction takes gigabytes; a bounded number costs at most a few hundred digits everywhere.
 * Each kind of number then has its own range (a score 0–100, a fiscal year 2500–2700…).
 */
public final class Numbers {

    /** The most digits a number has on either side of its decimal point when written out in full. */
    public static final int DIGITS = 100;

    /** A decimal number as written; possessive throughout, so that matching is linear on any text. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?+(?:\\p{Nd}++(?:\\.\\p{Nd}*+)?+|\\.\\p{Nd}++)(?:[eE][+-]?+\\p{Nd}++)?+");

    private Numbers() {
    }

    /** 10^0 to 10^18, each exact as a double. */
    private static final double[] TEN_POW = new double[19];

    static {
        double p = 1;
        for (int k = 0; k < TEN_POW.length; k++) {
            TEN_POW[k] = p;
            p *= 10;
        }
    }

    /**
     * The unscaled value of a decimal of at most 18 digits at a scale of 0 to 18, with no object made
     * where that is exact ({@code scaleByPowerOfTen} or {@code unscaledValue} make one for every
     * number): for at most 15 digits, |x| &lt; 10^15 &lt; 2^50, and the decimal's double is x / 10^scale
     * within a relative 2^-52 (a division of two exact doubles, rounded once), times 10^scale (exact
     * as a double) rounded once more, so within |x| · 1.5 · 2^-52 &lt; 0.375 of x: rounded to the
     * nearest long, x itself.
     *
     * @param value a decimal with {@code 0 <= scale() <= 18} and {@code precision() <= 18}
     * @return its unscaled value
     */
    public static long unscaled(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > 18 || value.precision() > 18) {
            throw new IllegalArgumentException("not a decimal of at most 18 digits at a scale of 0 to 18: " + value);
        }
        if (scale == 0) {
            return value.longValue();
        }
        if (value.precision() <= 15) {
            return Math.round(value.doubleValue() * TEN_POW[scale]);
        }
        return value.scaleByPowerOfTen(scale).longValue();
    }

    /**
     * @param v a number
     * @return whether it has at most {@value #DIGITS} digits before and after its decimal point when written out
     */
    public static boolean bounded(BigDecimal v) {
        return v.scale() <= DIGITS && (long) v.precision() - v.scale() <= DIGITS;
    }

    /**
     * Reads a number as written in an option or a file, refusing what cannot be bounded.
     *
     * @param text the text, e.g. {@code 85}, {@code 84.5}, {@code 8.5e1} or {@code ๘๕} (any script's digits, as BigDecimal reads them)
     * @return the number, or {@code null} when the text is not a number or not {@link #bounded}
     */
    public static BigDecimal parse(String text) {
        if (text.isEmpty() || text.length() > 2 * DIGITS + 12) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(text);
            return bounded(v) ? v : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * @param text a text
     * @return whether it is written as a decimal number ({@code -1.5e-3}), whatever its size
     */
    public static boolean looksLikeNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /**
     * A number for a message: in full when {@link #bounded}, else clipped from its scientific form,
     * so that no message is longer than a few hundred characters.
     *
     * @param v a number
     * @return the number as text
     */
    public static String show(BigDecimal v) {
        return bounded(v) ? Text.clip(v.toPlainString()) : Text.clip(v.toString());
    }

    /**
     * @param v points estimated in floating point (a standard error, an interval's end)
     * @return them to two decimals, the nearest hundredth (halves up), so that the same double
     *         always shows the same
     */
    public static BigDecimal points(double v) {
        if (v >= 0 && v < 1e12) {
            // the common case without a decimal string: the nearest hundredth, halves up
            return BigDecimal.valueOf((long) Math.floor(v * 100 + 0.5), 2);
        }
        return hundredths(v);
    }

    /**
     * {@code BigDecimal.valueOf(v).setScale(2, HALF_UP)}: the double's shortest decimal form (as
     * {@link Double#toString} writes it) rounded half up to two decimals, the same number, made
     * without that form where no rounding boundary is near. For 0 ≤ v &lt; 10,000 the shortest form
     * lies within 1e-10 hundredths of {@code v * 100} as computed, so when that product is more than
     * 1e-6 from a half hundredth, both round to the same whole number of hundredths; nearer, or
     * outside that range, the decimal form is made and rounded.
     *
     * @param v a double
     * @return it to two decimals, as {@code BigDecimal.valueOf(v).setScale(2, HALF_UP)} gives it
     * @throws NumberFormatException for NaN and the infinities, as {@code BigDecimal.valueOf} does
     */
    public static BigDecimal hundredths(double v) {
        if (v >= 0 && v < 1e4) {
            double x = v * 100;
            double whole = Math.floor(x);
            if (Math.abs(x - whole - 0.5) > 1e-6) {
                return BigDecimal.valueOf((long) whole + (x - whole > 0.5 ? 1 : 0), 2);
            }
        }
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * @param p a chance from 0 to 1
     * @return it to two decimals; one that is neither 0 nor 1 stays between 0.01 and 0.99 rather
     *         than be shown as a certainty
     */
    public static BigDecimal chance(double p) {
        BigDecimal shown = hundredths(p);
        if (p > 0 && shown.signum() == 0) {
            return new BigDecimal("0.01");
        }
        if (p < 1 && shown.compareTo(BigDecimal.ONE) >= 0) {
            return new BigDecimal("0.99");
        }
        return shown;
    }
}

package io.github.ita.analysis;

import io.github.ita.internal.Numbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a batch summary measures against.
 *
 * @param targetShare the national target: the share of agencies, in percent, that should reach the
 *                    pass mark (80 for FY2566, docs/method.md §4)
 * @param groupBy     the agency attribute to summarise by (e.g. {@code group}, {@code province}), or {@code null}
 * @param lowest      how many of the lowest agencies to list
 */
public record BatchOptions(BigDecimal targetShare, String groupBy, int lowest) {

    /** Target 80 %, no grouping, the 10 lowest agencies. */
    public static final BatchOptions DEFAULT = new BatchOptions(new BigDecimal("80"), null, 10);

    /**
     * Checks that the target share is a percentage and the number of lowest agencies is not negative.
     *
     * @param targetShare the national target: the share of agencies, in percent, that should reach the
     *                    pass mark (80 for FY2566, docs/method.md §4)
     * @param groupBy     the agency attribute to summarise by (e.g. {@code group}, {@code province}), or {@code null}
     * @param lowest      how many of the lowest agencies to list
     * @throws NullPointerException     when {@code targetShare} is null
     * @throws IllegalArgumentException when {@code targetShare} is outside 0–100 or has more than 100 decimals
     *                                  (1e-999999999), or {@code lowest} is negative
     */
    public BatchOptions {
        Objects.requireNonNull(targetShare, "targetShare");
        if (targetShare.signum() < 0 || targetShare.compareTo(BigDecimal.valueOf(100)) > 0 || !Numbers.bounded(targetShare)) {
            throw new IllegalArgumentException("the target share is a percentage from 0 to 100 with at most "
                    + Numbers.DIGITS + " decimals, not " + Numbers.show(targetShare));
        }
        if (lowest < 0) {
            throw new IllegalArgumentException("lowest must not be negative");
        }
    }

    /**
     * @param share the national target, in percent of agencies reaching the pass mark (0–100)
     * @return a copy with another target share
     */
    public BatchOptions withTarget(BigDecimal share) {
        return new BatchOptions(share, groupBy, lowest);
    }

    /**
     * @param attribute the agency attribute to group by, e.g. {@code province}, or {@code null} for no grouping
     * @return a copy summarising by an agency attribute
     */
    public BatchOptions withGroupBy(String attribute) {
        return new BatchOptions(targetShare, attribute, lowest);
    }
}

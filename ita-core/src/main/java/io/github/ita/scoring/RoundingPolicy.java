package io.github.ita.scoring;

/** When scores are rounded to two decimals. */
public enum RoundingPolicy {
    /** Exact at every level; rounded half-up only where shown or where a rating is looked up (the default). */
    EXACT,
    /**
     * Every level rounded half-up to two decimals before the next is computed, as published tables
     * are: question, item, sub-indicator, indicator and tool scores.
     */
    EACH_LEVEL
}

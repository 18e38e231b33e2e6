package io.github.ita.scoring;

/** The levels of a result's tree, top down. */
public enum Level {
    /** A tool: IIT, EIT, OIT. */
    TOOL,
    /** An indicator, 1–10. */
    INDICATOR,
    /** A sub-indicator of an OIT indicator, e.g. 9.1. */
    SUB_INDICATOR,
    /** A question, or an OIT item. */
    QUESTION,
    /** A sub-item of a question. */
    ITEM
}

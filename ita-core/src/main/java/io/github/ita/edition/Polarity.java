package io.github.ita.edition;

/** Which way a question's scale runs. */
public enum Polarity {
    /** The scale's points as they are: "most" is the good answer. */
    POSITIVE,
    /**
     * The scale's points mirrored (เชิงลบ): "yes, staff asked for bribes" is the bad answer, so the
     * first option earns the points of the last and so on.
     */
    NEGATIVE
}

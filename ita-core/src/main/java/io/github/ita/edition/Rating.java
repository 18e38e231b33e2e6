package io.github.ita.edition;

/**
 * The ITA rating (ระดับผลการประเมิน), from AA (95–100) down to F (below 50). The bands are part of
 * an edition's {@link RatingScheme}; this type only names them, best first.
 */
public enum Rating {
    /** 95.00–100. */
    AA,
    /** 85.00–94.99. */
    A,
    /** 75.00–84.99. */
    B,
    /** 65.00–74.99. */
    C,
    /** 55.00–64.99. */
    D,
    /** 50.00–54.99. */
    E,
    /** 0–49.99. */
    F
}

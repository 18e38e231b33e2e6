package io.github.ita.edition;

/** How an edition's results are published. */
public enum Presentation {
    /** As a rating AA–F (FY2565 and earlier). */
    RATING,
    /** As pass / fail (ผ่าน / ไม่ผ่าน) against the pass mark (from FY2566); the AA–F band is still computed. */
    PASS_FAIL
}

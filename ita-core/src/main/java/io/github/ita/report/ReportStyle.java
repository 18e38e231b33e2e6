package io.github.ita.report;

import io.github.ita.edition.Language;
import java.util.Objects;

/**
 * How a report is written: in Thai (the default) or English, and with Thai digits (๘๓.๖๗) as
 * official documents write numbers, or Arabic ones. Text from the input — agency names, notes,
 * URLs — is never changed.
 *
 * @param language   the language
 * @param thaiDigits whether the report's own numbers are written in Thai digits
 * @param provenance the provenance written as a line at the report's foot, or {@code null} for the
 *                   default: for a result or an analysis, the library, the edition and the result's
 *                   policies; for a batch or measures report, no line
 */
public record ReportStyle(Language language, boolean thaiDigits, io.github.ita.io.Provenance provenance) {

    /** Thai, Arabic digits. */
    public static final ReportStyle THAI = new ReportStyle(Language.TH, false, null);

    /**
     * Checks that the language is given.
     *
     * @param language   the language
     * @param thaiDigits whether the report's own numbers are written in Thai digits
     * @param provenance the provenance written as a line at the report's foot, or {@code null} for the
     *                   default: for a result or an analysis, the library, the edition and the result's
     *                   policies; for a batch or measures report, no line
     */
    public ReportStyle {
        Objects.requireNonNull(language, "language");
    }

    /**
     * @param language Thai or English
     * @return that language with Arabic digits and the default provenance line
     */
    public static ReportStyle of(Language language) {
        return new ReportStyle(language, false, null);
    }

    /**
     * @param on true for Thai digits (๘๓.๖๗), false for Arabic ones
     * @return a copy with Thai digits on or off
     */
    public ReportStyle withThaiDigits(boolean on) {
        return new ReportStyle(language, on, provenance);
    }

    /**
     * @param p how the report's numbers were made, written at its foot (by default: the library, the edition
     *          and the policies of the result)
     * @return a copy with that provenance
     */
    public ReportStyle withProvenance(io.github.ita.io.Provenance p) {
        return new ReportStyle(language, thaiDigits, p);
    }

    /** Adds the provenance line at the foot of a report. */
    void foot(Doc d, io.github.ita.io.Provenance fallback) {
        io.github.ita.io.Provenance p = provenance != null ? provenance : fallback;
        if (p != null) {
            d.p(Doc.input(p.line()));
        }
    }

    String t(String th, String en) {
        return language == Language.EN ? en : th;
    }

    String lang() {
        return language == Language.EN ? "en" : "th";
    }
}

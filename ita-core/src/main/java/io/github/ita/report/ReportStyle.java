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
 */
public record ReportStyle(Language language, boolean thaiDigits, io.github.ita.io.Provenance provenance) {

    /** Thai, Arabic digits. */
    public static final ReportStyle THAI = new ReportStyle(Language.TH, false, null);

    public ReportStyle {
        Objects.requireNonNull(language, "language");
    }

    /** @return Thai or English, Arabic digits */
    public static ReportStyle of(Language language) {
        return new ReportStyle(language, false, null);
    }

    /** @return a copy with Thai digits on or off */
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

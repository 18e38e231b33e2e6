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
public record ReportStyle(Language language, boolean thaiDigits) {

    /** Thai, Arabic digits. */
    public static final ReportStyle THAI = new ReportStyle(Language.TH, false);

    public ReportStyle {
        Objects.requireNonNull(language, "language");
    }

    /** @return Thai or English, Arabic digits */
    public static ReportStyle of(Language language) {
        return new ReportStyle(language, false);
    }

    /** @return a copy with Thai digits on or off */
    public ReportStyle withThaiDigits(boolean on) {
        return new ReportStyle(language, on);
    }

    String t(String th, String en) {
        return language == Language.EN ? en : th;
    }

    String lang() {
        return language == Language.EN ? "en" : "th";
    }
}

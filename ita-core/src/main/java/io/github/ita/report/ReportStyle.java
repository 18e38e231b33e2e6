package io.github.ita.report;

import io.github.ita.edition.Language;
import io.github.ita.scoring.MissingAnswers;
import io.github.ita.scoring.RoundingPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Adds the provenance line at the foot of a report, in the report's language: the library, the
     * edition, each input with the start of its SHA-256, the rounding and missing-answer policies and
     * the time when one is given. Versions, ids, names and hashes are written as they are.
     */
    void foot(Doc d, io.github.ita.io.Provenance fallback) {
        io.github.ita.io.Provenance p = provenance != null ? provenance : fallback;
        if (p == null) {
            return;
        }
        List<Doc.Span> spans = new ArrayList<>();
        spans.add(Doc.input("ita " + p.library()));
        spans.add(Doc.t(t(" · ฉบับ ", " · ")));
        spans.add(Doc.input(p.edition()));
        if (!p.editionSha256().isEmpty()) {
            spans.add(Doc.input(" (sha256 " + p.editionSha256().substring(0, 12) + "…)"));
        }
        p.inputs().forEach((name, sha) -> {
            spans.add(Doc.t(t(" · ข้อมูล ", " · ")));
            spans.add(Doc.input(Path.of(name).getFileName() + " (sha256 " + sha.substring(0, 12) + "…)"));
        });
        spans.add(Doc.t(p.rounding() == RoundingPolicy.EXACT
                ? t(" · ปัดเศษเมื่อแสดงผลเท่านั้น", " · rounding exact")
                : t(" · ปัดเศษทุกระดับ", " · rounding each-level")));
        spans.add(Doc.t(p.missingAnswers() == MissingAnswers.ERROR
                ? t(" · คำตอบที่ขาดถือเป็นข้อผิดพลาด", " · missing answers error")
                : t(" · ไม่นับคำตอบที่ขาด", " · missing answers exclude")));
        if (p.timestamp() != null) {
            spans.add(Doc.t(" · "));
            spans.add(Doc.input(p.timestamp().toString()));
        }
        d.p(spans);
    }

    String t(String th, String en) {
        return language == Language.EN ? en : th;
    }

    String lang() {
        return language == Language.EN ? "en" : "th";
    }
}

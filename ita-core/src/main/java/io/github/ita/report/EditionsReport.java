package io.github.ita.report;

import static io.github.ita.report.Doc.input;
import static io.github.ita.report.Doc.t;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Presentation;
import java.util.List;
import java.util.Objects;

/** The list of editions ({@code ita editions}) as Markdown or HTML. */
public final class EditionsReport {

    private final ReportStyle style;

    private EditionsReport(ReportStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /**
     * @param style the language, digits and provenance line to write with
     * @return a renderer in that style
     */
    public static EditionsReport in(ReportStyle style) {
        return new EditionsReport(style);
    }

    /**
     * @param editions the editions to list, one table row each, in the order given
     * @return the list as Markdown
     */
    public String markdown(List<Edition> editions) {
        return doc(editions).markdown(style.thaiDigits());
    }

    /**
     * @param editions the editions to list, one table row each, in the order given
     * @return the list as a self-contained HTML page
     */
    public String html(List<Edition> editions) {
        return doc(editions).html(style.thaiDigits());
    }

    private Doc doc(List<Edition> editions) {
        Doc d = new Doc(style.t("ฉบับแบบประเมิน ITA", "ITA editions"), style.lang());
        Doc.TableBuilder table = d.table(style.t("ฉบับ", "Edition"), ">" + style.t("ปีงบประมาณ", "Fiscal year"),
                style.t("การประกาศผล", "Published as"), ">" + style.t("จำนวนข้อ", "Questions and items"));
        for (Edition e : editions) {
            table.row(input(e.id()), String.valueOf(e.fiscalYear()), e.presentation() == Presentation.RATING
                            ? style.t("ระดับ AA–F", "rating AA–F") : style.t("ผ่าน / ไม่ผ่าน", "pass / fail"),
                    String.valueOf(e.questions().size()));
        }
        return table.end();
    }
}

package io.github.ita.report;

import static io.github.ita.report.Doc.ed;
import static io.github.ita.report.Doc.input;
import static io.github.ita.report.Doc.t;

import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Component;
import io.github.ita.edition.Edition;
import io.github.ita.edition.EditionSummary;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Indicator;
import io.github.ita.edition.Polarity;
import io.github.ita.edition.Presentation;
import io.github.ita.edition.Question;
import io.github.ita.edition.RatingBand;
import io.github.ita.edition.SubIndicator;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The list of editions ({@code ita editions}), and one edition as it is scored ({@code ita editions show}),
 * as Markdown or HTML. Edition text (ids, labels) is escaped like input and never changed.
 */
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
     * @param editions the editions to list, one table row each, in the order given ({@link Editions#bundledSummaries()},
     *                 or {@link Edition#summary()} of editions read)
     * @return the list as Markdown
     */
    public String markdown(List<EditionSummary> editions) {
        return doc(editions).markdown(style.thaiDigits());
    }

    /**
     * @param editions the editions to list, one table row each, in the order given (as {@link #markdown(List)})
     * @return the list as a self-contained HTML page
     */
    public String html(List<EditionSummary> editions) {
        return doc(editions).html(style.thaiDigits());
    }

    /**
     * One edition as a reader checks it: for each tool a table of its questions (id, indicator, text) with
     * the points each option earns, polarity applied, as {@code ita editions show --format json} lists them.
     *
     * @param edition the edition
     * @return the edition as Markdown
     */
    public String markdown(Edition edition) {
        return doc(edition).markdown(style.thaiDigits());
    }

    /**
     * As {@link #markdown(Edition)}, as a self-contained HTML page.
     *
     * @param edition the edition
     * @return the edition as HTML
     */
    public String html(Edition edition) {
        return doc(edition).html(style.thaiDigits());
    }

    private Doc doc(Edition e) {
        String title = style.t("แบบประเมิน ITA ฉบับ ", "ITA edition ") + e.id();
        Doc d = new Doc(title, style.lang());
        d.h(1, t(style.t("แบบประเมิน ITA ฉบับ ", "ITA edition ")), ed(e.id()));
        d.p(ed(e.name().in(style.language())), t(style.t(" · ปีงบประมาณ ", " · fiscal year ") + e.fiscalYear()
                + style.t(" · เกณฑ์ผ่าน ", " · pass mark ") + plain(e.passMark()) + style.t(" คะแนน", "")
                + style.t(" · ประกาศผลเป็น ", " · published as ") + (e.presentation() == Presentation.RATING
                ? style.t("ระดับ", "a rating") : style.t("ผ่าน / ไม่ผ่าน", "pass / fail"))));
        if (e.presentation() == Presentation.RATING) {
            Doc.TableBuilder bands = d.table(style.t("ระดับ", "Rating"), ">" + style.t("ตั้งแต่", "From"), ">" + style.t("ถึง", "To"));
            for (RatingBand b : e.ratingScheme().bands()) {
                bands.row(b.rating().name(), plain(b.min()), plain(b.max()));
            }
            bands.end();
        }
        for (Tool tool : e.tools()) {
            d.h(2, ed(tool.id() + " " + tool.label().in(style.language())),
                    t(style.t(" · น้ำหนักร้อยละ ", " · weight ") + plain(tool.weight()) + style.t("", "%")));
            Doc.TableBuilder table = d.table(style.t("ข้อ", "Item"), style.t("ตัวชี้วัด", "Indicator"),
                    style.t("ข้อคำถาม", "Question"), style.t("ตัวเลือก = คะแนน", "Options = points"));
            for (Indicator in : tool.indicators()) {
                if (in.hasSubIndicators()) {
                    for (SubIndicator sub : in.subIndicators()) {
                        questions(table, sub.id(), sub.questions());
                    }
                } else {
                    questions(table, in.id(), in.questions());
                }
            }
            table.end();
        }
        d.rule();
        d.p(t(style.t("คะแนนของตัวเลือกเป็นคะแนนหลังกลับขั้วของข้อเชิงลบแล้ว; ข้อมูลเดียวกันในรูป JSON: ita editions show ",
                "Points are after a negative question's polarity is applied; the same as data: ita editions show ")), ed(e.id()),
                t(" --format json"));
        style.foot(d, null);
        return d;
    }

    private void questions(Doc.TableBuilder table, String under, List<Question> questions) {
        for (Question q : questions) {
            List<Doc.Span> text = new ArrayList<>();
            text.add(ed(q.label().in(style.language())));
            if (!q.isChecklistItem() && q.polarity() == Polarity.NEGATIVE) {
                text.add(t(style.t(" (ข้อเชิงลบ)", " (negative)")));
            }
            if (!q.isChecklistItem() && !q.isScored()) {
                text.add(t(style.t(" (ไม่นำมาคิดคะแนน)", " (not scored)")));
            }
            List<Doc.Span> options = new ArrayList<>();
            if (q.isChecklistItem()) {
                options.add(t(style.t("รายการตรวจ", "checklist item")));
                for (Component c : q.components()) {
                    options.add(t(" · "));
                    options.add(ed(c.id() + " " + c.label().in(style.language())));
                }
            } else {
                for (AnswerOption o : q.options()) {
                    if (!options.isEmpty()) {
                        options.add(t(" · "));
                    }
                    options.add(ed(o.code() + " " + o.label().in(style.language())));
                    options.add(t(" = " + plain(o.points())));
                }
            }
            table.row(ed(q.id()), ed(under), text, options);
            for (SubItem item : q.items()) {
                table.row(ed(item.id()), ed(under), List.of(ed(item.label().in(style.language()))),
                        List.of(t(style.t("ตัวเลือกเดียวกับข้อ ", "the options of ")), ed(q.id())));
            }
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private Doc doc(List<EditionSummary> editions) {
        Doc d = new Doc(style.t("ฉบับแบบประเมิน ITA", "ITA editions"), style.lang());
        Doc.TableBuilder table = d.table(style.t("ฉบับ", "Edition"), ">" + style.t("ปีงบประมาณ", "Fiscal year"),
                style.t("การประกาศผล", "Published as"), ">" + style.t("จำนวนข้อ", "Questions and items"));
        for (EditionSummary e : editions) {
            table.row(input(e.id()), String.valueOf(e.fiscalYear()), e.presentation() == Presentation.RATING
                            ? style.t("ระดับ AA–F", "rating AA–F") : style.t("ผ่าน / ไม่ผ่าน", "pass / fail"),
                    String.valueOf(e.questions()));
        }
        return table.end();
    }
}

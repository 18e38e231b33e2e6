package io.github.ita.report;

import static io.github.ita.report.Doc.input;
import static io.github.ita.report.Doc.t;

import io.github.ita.analysis.BatchSummary;
import io.github.ita.analysis.Summary;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Language;
import io.github.ita.edition.Rating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The summary of a batch of agencies: how many pass against the national target, the distribution
 * of totals, the ratings, each tool and indicator (with a chart of the indicators' means in HTML),
 * the lowest agencies and, when grouped, a line per group. Markdown or self-contained HTML.
 */
public final class BatchReport {

    private final ReportStyle style;

    private BatchReport(ReportStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /**
     * @param language Thai or English; numbers in Arabic digits
     * @return a renderer in that language
     */
    public static BatchReport in(Language language) {
        return new BatchReport(ReportStyle.of(language));
    }

    /**
     * @param style the language, digits and provenance line to write with
     * @return a renderer in that style
     */
    public static BatchReport in(ReportStyle style) {
        return new BatchReport(style);
    }

    /**
     * @param summary the batch's summaries
     * @return the report as Markdown, ending with a newline
     */
    public String markdown(BatchSummary summary) {
        return doc(summary).markdown(style.thaiDigits());
    }

    /**
     * @param summary the batch's summaries
     * @return the report as a self-contained HTML page
     */
    public String html(BatchSummary summary) {
        return doc(summary).html(style.thaiDigits());
    }

    private Doc doc(BatchSummary summary) {
        Edition e = summary.edition();
        Summary s = summary.all();
        String title = style.t("สรุปผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ", "ITA results summary, fiscal year ") + e.fiscalYear();
        Doc d = new Doc(title, style.lang());
        d.h(1, t(title));
        List<Doc.Span> head = new ArrayList<>();
        head.add(t(style.t("จำนวนหน่วยงาน ", "Agencies: ") + s.agencies()
                + (s.withTotal() != s.agencies() ? style.t(" (มีคะแนนรวม ", " (with a total: ") + s.withTotal() + ")" : "")
                + style.t(" · ผ่านเกณฑ์ (", " · reaching the pass mark (") + plain(e.passMark()) + style.t(" คะแนนขึ้นไป) ", "): ")
                + s.passing() + style.t(" หน่วยงาน", "") + s.passingShare().map(p -> " = " + p.toPlainString() + "%").orElse("")
                + style.t(" · เป้าหมาย ร้อยละ ", " · target ") + plain(s.target()) + (style.language() == Language.EN ? "%" : "")));
        s.targetMet().ifPresent(m -> {
            head.add(t(" — "));
            head.add(Doc.badge(m ? style.t("บรรลุเป้าหมาย", "met") : style.t("ไม่บรรลุเป้าหมาย", "not met"), m));
        });
        d.p(head);
        if (s.passInDoubt().isPresent()) {
            int doubt = s.passInDoubt().getAsInt();
            d.p(t(style.t("ผลผ่านหรือไม่ผ่านเกณฑ์ของ " + doubt + " หน่วยงาน อยู่ในช่วงความคลาดเคลื่อนจากการสุ่มตัวอย่างผู้ตอบ (เกณฑ์ "
                    + plain(e.passMark()) + " คะแนนอยู่ในช่วงความเชื่อมั่นของคะแนนรวม): หากได้ผู้ตอบกลุ่มอื่น ผลอาจกลับกัน",
                    "Pass or fail of " + doubt + (doubt == 1 ? " agency is" : " agencies is")
                    + " within the noise of sampling (the pass mark of " + plain(e.passMark())
                    + " lies within the total's interval): with other respondents it could go the other way.")));
        }

        d.h(2, t(style.t("คะแนนรวม", "Totals")));
        d.table(">" + style.t("ค่าเฉลี่ย", "Mean"), ">" + style.t("มัธยฐาน", "Median"), ">" + style.t("ส่วนเบี่ยงเบนมาตรฐาน", "Std. deviation"),
                ">Q1", ">Q3", ">" + style.t("ต่ำสุด", "Min"), ">" + style.t("สูงสุด", "Max"))
                .row(num(s.mean()), num(s.median()), num(s.standardDeviation()), num(s.q1()), num(s.q3()), num(s.min()), num(s.max()))
                .end();

        d.h(2, t(style.t("ระดับผลการประเมิน", "Ratings")));
        List<String> ratingHead = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        for (Map.Entry<Rating, Integer> r : s.ratings().entrySet()) {
            ratingHead.add(">" + r.getKey().name());
            counts.add(String.valueOf(r.getValue()));
        }
        d.table(ratingHead.toArray(String[]::new)).row(counts.toArray()).end();

        d.h(2, t(style.t("รายเครื่องมือและตัวชี้วัด", "By tool and indicator")));
        Doc.TableBuilder nodes = d.table(style.t("เครื่องมือ / ตัวชี้วัด", "Tool / indicator"), ">" + style.t("หน่วยงาน", "Agencies"),
                ">" + style.t("ค่าเฉลี่ย", "Mean"), ">" + style.t("ผ่านเกณฑ์", "Passing"), ">" + style.t("ร้อยละที่ผ่าน", "Share passing"));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> means = new ArrayList<>();
        for (Summary.NodeFigures n : s.tools()) {
            nodes.row(Doc.edBold(n.id()), String.valueOf(n.agencies()), opt(n.mean()), String.valueOf(n.passing()), opt(n.share()));
            e.tool(n.id()).indicators().forEach(in -> s.indicators().stream().filter(f -> f.id().equals(in.id())).findFirst()
                    .ifPresent(f -> {
                        nodes.row(Doc.ed(f.id() + " " + in.label().in(style.language())), String.valueOf(f.agencies()), opt(f.mean()),
                                String.valueOf(f.passing()), opt(f.share()));
                        labels.add(f.id());
                        means.add(f.mean());
                    }));
        }
        nodes.end();
        d.chart(labels, means, e.passMark(), style.t("ค่าเฉลี่ยรายตัวชี้วัด เทียบกับเกณฑ์ ", "Indicator means against the pass mark of ")
                + plain(e.passMark()));

        if (!s.lowest().isEmpty()) {
            d.h(2, t(style.t("หน่วยงานที่มีคะแนนต่ำสุด", "Lowest agencies")));
            Doc.TableBuilder low = d.table(style.t("หน่วยงาน", "Agency"), style.t("ชื่อ", "Name"), ">" + style.t("คะแนนรวม", "Total"),
                    style.t("ระดับ", "Rating"));
            for (Summary.Low l : s.lowest()) {
                low.row(input(l.id()), input(l.name()), l.total().toPlainString(), l.rating().name());
            }
            low.end();
        }

        if (summary.groupBy().isPresent()) {
            d.h(2, t(style.t("แยกตาม ", "By ")), input(summary.groupBy().get()));
            Doc.TableBuilder groups = d.table(style.t("กลุ่ม", "Group"), ">" + style.t("หน่วยงาน", "Agencies"),
                    ">" + style.t("ค่าเฉลี่ย", "Mean"), ">" + style.t("ผ่านเกณฑ์", "Passing"), ">" + style.t("ร้อยละที่ผ่าน", "Share passing"),
                    style.t("เป้าหมาย", "Target"));
            for (Map.Entry<String, Summary> g : summary.groups().entrySet()) {
                Summary gs = g.getValue();
                groups.row(g.getKey().isEmpty() ? t("–") : input(g.getKey()), String.valueOf(gs.agencies()), num(gs.mean()),
                        String.valueOf(gs.passing()), num(gs.passingShare()),
                        gs.targetMet().map(m -> m ? style.t("บรรลุ", "met") : style.t("ไม่บรรลุ", "not met")).orElse("–"));
            }
            groups.end();
        }
        d.rule();
        d.p(t(style.t("ฉบับแบบประเมิน: ", "Edition: ")), input(e.id()), t(style.t(
                " · สถิติคำนวณจากคะแนนที่แสดงผล (ทศนิยม 2 ตำแหน่ง); ควอร์ไทล์แบบ R-7 (QUARTILE.INC)",
                " · statistics over the scores as shown (two decimals); quartiles R-7 (QUARTILE.INC)")));
        style.foot(d, null);
        return d;
    }

    private static String num(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("–");
    }

    private static String opt(BigDecimal v) {
        return v == null ? "–" : v.toPlainString();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}

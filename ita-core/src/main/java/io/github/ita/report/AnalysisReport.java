package io.github.ita.report;

import static io.github.ita.report.Doc.ed;
import static io.github.ita.report.Doc.input;
import static io.github.ita.report.Doc.inputBold;
import static io.github.ita.report.Doc.t;
import static io.github.ita.report.ResultReport.score;

import io.github.ita.analysis.Comparison;
import io.github.ita.analysis.Finding;
import io.github.ita.analysis.Findings;
import io.github.ita.analysis.Plan;
import io.github.ita.edition.Language;
import io.github.ita.scoring.Level;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The analysis that follows the scores (การวิเคราะห์ผลการประเมิน, OIT item o42): the findings in
 * seed 001's three columns per tool and indicator and the plan to the target; and year-over-year
 * comparisons. Markdown or self-contained HTML.
 */
public final class AnalysisReport {

    private final ReportStyle style;

    private AnalysisReport(ReportStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /**
     * @param language Thai or English; numbers in Arabic digits
     * @return a renderer in that language
     */
    public static AnalysisReport in(Language language) {
        return new AnalysisReport(ReportStyle.of(language));
    }

    /**
     * @param style the language, digits and provenance line to write with
     * @return a renderer in that style
     */
    public static AnalysisReport in(ReportStyle style) {
        return new AnalysisReport(style);
    }

    /**
     * @param result   the agency's result
     * @param findings the findings of that result
     * @param plan     the plan from that result to a target
     * @return findings and plan as Markdown, ending with a newline
     */
    public String markdown(Result result, Findings findings, Plan plan) {
        return doc(result, findings, plan).markdown(style.thaiDigits());
    }

    /**
     * @param result   the agency's result
     * @param findings the findings of that result
     * @param plan     the plan from that result to a target
     * @return findings and plan as a self-contained HTML page
     */
    public String html(Result result, Findings findings, Plan plan) {
        return doc(result, findings, plan).html(style.thaiDigits());
    }

    /**
     * @param c the comparison of two results
     * @return the comparison as Markdown, ending with a newline
     */
    public String markdown(Comparison c) {
        return doc(c).markdown(style.thaiDigits());
    }

    /**
     * @param c the comparison of two results
     * @return the comparison as a self-contained HTML page
     */
    public String html(Comparison c) {
        return doc(c).html(style.thaiDigits());
    }

    private Doc doc(Result result, Findings findings, Plan plan) {
        String title = style.t("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ",
                "Analysis of the ITA result, fiscal year ") + result.edition().fiscalYear();
        Doc d = new Doc(title, style.lang());
        d.h(1, t(title));
        d.p(inputBold(result.agency().name().isEmpty() ? result.agency().id() : result.agency().name()),
                t(" · " + style.t("คะแนนรวม ", "total ") + score(result.total().orElse(null))
                        + result.rating().map(r -> style.t(" ระดับ ", ", rating ") + r).orElse("")));

        d.h(2, t(style.t("การวิเคราะห์ผลการประเมิน", "Findings")));
        findings(d, result, findings.urgent(), style.t("(1) ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน", "(1) To fix urgently"));
        findings(d, result, findings.improve(), style.t("(2) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", "(2) To improve"));
        findings(d, result, findings.keep(), style.t("(3) ประเด็นที่ควรรักษามาตรฐานไว้", "(3) To keep"));

        String mark = plan.target().score().stripTrailingZeros().toPlainString();
        if (plan.target().label().equals(mark)) {
            d.h(2, t(style.t("แนวทางยกระดับสู่เป้าหมาย ", "Plan to the target of ") + mark));
        } else {
            d.h(2, t(style.t("แนวทางยกระดับสู่เป้าหมาย ", "Plan to the target ")), input(plan.target().label()), t(" (" + mark + ")"));
        }
        if (plan.steps().isEmpty() && plan.reachable()) {
            d.p(t(style.t("คะแนนรวมถึงเป้าหมายแล้ว", "The total already reaches the target.")));
            d.rule();
            style.foot(d, io.github.ita.io.Provenance.of(result.edition(), result.options()));
            return d;
        }
        Doc.TableBuilder steps = d.table(">" + style.t("ลำดับ", "Step"), style.t("ข้อ", "Item"), ">" + style.t("คะแนนเดิม", "Score"),
                ">" + style.t("ยกระดับเป็น", "Raise to"), ">" + style.t("คะแนนรวมเพิ่มขึ้น", "Total gains"),
                ">" + style.t("คะแนนรวมหลังดำเนินการ", "Total after"));
        int i = 1;
        for (Plan.Step s : plan.steps()) {
            steps.row(String.valueOf(i++), ed(s.id() + " " + result.node(s.id()).label().in(style.language())), score(s.from()),
                    score(s.to()), "+" + score(s.gain()), score(s.totalAfter()));
        }
        steps.end();
        d.p(Doc.badge(plan.reachable()
                ? style.t("ดำเนินการครบ " + plan.steps().size() + " ข้อ คะแนนรวมถึงเป้าหมาย",
                "With these " + plan.steps().size() + " steps the total reaches the target.")
                : style.t("ไม่สามารถถึงเป้าหมายได้ แม้ยกระดับทุกข้อที่ทำได้ (คะแนนรวมสูงสุด ",
                "The target is out of reach even with every step (best total ") + score(plan.after().total().orElse(null)) + ")",
                plan.reachable()));
        d.rule();
        style.foot(d, io.github.ita.io.Provenance.of(result.edition(), result.options()));
        return d;
    }

    /** Above this many, the findings of a category are listed by id in one line rather than a row each. */
    static final int LISTED_IN_FULL = 8;

    /**
     * One category of findings under its heading: a row per item — its id, its indicator, its text,
     * its score and what raising it to 100 would add to the total — or, past {@link #LISTED_IN_FULL}
     * items of the "keep" category, their count and ids in one line.
     */
    private void findings(Doc d, Result result, List<Finding> list, String heading) {
        d.h(3, t(heading));
        if (list.isEmpty()) {
            d.p(t(style.t("ไม่มี", "None.")));
            return;
        }
        if (list.get(0).category() == Finding.Category.KEEP && list.size() > LISTED_IN_FULL) {
            List<Doc.Span> spans = new ArrayList<>();
            spans.add(t(style.t(list.size() + " ข้อ ได้คะแนนตั้งแต่เกณฑ์ขึ้นไป: ", list.size() + " items at or above the mark: ")));
            for (int i = 0; i < list.size(); i++) {
                spans.add(ed(list.get(i).id()));
                if (i + 1 < list.size()) {
                    spans.add(t(", "));
                }
            }
            d.p(spans);
            return;
        }
        Doc.TableBuilder table = d.table(style.t("ข้อ", "Item"), style.t("ตัวชี้วัด", "Indicator"), style.t("ประเด็น", "Text"),
                ">" + style.t("คะแนน", "Score"), ">" + style.t("คะแนนรวมเพิ่มได้ (เมื่อได้ 100)", "Worth to the total (at 100)"));
        for (Finding f : list) {
            ResultNode indicator = result.node(f.indicator());
            Object worth = result.find(f.id()).flatMap(ResultNode::maxGain).map(g -> (Object) ("+" + score(g))).orElse("–");
            table.row(ed(f.id()), ed(indicator.id() + " " + indicator.label().in(style.language())),
                    f.level() == Level.INDICATOR ? t(style.t("ทั้งตัวชี้วัด", "the indicator as a whole")) : ed(f.label().in(style.language())), score(f.score()), worth);
        }
        table.end();
    }

    private Doc doc(Comparison c) {
        String title = style.t("เปรียบเทียบผลการประเมิน ITA", "ITA results compared");
        Doc d = new Doc(title, style.lang());
        if (c.sameAgency()) {
            d.h(1, t(title + " — "), input(name(c.after())));
        } else {
            d.h(1, t(title + " — "), input(name(c.before())), t(style.t(" เทียบกับ ", " with ")), input(name(c.after())));
            d.p(t(style.t("ผลทั้งสองเป็นของคนละหน่วยงาน: ก่อน คือ ", "The two results are of different agencies: before is ")),
                    inputBold(name(c.before())), t(" ("), input(c.before().agency().id()),
                    t(style.t("), หลัง คือ ", "), after is ")), inputBold(name(c.after())), t(" ("), input(c.after().agency().id()), t(")"));
        }
        boolean tested = c.total().sampling().isPresent() || c.tools().stream().anyMatch(x -> x.sampling().isPresent());
        List<String> head = new ArrayList<>(List.of("", ">" + style.t("ก่อน", "Before") + " (" + c.before().edition().fiscalYear() + ")",
                ">" + style.t("หลัง", "After") + " (" + c.after().edition().fiscalYear() + ")", ">" + style.t("เปลี่ยนแปลง", "Change"),
                style.t("ผ่านเกณฑ์", "Pass mark")));
        if (tested) {
            head.add(style.t("เกินความคลาดเคลื่อนจากการสุ่มตัวอย่าง", "Beyond sampling noise"));
        }
        Doc.TableBuilder table = d.table(head.toArray(new String[0]));
        delta(table, style.t("คะแนนรวม", "Total"), c.total(), tested);
        List<Object> rating = new ArrayList<>(List.of(style.t("ระดับ", "Rating"), c.ratingBefore().map(Enum::name).orElse("–"),
                c.ratingAfter().map(Enum::name).orElse("–"), "", ""));
        if (tested) {
            rating.add("");
        }
        table.row(rating.toArray());
        for (Comparison.Delta x : c.tools()) {
            delta(table, ed(x.id()), x, tested);
        }
        for (Comparison.Delta x : c.indicators()) {
            String label = c.after().find(x.id()).or(() -> c.before().find(x.id()))
                    .map(n -> " " + n.label().in(style.language())).orElse("");
            delta(table, List.of(t(style.t("ตัวชี้วัดที่ ", "Indicator ")), ed(x.id() + label)), x, tested);
        }
        table.end();
        List<String> labels = new ArrayList<>();
        c.indicators().forEach(x -> labels.add(x.id()));
        d.chart(labels, c.indicators().stream().map(x -> x.after() == null ? null : x.after().shown()).toList(),
                c.after().edition().passMark(), style.t("คะแนนรายตัวชี้วัด ปีงบประมาณ ", "Indicator scores, fiscal year ")
                        + c.after().edition().fiscalYear());
        d.rule();
        style.foot(d, io.github.ita.io.Provenance.of(c.after().edition(), c.after().options()));
        return d;
    }

    private static String name(Result r) {
        return r.agency().name().isEmpty() ? r.agency().id() : r.agency().name();
    }

    /** A row of the comparison; the label is a String (the library's text), a Span or a List of Spans. */
    private void delta(Doc.TableBuilder table, Object label, Comparison.Delta d, boolean tested) {
        String change = d.change() == null ? "–" : (d.change().signum() > 0 ? "+" : "") + d.change().toPlainString();
        String crossing = switch (d.crossing()) {
            case UP -> style.t("ผ่านเกณฑ์แล้ว ↑", "now passes ↑");
            case DOWN -> style.t("ไม่ผ่านเกณฑ์ ↓", "now fails ↓");
            case NONE -> "";
        };
        if (!tested) {
            table.row(label, score(d.before()), score(d.after()), change, crossing);
            return;
        }
        String sampling = d.sampling().map(x -> (x.beyondSampling() ? style.t("ใช่", "yes") : style.t("ไม่", "no"))
                + " (p = " + java.math.BigDecimal.valueOf(x.pValue()).setScale(2, java.math.RoundingMode.DOWN).toPlainString() + ")")
                .orElse("");
        table.row(label, score(d.before()), score(d.after()), change, crossing, sampling);
    }
}

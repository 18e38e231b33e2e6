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

        d.h(2, t(style.t("การวิเคราะห์ผลการประเมินจำแนกตามเครื่องมือการประเมิน", "Findings by tool and indicator")));
        Doc.TableBuilder table = d.table(style.t("เครื่องมือ", "Tool"), style.t("ตัวชี้วัด", "Indicator"),
                style.t("(๑) ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน", "(1) To fix urgently"),
                style.t("(๒) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", "(2) To improve"), style.t("(๓) ประเด็นที่ควรรักษามาตรฐานไว้", "(3) To keep"));
        Map<String, List<Finding>> urgentOf = byIndicator(findings.urgent());
        Map<String, List<Finding>> improveOf = byIndicator(findings.improve());
        Map<String, List<Finding>> keepOf = byIndicator(findings.keep());
        for (ResultNode tool : result.tools()) {
            for (ResultNode indicator : tool.children()) {
                List<Doc.Span> urgent = cell(urgentOf.getOrDefault(indicator.id(), List.of()));
                List<Doc.Span> improve = cell(improveOf.getOrDefault(indicator.id(), List.of()));
                List<Doc.Span> keep = cell(keepOf.getOrDefault(indicator.id(), List.of()));
                if (urgent.isEmpty() && improve.isEmpty() && keep.isEmpty()) {
                    continue;
                }
                table.row(ed(tool.id()), List.of(ed(indicator.id() + " " + indicator.label().in(style.language())),
                        t(" (" + score(indicator.score().orElse(null)) + ")")), orDash(urgent), orDash(improve), orDash(keep));
            }
        }
        table.end();

        d.h(2, t(style.t("แนวทางยกระดับสู่เป้าหมาย ", "Plan to the target ")), input(plan.target().label()),
                t(" (" + plan.target().score().stripTrailingZeros().toPlainString() + ")"));
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

    /** Findings grouped by their indicator, each group in the list's order: one pass rather than one per indicator. */
    private static Map<String, List<Finding>> byIndicator(List<Finding> list) {
        Map<String, List<Finding>> out = new HashMap<>();
        for (Finding f : list) {
            out.computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** The findings of one indicator, each its id and label (the edition's) and its score (the library's); empty when none. */
    private List<Doc.Span> cell(List<Finding> ofIndicator) {
        List<Doc.Span> spans = new ArrayList<>();
        for (Finding f : ofIndicator) {
            if (!spans.isEmpty()) {
                spans.add(t("; "));
            }
            spans.add(ed(f.id() + (f.level() == Level.INDICATOR ? "" : " " + f.label().in(style.language()))));
            spans.add(t(" " + score(f.score())));
        }
        return spans;
    }

    private static List<Doc.Span> orDash(List<Doc.Span> spans) {
        return spans.isEmpty() ? List.of(t("–")) : spans;
    }

    private Doc doc(Comparison c) {
        String title = style.t("เปรียบเทียบผลการประเมิน ITA", "ITA results compared");
        Doc d = new Doc(title, style.lang());
        d.h(1, t(title + " — "), input(c.after().agency().name().isEmpty() ? c.after().agency().id() : c.after().agency().name()));
        Doc.TableBuilder table = d.table("", ">" + style.t("ก่อน", "Before") + " (" + c.before().edition().fiscalYear() + ")",
                ">" + style.t("หลัง", "After") + " (" + c.after().edition().fiscalYear() + ")", ">" + style.t("เปลี่ยนแปลง", "Change"),
                style.t("ผ่านเกณฑ์", "Pass mark"));
        delta(table, style.t("คะแนนรวม", "Total"), c.total());
        table.row(style.t("ระดับ", "Rating"), c.ratingBefore().map(Enum::name).orElse("–"), c.ratingAfter().map(Enum::name).orElse("–"), "", "");
        for (Comparison.Delta x : c.tools()) {
            delta(table, ed(x.id()), x);
        }
        for (Comparison.Delta x : c.indicators()) {
            delta(table, List.of(t(style.t("ตัวชี้วัดที่ ", "Indicator ")), ed(x.id())), x);
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

    /** A row of the comparison; the label is a String (the library's text), a Span or a List of Spans. */
    private void delta(Doc.TableBuilder table, Object label, Comparison.Delta d) {
        String change = d.change() == null ? "–" : (d.change().signum() > 0 ? "+" : "") + score(d.change());
        String crossing = switch (d.crossing()) {
            case UP -> style.t("ผ่านเกณฑ์แล้ว ↑", "now passes ↑");
            case DOWN -> style.t("ไม่ผ่านเกณฑ์ ↓", "now fails ↓");
            case NONE -> "";
        };
        table.row(label, score(d.before()), score(d.after()), change, crossing);
    }
}

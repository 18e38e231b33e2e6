package io.github.ita.report;

import io.github.ita.analysis.Comparison;
import io.github.ita.analysis.Finding;
import io.github.ita.analysis.Findings;
import io.github.ita.analysis.Plan;
import io.github.ita.edition.Language;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.Score;
import java.util.List;
import java.util.Objects;

/**
 * Renders, as Markdown, the analysis that follows the scores (การวิเคราะห์ผลการประเมิน, OIT item o42):
 * the findings in seed 001's three columns per tool and indicator, and the plan to the target;
 * and year-over-year comparisons. Thai by default.
 */
public final class AnalysisReport {

    private final Language language;

    private AnalysisReport(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * @param language the report's language
     * @return a renderer
     */
    public static AnalysisReport in(Language language) {
        return new AnalysisReport(language);
    }

    /**
     * @param result   the result analysed
     * @param findings its findings
     * @param plan     the plan to the target
     * @return the report, ending with a newline
     */
    public String render(Result result, Findings findings, Plan plan) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ",
                "Analysis of the ITA result, fiscal year ")).append(result.edition().fiscalYear()).append("\n\n");
        md.append("**").append(MarkdownReport.escape(result.agency().name().isEmpty() ? result.agency().id()
                : result.agency().name())).append("** · ")
                .append(t("คะแนนรวม ", "total ")).append(score(result.total().orElse(null)))
                .append(result.rating().map(r -> t(" ระดับ ", ", rating ") + r).orElse("")).append("\n\n");

        md.append("## ").append(t("การวิเคราะห์ผลการประเมินจำแนกตามเครื่องมือการประเมิน", "Findings by tool and indicator"))
                .append("\n\n");
        md.append(row(t("เครื่องมือ", "Tool"), t("ตัวชี้วัด", "Indicator"),
                t("(๑) ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน", "(1) To fix urgently"),
                t("(๒) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", "(2) To improve"),
                t("(๓) ประเด็นที่ควรรักษามาตรฐานไว้", "(3) To keep")));
        md.append("|---|---|---|---|---|\n");
        for (ResultNode tool : result.tools()) {
            for (ResultNode indicator : tool.children()) {
                String urgent = cell(findings.urgent(), indicator.id());
                String improve = cell(findings.improve(), indicator.id());
                String keep = cell(findings.keep(), indicator.id());
                if (urgent.equals("–") && improve.equals("–") && keep.equals("–")) {
                    continue;
                }
                md.append(row(tool.id(), indicator.id() + " " + MarkdownReport.escape(indicator.label().in(language))
                        + " (" + score(indicator.score().orElse(null)) + ")", urgent, improve, keep));
            }
        }
        md.append("\n");

        md.append("## ").append(t("แนวทางยกระดับสู่เป้าหมาย ", "Plan to the target ")).append(plan.target().label())
                .append(" (").append(plan.target().score().stripTrailingZeros().toPlainString()).append(")\n\n");
        if (plan.steps().isEmpty() && plan.reachable()) {
            md.append(t("คะแนนรวมถึงเป้าหมายแล้ว", "The total already reaches the target.")).append("\n\n");
        } else {
            md.append(row(t("ลำดับ", "Step"), t("ข้อ", "Item"), t("คะแนนเดิม", "Score"), t("ยกระดับเป็น", "Raise to"),
                    t("คะแนนรวมเพิ่มขึ้น", "Total gains"), t("คะแนนรวมหลังดำเนินการ", "Total after")));
            md.append("|---:|---|---:|---:|---:|---:|\n");
            int i = 1;
            for (Plan.Step s : plan.steps()) {
                String label = result.node(s.id()).label().in(language);
                md.append(row(String.valueOf(i++), MarkdownReport.escape(s.id() + " " + label), score(s.from()), score(s.to()),
                        "+" + score(s.gain()), score(s.totalAfter())));
            }
            md.append("\n").append(plan.reachable()
                    ? t("ดำเนินการครบ " + plan.steps().size() + " ข้อ คะแนนรวมถึงเป้าหมาย",
                    "With these " + plan.steps().size() + " steps the total reaches the target.")
                    : t("ไม่สามารถถึงเป้าหมายได้ แม้ยกระดับทุกข้อที่ทำได้ (คะแนนรวมสูงสุด ",
                    "The target is out of reach even with every step (best total ")
                    + score(plan.after().total().orElse(null)) + ")").append("\n\n");
        }
        return md.toString();
    }

    private String cell(List<Finding> list, String indicator) {
        List<String> parts = list.stream().filter(f -> f.indicator().equals(indicator))
                .map(f -> MarkdownReport.escape(f.id() + (f.level() == io.github.ita.scoring.Level.INDICATOR ? ""
                        : " " + f.label().in(language)) + " " + score(f.score()))).toList();
        return parts.isEmpty() ? "–" : String.join("; ", parts);
    }

    /**
     * @param c a comparison
     * @return the report, ending with a newline
     */
    public String render(Comparison c) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t("เปรียบเทียบผลการประเมิน ITA", "ITA results compared")).append(" — ")
                .append(MarkdownReport.escape(c.after().agency().name().isEmpty() ? c.after().agency().id() : c.after().agency().name()))
                .append("\n\n");
        md.append(row("", t("ก่อน", "Before") + " (" + c.before().edition().fiscalYear() + ")",
                t("หลัง", "After") + " (" + c.after().edition().fiscalYear() + ")", t("เปลี่ยนแปลง", "Change"),
                t("ผ่านเกณฑ์", "Pass mark")));
        md.append("|---|---:|---:|---:|---|\n");
        md.append(delta(t("คะแนนรวม", "Total"), c.total()));
        md.append(row(t("ระดับ", "Rating"), c.ratingBefore().map(Enum::name).orElse("–"),
                c.ratingAfter().map(Enum::name).orElse("–"), "", ""));
        for (Comparison.Delta d : c.tools()) {
            md.append(delta(d.id(), d));
        }
        for (Comparison.Delta d : c.indicators()) {
            md.append(delta(t("ตัวชี้วัดที่ ", "Indicator ") + d.id(), d));
        }
        md.append("\n");
        return md.toString();
    }

    private String delta(String label, Comparison.Delta d) {
        String change = d.change() == null ? "–" : (d.change().signum() > 0 ? "+" : "") + score(d.change());
        String crossing = switch (d.crossing()) {
            case UP -> t("ผ่านเกณฑ์แล้ว ↑", "now passes ↑");
            case DOWN -> t("ไม่ผ่านเกณฑ์ ↓", "now fails ↓");
            case NONE -> "";
        };
        return row(MarkdownReport.escape(label), score(d.before()), score(d.after()), change, crossing);
    }

    private static String score(Score s) {
        return s == null ? "–" : s.shown().toPlainString();
    }

    private String t(String th, String en) {
        return language == Language.EN ? en : th;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}

package io.github.ita.report;

import io.github.ita.analysis.BatchSummary;
import io.github.ita.analysis.Summary;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Language;
import io.github.ita.edition.Rating;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders the summary of a batch of agencies as Markdown: how many pass against the national target,
 * the distribution of totals, the ratings, each tool and indicator, the lowest agencies and, when
 * grouped, a line per group. Thai by default.
 */
public final class BatchReport {

    private final Language language;

    private BatchReport(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * @param language the report's language
     * @return a renderer
     */
    public static BatchReport in(Language language) {
        return new BatchReport(language);
    }

    /**
     * @param summary the batch's summaries
     * @return the report, ending with a newline
     */
    public String render(BatchSummary summary) {
        Edition e = summary.edition();
        Summary s = summary.all();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t("สรุปผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ", "ITA results summary, fiscal year "))
                .append(e.fiscalYear()).append("\n\n");
        md.append(t("จำนวนหน่วยงาน ", "Agencies: ")).append(s.agencies());
        if (s.withTotal() != s.agencies()) {
            md.append(t(" (มีคะแนนรวม ", " (with a total: ")).append(s.withTotal()).append(')');
        }
        md.append(t(" · ผ่านเกณฑ์ (", " · reaching the pass mark (")).append(plain(e.passMark())).append(t(" คะแนนขึ้นไป) ", "): "))
                .append(s.passing()).append(t(" หน่วยงาน", ""))
                .append(s.passingShare().map(p -> " = " + p.toPlainString() + "%").orElse(""))
                .append(t(" · เป้าหมาย ร้อยละ ", " · target ")).append(plain(s.target()))
                .append(language == Language.EN ? "%" : "")
                .append(s.targetMet().map(m -> m ? t(" — **บรรลุเป้าหมาย**", " — **met**") : t(" — **ไม่บรรลุเป้าหมาย**", " — **not met**"))
                        .orElse(""))
                .append("\n\n");

        md.append("## ").append(t("คะแนนรวม", "Totals")).append("\n\n");
        md.append(row(t("ค่าเฉลี่ย", "Mean"), t("มัธยฐาน", "Median"), t("ส่วนเบี่ยงเบนมาตรฐาน", "Std. deviation"),
                "Q1", "Q3", t("ต่ำสุด", "Min"), t("สูงสุด", "Max")));
        md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(row(num(s.mean()), num(s.median()), num(s.standardDeviation()), num(s.q1()), num(s.q3()),
                num(s.min()), num(s.max())));
        md.append("\n");

        md.append("## ").append(t("ระดับผลการประเมิน", "Ratings")).append("\n\n");
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder counts = new StringBuilder("|");
        for (Map.Entry<Rating, Integer> r : s.ratings().entrySet()) {
            head.append(' ').append(r.getKey().name()).append(" |");
            rule.append("---:|");
            counts.append(' ').append(r.getValue()).append(" |");
        }
        md.append(head).append('\n').append(rule).append('\n').append(counts).append("\n\n");

        md.append("## ").append(t("รายเครื่องมือและตัวชี้วัด", "By tool and indicator")).append("\n\n");
        md.append(row(t("เครื่องมือ / ตัวชี้วัด", "Tool / indicator"), t("หน่วยงาน", "Agencies"), t("ค่าเฉลี่ย", "Mean"),
                t("ผ่านเกณฑ์", "Passing"), t("ร้อยละที่ผ่าน", "Share passing")));
        md.append("|---|---:|---:|---:|---:|\n");
        for (Summary.NodeFigures n : s.tools()) {
            md.append(figures("**" + n.id() + "**", n));
            e.tool(n.id()).indicators().forEach(in -> s.indicators().stream().filter(f -> f.id().equals(in.id()))
                    .findFirst().ifPresent(f -> md.append(figures(f.id() + " " + MarkdownReport.escape(in.label().in(language)), f))));
        }
        md.append("\n");

        if (!s.lowest().isEmpty()) {
            md.append("## ").append(t("หน่วยงานที่มีคะแนนต่ำสุด", "Lowest agencies")).append("\n\n");
            md.append(row(t("หน่วยงาน", "Agency"), t("ชื่อ", "Name"), t("คะแนนรวม", "Total"), t("ระดับ", "Rating")));
            md.append("|---|---|---:|---|\n");
            for (Summary.Low low : s.lowest()) {
                md.append(row(MarkdownReport.escape(low.id()), MarkdownReport.escape(low.name()), low.total().toPlainString(),
                        low.rating().name()));
            }
            md.append("\n");
        }

        if (summary.groupBy().isPresent()) {
            md.append("## ").append(t("แยกตาม ", "By ")).append(MarkdownReport.escape(summary.groupBy().get())).append("\n\n");
            md.append(row(t("กลุ่ม", "Group"), t("หน่วยงาน", "Agencies"), t("ค่าเฉลี่ย", "Mean"), t("ผ่านเกณฑ์", "Passing"),
                    t("ร้อยละที่ผ่าน", "Share passing"), t("เป้าหมาย", "Target")));
            md.append("|---|---:|---:|---:|---:|---|\n");
            for (Map.Entry<String, Summary> g : summary.groups().entrySet()) {
                Summary gs = g.getValue();
                md.append(row(g.getKey().isEmpty() ? "–" : MarkdownReport.escape(g.getKey()), String.valueOf(gs.agencies()),
                        num(gs.mean()), String.valueOf(gs.passing()), num(gs.passingShare()),
                        gs.targetMet().map(m -> m ? t("บรรลุ", "met") : t("ไม่บรรลุ", "not met")).orElse("–")));
            }
            md.append("\n");
        }
        md.append("---\n\n").append(t("ฉบับแบบประเมิน: ", "Edition: ")).append(MarkdownReport.escape(e.id()))
                .append(t(" · สถิติคำนวณจากคะแนนที่แสดงผล (ทศนิยม ๒ ตำแหน่ง); ควอร์ไทล์แบบ R-7 (QUARTILE.INC)",
                        " · statistics over the scores as shown (two decimals); quartiles R-7 (QUARTILE.INC)"))
                .append("\n");
        return md.toString();
    }

    private String figures(String label, Summary.NodeFigures n) {
        return row(label, String.valueOf(n.agencies()), n.mean() == null ? "–" : n.mean().toPlainString(),
                String.valueOf(n.passing()), n.share() == null ? "–" : n.share().toPlainString());
    }

    private static String num(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("–");
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private String t(String th, String en) {
        return language == Language.EN ? en : th;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}

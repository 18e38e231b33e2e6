package io.github.ita.report;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Language;
import io.github.ita.edition.Presentation;
import io.github.ita.scoring.Level;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Score;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Renders a result as a Markdown report an agency could paste into its analysis (รายงานการวิเคราะห์ผลการประเมิน):
 * the total and rating, the tools, the ten indicators with pass / fail as seed 001 tables them,
 * and the questions and items below the pass mark. Thai by default, English on request.
 */
public final class MarkdownReport {

    private final Language language;

    private MarkdownReport(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * @param language the report's language
     * @return a renderer
     */
    public static MarkdownReport in(Language language) {
        return new MarkdownReport(language);
    }

    /**
     * @param result the result
     * @return the report, ending with a newline
     */
    public String render(Result result) {
        Edition e = result.edition();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ",
                "Integrity and Transparency Assessment (ITA), fiscal year ")).append(e.fiscalYear())
                .append(language == Language.EN ? " (" + (e.fiscalYear() - 543) + ")" : "").append("\n\n");
        md.append("**").append(escape(result.agency().name().isEmpty() ? result.agency().id() : result.agency().name()))
                .append("**");
        if (!result.agency().name().isEmpty()) {
            md.append(" (").append(escape(result.agency().id())).append(')');
        }
        md.append("\n\n");
        md.append(headline(result)).append("\n\n");

        md.append("## ").append(t("คะแนนรายเครื่องมือ", "Scores by tool")).append("\n\n");
        md.append(row(t("เครื่องมือ", "Tool"), t("คะแนน", "Score"), t("น้ำหนัก (ร้อยละ)", "Weight (%)"),
                t("คะแนนถ่วงน้ำหนัก", "Weighted"), t("ผลการประเมิน", "Result")));
        md.append("|---|---:|---:|---:|---|\n");
        for (ResultNode tool : result.tools()) {
            md.append(row(tool.id() + " " + escape(tool.label().in(language)), score(tool.score().orElse(null)),
                    e.tool(tool.id()).weight().stripTrailingZeros().toPlainString(),
                    score(result.weighted(tool.id()).orElse(null)), verdict(tool)));
        }
        md.append("\n");

        md.append("## ").append(t("ผลการประเมินรายตัวชี้วัด", "Results by indicator")).append("\n\n");
        md.append(row(t("ลำดับ", "No."), t("เครื่องมือการประเมิน", "Tool"), t("ตัวชี้วัด", "Indicator"),
                t("คะแนน", "Score"), t("ผลการประเมิน", "Result")));
        md.append("|---:|---|---|---:|---|\n");
        for (ResultNode tool : result.tools()) {
            for (ResultNode indicator : tool.children()) {
                md.append(row(escape(indicator.id()), tool.id(), escape(indicator.label().in(language)),
                        score(indicator.score().orElse(null)), verdict(indicator)));
            }
        }
        md.append("\n");

        md.append("## ").append(t("ข้อคำถามที่ต่ำกว่าเกณฑ์ (", "Questions below the pass mark ("))
                .append(plain(e.passMark())).append(")\n\n");
        List<ResultNode> below = result.nodes()
                .filter(n -> (n.level() == Level.QUESTION || n.level() == Level.ITEM)
                        && n.passed().map(p -> !p).orElse(false))
                .toList();
        boolean anyQuestionScores = result.nodes().anyMatch(n -> n.level() == Level.QUESTION && n.score().isPresent());
        if (below.isEmpty()) {
            md.append(anyQuestionScores ? t("ไม่มี — ทุกข้อผ่านเกณฑ์", "None: every question passes.")
                    : t("ผลนี้ไม่มีคะแนนรายข้อ", "This result has no question scores.")).append("\n\n");
        } else {
            md.append(row(t("ข้อ", "Item"), t("ตัวชี้วัด", "Indicator"), t("ข้อคำถาม", "Question"), t("คะแนน", "Score")));
            md.append("|---|---|---|---:|\n");
            for (ResultNode n : below) {
                String indicator = e.indicatorOf(n.id()).map(i -> i.id()).orElse("");
                md.append(row(escape(n.id()), escape(indicator), escape(n.label().in(language)),
                        score(n.score().orElse(null))));
            }
            md.append("\n");
        }

        md.append("---\n\n");
        md.append(t("ฉบับแบบประเมิน: ", "Edition: ")).append(escape(e.id()))
                .append(t(" · การปัดเศษ: ", " · Rounding: "))
                .append(result.options().rounding() == RoundingPolicy.EXACT
                        ? t("คำนวณแบบแม่นยำ ปัดเศษทศนิยม ๒ ตำแหน่งเฉพาะเมื่อแสดงผล", "exact, rounded half-up to two decimals only when shown")
                        : t("ปัดเศษทศนิยม ๒ ตำแหน่งทุกระดับ", "every level rounded to two decimals"));
        if (result.excluded() > 0) {
            md.append(t(" · คำตอบที่ขาดและไม่นำมาคำนวณ: ", " · Missing answers excluded: ")).append(result.excluded());
        }
        md.append("\n");
        return md.toString();
    }

    private String headline(Result result) {
        Edition e = result.edition();
        if (result.total().isEmpty()) {
            String absent = String.join(", ", result.tools().stream().filter(tl -> tl.score().isEmpty())
                    .map(ResultNode::id).toList());
            return t("ยังคำนวณคะแนนรวมไม่ได้: ไม่มีข้อมูลของ ", "No total yet: no data for ") + absent;
        }
        String total = score(result.total().get());
        String rating = result.rating().orElseThrow().name();
        boolean passed = result.passed().orElseThrow();
        if (e.presentation() == Presentation.PASS_FAIL) {
            return t("ผลการประเมิน: **", "Result: **") + (passed ? t("ผ่าน", "pass") : t("ไม่ผ่าน", "fail"))
                    + t("** (คะแนนรวม ", "** (total ") + total + t(" คะแนน ระดับ ", ", band ") + rating + ")";
        }
        return t("คะแนนรวม **", "Total **") + total + t("** คะแนน ระดับผลการประเมิน **", "**, rating **") + rating + "** — "
                + (passed ? t("ผ่านเกณฑ์", "passes") : t("ไม่ผ่านเกณฑ์", "below")) + t(" (", " the pass mark of ")
                + plain(e.passMark()) + t(" คะแนน)", "");
    }

    private String verdict(ResultNode n) {
        return n.passed().map(p -> p ? t("ผ่านเกณฑ์", "pass") : t("ไม่ผ่านเกณฑ์", "fail")).orElse("–");
    }

    private static String score(Score s) {
        return s == null ? "–" : s.shown().toPlainString();
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

    /** Escapes text from input so that it stays text in any Markdown renderer. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#', '!' -> b.append('\\').append(c);
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

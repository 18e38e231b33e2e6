package io.github.ita.report;

import static io.github.ita.report.Doc.b;
import static io.github.ita.report.Doc.badge;
import static io.github.ita.report.Doc.ed;
import static io.github.ita.report.Doc.input;
import static io.github.ita.report.Doc.inputBold;
import static io.github.ita.report.Doc.link;
import static io.github.ita.report.Doc.t;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Language;
import io.github.ita.edition.Presentation;
import io.github.ita.internal.Numbers;
import io.github.ita.scoring.Level;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Score;
import io.github.ita.scoring.Uncertainty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A result as a report an agency could paste into its analysis (รายงานการวิเคราะห์ผลการประเมิน): the
 * total and its rating as a badge, the tools, the ten indicators with pass / fail as seed 001
 * tables them (with a bar chart against the pass mark in HTML), the questions and items below the
 * pass mark, and the OIT items not published with their evidence. Markdown, or one self-contained
 * HTML page (no external files, scripts or fonts; prints on A4).
 */
public final class ResultReport {

    private final ReportStyle style;

    private ResultReport(ReportStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /**
     * @param language Thai or English; numbers in Arabic digits
     * @return a renderer in that language
     */
    public static ResultReport in(Language language) {
        return new ResultReport(ReportStyle.of(language));
    }

    /**
     * @param style the language, digits and provenance line to write with
     * @return a renderer in that style
     */
    public static ResultReport in(ReportStyle style) {
        return new ResultReport(style);
    }

    /**
     * @param result the agency's result
     * @return the report as Markdown, ending with a newline
     */
    public String markdown(Result result) {
        return doc(result).markdown(style.thaiDigits());
    }

    /**
     * @param result the agency's result
     * @return the report as a self-contained HTML page
     */
    public String html(Result result) {
        return doc(result).html(style.thaiDigits());
    }

    Doc doc(Result result) {
        Edition e = result.edition();
        String title = style.t("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ",
                "Integrity and Transparency Assessment (ITA), fiscal year ") + e.fiscalYear()
                + (style.language() == Language.EN ? " (" + (e.fiscalYear() - 543) + ")" : "");
        Doc d = new Doc(title, style.lang());
        d.h(1, t(title));
        if (result.agency().name().isEmpty()) {
            d.p(inputBold(result.agency().id()));
        } else {
            d.p(inputBold(result.agency().name()), t(" ("), input(result.agency().id()), t(")"));
        }
        d.p(headline(result));

        boolean sampled = result.nodes().anyMatch(n -> n.uncertainty().isPresent());
        String marginHead = ">± (" + percent(result.options().level()) + ")";
        if (sampled) {
            d.p(sampling(result));
        }

        d.h(2, t(style.t("คะแนนรายเครื่องมือ", "Scores by tool")));
        List<String> toolHead = new ArrayList<>(List.of(style.t("เครื่องมือ", "Tool"), ">" + style.t("คะแนน", "Score")));
        if (sampled) {
            toolHead.add(marginHead);
        }
        toolHead.addAll(List.of(">" + style.t("น้ำหนัก (ร้อยละ)", "Weight (%)"), ">" + style.t("คะแนนถ่วงน้ำหนัก", "Weighted"),
                style.t("ผลการประเมิน", "Result")));
        Doc.TableBuilder tools = d.table(toolHead.toArray(new String[0]));
        for (ResultNode tool : result.tools()) {
            List<Object> row = new ArrayList<>(List.of(ed(tool.id() + " " + tool.label().in(style.language())),
                    score(tool.score().orElse(null))));
            if (sampled) {
                row.add(margin(tool));
            }
            row.addAll(List.of(e.tool(tool.id()).weight().stripTrailingZeros().toPlainString(),
                    score(result.weighted(tool.id()).orElse(null)), verdict(tool)));
            tools.row(row.toArray());
        }
        tools.end();
        if (sampled) {
            enough(d, result);
        }

        d.h(2, t(style.t("ผลการประเมินรายตัวชี้วัด", "Results by indicator")));
        List<String> indicatorHead = new ArrayList<>(List.of(">" + style.t("ลำดับ", "No."), style.t("เครื่องมือการประเมิน", "Tool"),
                style.t("ตัวชี้วัด", "Indicator"), ">" + style.t("คะแนน", "Score")));
        if (sampled) {
            indicatorHead.add(marginHead);
        }
        indicatorHead.add(style.t("ผลการประเมิน", "Result"));
        Doc.TableBuilder indicators = d.table(indicatorHead.toArray(new String[0]));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        for (ResultNode tool : result.tools()) {
            for (ResultNode indicator : tool.children()) {
                List<Object> row = new ArrayList<>(List.of(ed(indicator.id()), ed(tool.id()), ed(indicator.label().in(style.language())),
                        score(indicator.score().orElse(null))));
                if (sampled) {
                    row.add(margin(indicator));
                }
                row.add(verdict(indicator));
                indicators.row(row.toArray());
                labels.add(indicator.id());
                values.add(indicator.score().map(Score::shown).orElse(null));
                ranges.add(indicator.uncertainty().filter(Uncertainty::isEstimated)
                        .map(u -> new double[] {u.low(), u.high()}).orElse(null));
            }
        }
        indicators.end();
        d.chart(labels, values, ranges, e.passMark(), style.t("คะแนนรายตัวชี้วัด เทียบกับเกณฑ์ ", "Indicator scores against the pass mark of ")
                + plain(e.passMark()) + (sampled ? style.t(" เส้นแนวตั้งคือช่วงความเชื่อมั่น ", "; the vertical lines are the ")
                + percent(result.options().level()) + style.t("", " intervals") : ""));

        d.h(2, t(style.t("ข้อคำถามที่ต่ำกว่าเกณฑ์ (", "Questions below the pass mark (") + plain(e.passMark()) + ")"));
        List<ResultNode> below = result.nodes()
                .filter(n -> (n.level() == Level.QUESTION || n.level() == Level.ITEM) && n.passed().map(p -> !p).orElse(false))
                .toList();
        boolean anyQuestionScores = result.nodes().anyMatch(n -> n.level() == Level.QUESTION && n.score().isPresent());
        if (below.isEmpty()) {
            d.p(t(anyQuestionScores ? style.t("ไม่มี — ทุกข้อผ่านเกณฑ์", "None: every question passes.")
                    : style.t("ผลนี้ไม่มีคะแนนรายข้อ", "This result has no question scores.")));
        } else {
            Doc.TableBuilder q = d.table(style.t("ข้อ", "Item"), style.t("ตัวชี้วัด", "Indicator"),
                    style.t("ข้อคำถาม", "Question"), ">" + style.t("คะแนน", "Score"), style.t("หลักฐาน", "Evidence"));
            for (ResultNode n : below) {
                String indicator = e.indicatorOf(n.id()).map(i -> i.id()).orElse("");
                List<Doc.Span> evidence = new ArrayList<>();
                n.url().ifPresent(u -> evidence.add(link(u)));
                n.note().ifPresent(note -> evidence.add(input((evidence.isEmpty() ? "" : " ") + note)));
                if (!n.missingComponents().isEmpty()) {
                    evidence.add(t(style.t(" ขาดองค์ประกอบ ", " missing ")));
                    evidence.add(ed(String.join(", ", n.missingComponents())));
                }
                q.row(ed(n.id()), ed(indicator), ed(n.label().in(style.language())), score(n.score().orElse(null)),
                        evidence.isEmpty() ? t("") : evidence);
            }
            q.end();
        }

        d.rule();
        d.p(t(style.t("ฉบับแบบประเมิน: ", "Edition: ")), input(e.id()), t(style.t(" · การปัดเศษ: ", " · Rounding: ")
                + (result.options().rounding() == RoundingPolicy.EXACT
                ? style.t("คำนวณแบบแม่นยำ ปัดเศษทศนิยม 2 ตำแหน่งเฉพาะเมื่อแสดงผล", "exact, rounded half-up to two decimals only when shown")
                : style.t("ปัดเศษทศนิยม 2 ตำแหน่งทุกระดับ", "every level rounded to two decimals"))
                + (result.excluded() > 0 ? style.t(" · คำตอบที่ขาดและไม่นำมาคำนวณ: ", " · Missing answers excluded: ") + result.excluded()
                : "")));
        style.foot(d, io.github.ita.io.Provenance.of(e, result.options()));
        return d;
    }

    private List<Doc.Span> headline(Result result) {
        Edition e = result.edition();
        if (result.total().isEmpty()) {
            String absent = String.join(", ", result.tools().stream().filter(tl -> tl.score().isEmpty()).map(ResultNode::id).toList());
            return List.of(t(style.t("ยังคำนวณคะแนนรวมไม่ได้: ไม่มีข้อมูลของ ", "No total yet: no data for ")), ed(absent));
        }
        String total = score(result.total().get());
        String rating = result.rating().orElseThrow().name();
        boolean passed = result.passed().orElseThrow();
        if (e.presentation() == Presentation.PASS_FAIL) {
            return List.of(t(style.t("ผลการประเมิน: ", "Result: ")), badge(passed ? style.t("ผ่าน", "pass") : style.t("ไม่ผ่าน", "fail"), passed),
                    t(style.t(" (คะแนนรวม ", " (total ") + total + style.t(" คะแนน ระดับ ", ", band ") + rating + ")"));
        }
        return List.of(t(style.t("คะแนนรวม ", "Total ")), b(total), t(style.t(" คะแนน ระดับผลการประเมิน ", ", rating ")),
                badge(rating, passed), t(" — " + (passed ? style.t("ผ่านเกณฑ์", "passes") : style.t("ไม่ผ่านเกณฑ์", "below"))
                        + style.t(" (", " the pass mark of ") + plain(e.passMark()) + style.t(" คะแนน)", "")));
    }

    /**
     * The paragraph under the headline when survey scores come from answers: the total's interval
     * and the ratings it spans, the chance of reaching the pass mark, and, when pass or fail lies
     * within the interval, that it is within the noise of sampling.
     */
    private List<Doc.Span> sampling(Result result) {
        Edition e = result.edition();
        String level = percent(result.options().level());
        Uncertainty u = result.uncertainty().orElse(null);
        if (u == null) {
            return List.of(t(style.t("คะแนน IIT และ EIT เป็นค่าประมาณจากกลุ่มตัวอย่างผู้ตอบ (ช่วง ± ในตาราง)",
                    "IIT and EIT scores are estimates from a sample of respondents (± in the tables).")));
        }
        if (!u.isEstimated()) {
            return List.of(t(style.t("คะแนนรวมเป็นค่าประมาณจากกลุ่มตัวอย่างผู้ตอบ แต่ผู้ตอบของ IIT หรือ EIT มีน้อยกว่า 2 คน จึงประมาณช่วงความเชื่อมั่นไม่ได้",
                    "The total is an estimate from a sample of respondents, but IIT or EIT has fewer than two respondents: no interval can be estimated.")));
        }
        List<Doc.Span> spans = new ArrayList<>();
        List<String> ratings = result.ratingsWithin().stream().map(Enum::name).toList();
        String rating = result.rating().map(Enum::name).orElse("");
        List<String> others = ratings.stream().filter(r -> !r.equals(rating)).toList();
        String range = points(u.low()) + "–" + points(u.high());
        spans.add(t(style.t("คะแนนรวมเป็นค่าประมาณจากกลุ่มตัวอย่างผู้ตอบ: ช่วงความเชื่อมั่น " + level + " คือ " + range + " คะแนน",
                "The total is an estimate from a sample of respondents: its " + level + " interval is " + range)));
        if (e.presentation() == Presentation.RATING) {
            spans.add(t(style.t(" (ระดับ " + rating + (others.isEmpty() ? "" : " หรืออาจเป็น " + String.join(", ", others)) + ")",
                    " (" + rating + (others.isEmpty() ? "" : ", possibly " + String.join(", ", others)) + ")")));
        }
        String chance = chance(result.chanceAtLeastPassMark().orElseThrow());
        spans.add(t(style.t(" โอกาสที่คะแนนรวมจะถึงเกณฑ์ " + plain(e.passMark()) + " คะแนน: " + chance,
                ". The chance that it reaches the pass mark of " + plain(e.passMark()) + ": " + chance + ".")));
        if (result.passInDoubt()) {
            boolean passed = result.passed().orElseThrow();
            spans.add(t(" "));
            spans.add(b(passed
                    ? style.t("ผลผ่านเกณฑ์อยู่ในช่วงความคลาดเคลื่อนจากการสุ่มตัวอย่าง: หากได้ผู้ตอบกลุ่มอื่น หน่วยงานอาจไม่ผ่านเกณฑ์",
                            "Passing is within the noise of sampling: with other respondents the agency could have failed.")
                    : style.t("ผลไม่ผ่านเกณฑ์อยู่ในช่วงความคลาดเคลื่อนจากการสุ่มตัวอย่าง: หากได้ผู้ตอบกลุ่มอื่น หน่วยงานอาจผ่านเกณฑ์",
                            "Failing is within the noise of sampling: with other respondents the agency could have passed.")));
        }
        return spans;
    }

    /** How many respondents are enough: each survey tool's respondents and those a margin of ±1 or ±2 points needs. */
    private void enough(Doc d, Result result) {
        String level = percent(result.options().level());
        Doc.TableBuilder table = d.table(style.t("เครื่องมือ", "Tool"), ">" + style.t("ผู้ตอบ", "Respondents"),
                ">" + style.t("ผู้ตอบที่ต้องการสำหรับ ± 2", "Needed for ± 2"), ">" + style.t("ผู้ตอบที่ต้องการสำหรับ ± 1", "Needed for ± 1"));
        for (ResultNode tool : result.tools()) {
            Uncertainty u = tool.uncertainty().orElse(null);
            if (u == null) {
                continue;
            }
            table.row(ed(tool.id()), tool.respondents().isPresent() ? String.valueOf(tool.respondents().getAsLong()) : "–",
                    needed(u, 2), needed(u, 1));
        }
        table.end();
        String staff = result.agency().staff().isEmpty() ? ""
                : style.t(" ผู้ตอบ IIT สุ่มจากบุคลากร " + result.agency().staff().getAsLong() + " คน จึงใช้การปรับค่าสำหรับประชากรจำกัด",
                        " IIT's respondents are drawn from a staff of " + result.agency().staff().getAsLong()
                                + ", so its margins take the finite population correction.");
        d.p(t(style.t("จำนวนผู้ตอบที่ทำให้ช่วงความเชื่อมั่น " + level + " กว้างไม่เกิน ± 1 หรือ ± 2 คะแนน หากผู้ตอบกระจายตัวเช่นเดียวกับครั้งนี้",
                "The respondents that would give a " + level + " margin of at most ± 1 or ± 2 points, if they spread as these did.") + staff));
    }

    private static String needed(Uncertainty u, int margin) {
        return u.isEstimated() ? String.valueOf(u.respondentsFor(margin).orElseThrow()) : "–";
    }

    private String margin(ResultNode n) {
        Uncertainty u = n.uncertainty().orElse(null);
        if (u == null) {
            return "–";
        }
        return u.isEstimated() ? "± " + points(u.margin()) : style.t("ผู้ตอบ < 2", "n < 2");
    }

    static String percent(double level) {
        return BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString() + "%";
    }

    static String points(double v) {
        return Numbers.points(v).toPlainString();
    }

    static String chance(double p) {
        return Numbers.chance(p).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private String verdict(ResultNode n) {
        return n.passed().map(p -> p ? style.t("ผ่านเกณฑ์", "pass") : style.t("ไม่ผ่านเกณฑ์", "fail")).orElse("–");
    }

    static String score(Score s) {
        return s == null ? "–" : s.shown().toPlainString();
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}

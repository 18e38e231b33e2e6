package io.github.ita.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.analysis.Comparison;
import io.github.ita.analysis.Findings;
import io.github.ita.analysis.Planner;
import io.github.ita.analysis.Target;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Language;
import io.github.ita.io.AnalysisJson;
import io.github.ita.response.Agency;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Reports are right to the digit: Thai digits for the report's own numbers only, changes as shown, plans and charts that read. */
class ReportsToTheDigitTest {

    private static final Edition E = Editions.bundled("ita-2565");
    private static final Scorer SCORER = Scorer.of(E);

    /** Seed 001's published indicator scores (docs/method.md §5), with some given at question level to have ids with digits. */
    private static Result audit(String id, String name, String... pairs) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            scores.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return SCORER.audit(new ScoreSheet("ita-2565", new Agency(id, name), scores));
    }

    private static Result seed001() {
        return audit("dan", "องค์การบริหารส่วนตำบลด่าน", "1", "84.72", "2", "75.90", "3", "81.11", "4", "71.62", "5", "78.38",
                "6", "74.76", "7", "66.78", "8", "70.81", "9", "94.64", "10", "100");
    }

    @Test
    void thaiDigitsNeverTouchIds() {
        // question i7 and OIT item o24 given, so that the findings and the plan name them
        List<String> pairs = new ArrayList<>(List.of("1", "84.72", "3", "81.11", "4", "71.62", "5", "78.38", "6", "74.76", "7", "66.78",
                "8", "70.81"));
        E.tool("IIT").indicators().get(1).questions().forEach(q -> pairs.addAll(List.of(q.id(), q.id().equals("i7") ? "60" : "90")));
        E.tool("OIT").questions().forEach(q -> pairs.addAll(List.of(q.id(), q.id().equals("o24") ? "0" : "100")));
        Result r = audit("dan", "อบต.ด่าน", pairs.toArray(String[]::new));
        String md = AnalysisReport.in(ReportStyle.of(Language.TH).withThaiDigits(true))
                .markdown(r, Findings.of(r), Planner.of(SCORER).plan(r, Target.parse("85", E)));
        assertThat(md).contains("| i7 |").contains("| o24 |").doesNotContain("i๗").doesNotContain("o๒๔");
        assertThat(md).contains("| ๖๐.๐๐ |");                           // the report's own number
        String html = ResultReport.in(ReportStyle.of(Language.TH).withThaiDigits(true)).html(r);
        assertThat(Jsoup.parse(html).text()).contains("i7").doesNotContain("i๗").doesNotContain("o๒๔");
    }

    @Test
    void aChangeIsTheDifferenceOfTheScoresAsShown() {
        Result before = seed001();                                       // EIT = 212.35 / 3 = 70.7833…, shown 70.78
        Result after = audit("dan", "องค์การบริหารส่วนตำบลด่าน", "1", "84.72", "2", "75.90", "3", "81.11", "4", "71.62",
                "5", "78.38", "6", "85.59", "7", "79.23", "8", "87.17", "9", "94.64", "10", "100");   // EIT = 251.99 / 3 = 83.9966…, shown 84.00
        Comparison c = Comparison.of(before, after);
        Comparison.Delta eit = c.tools().stream().filter(d -> d.id().equals("EIT")).findFirst().orElseThrow();
        assertThat(eit.before().shown()).isEqualByComparingTo("70.78");
        assertThat(eit.after().shown()).isEqualByComparingTo("84.00");
        assertThat(eit.change()).isEqualByComparingTo("13.22");          // 84.00 − 70.78
        assertThat(eit.exactChange().shown()).isEqualByComparingTo("13.21");   // 251.99/3 − 212.35/3 = 39.64/3
        assertThat(eit.exactChange().exact()).isEqualTo("991/75");
        String md = AnalysisReport.in(Language.TH).markdown(c);
        assertThat(md).contains("| EIT | 70.78 | 84.00 | +13.22 |").doesNotContain("13.21");
        assertThat(md).contains("| ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร | 66.78 | 79.23 | +12.45 |");
        assertThat(md).contains("| ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล | 94.64 | 94.64 | 0.00 |");
        assertThat(md.lines().findFirst().orElseThrow()).isEqualTo("# เปรียบเทียบผลการประเมิน ITA — องค์การบริหารส่วนตำบลด่าน");
        assertThat(AnalysisJson.comparison(c).replaceAll("\\s+", " "))
                .contains("\"id\" : \"EIT\", \"before\" : 70.78, \"after\" : 84.00, \"change\" : 13.22,")
                .contains("\"sameAgency\" : true");
    }

    @Test
    void aComparisonOfTwoAgenciesSaysSoAndNamesBoth() {
        Result peer = audit("6330199", "อบต.เพื่อนบ้าน", "1", "90", "2", "90", "3", "90", "4", "90", "5", "90",
                "6", "90", "7", "90", "8", "90", "9", "90", "10", "90");
        Comparison c = Comparison.of(seed001(), peer);
        assertThat(c.sameAgency()).isFalse();
        List<String> th = AnalysisReport.in(Language.TH).markdown(c).lines().toList();
        assertThat(th.get(0)).isEqualTo("# เปรียบเทียบผลการประเมิน ITA — องค์การบริหารส่วนตำบลด่าน เทียบกับ อบต.เพื่อนบ้าน");
        assertThat(th).contains("ผลทั้งสองเป็นของคนละหน่วยงาน: ก่อน คือ **องค์การบริหารส่วนตำบลด่าน** (dan), หลัง คือ **อบต.เพื่อนบ้าน** (6330199)");
        assertThat(AnalysisReport.in(Language.EN).markdown(c)).contains(
                "The two results are of different agencies: before is **องค์การบริหารส่วนตำบลด่าน** (dan), after is **อบต.เพื่อนบ้าน** (6330199)");
        assertThat(AnalysisJson.comparison(c)).contains("\"sameAgency\" : false").contains("\"id\" : \"6330199\"").contains("\"id\" : \"dan\"");
    }

    @Test
    void findingsAreATableWithARowPerItemAndTheHeadingNamesTheTargetOnce() {
        Result r = seed001();
        String md = AnalysisReport.in(Language.TH).markdown(r, Findings.of(r), Planner.of(SCORER).plan(r, Target.parse("85", E)));
        assertThat(md).contains("## แนวทางยกระดับสู่เป้าหมาย 85\n").doesNotContain("85 (85)");
        // indicator 7 at 66.78 can still gain 33.22 points, worth 0.3 × 1/3 × 33.22 = 3.322 of the total
        assertThat(md).contains("| 7 | 7 ประสิทธิภาพการสื่อสาร | ทั้งตัวชี้วัด | 66.78 | +3.32 |");
        assertThat(md).doesNotContain("; ");
        String aa = AnalysisReport.in(Language.EN).markdown(r, Findings.of(r), Planner.of(SCORER).plan(r, Target.parse("AA", E)));
        assertThat(aa).contains("## Plan to the target AA (95)\n");
    }

    @Test
    void aLongListToKeepIsCountedWithItsIds() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        E.tool("OIT").questions().forEach(q -> {
            scores.put(q.id(), new BigDecimal("100"));
            items.add(q.id());
        });
        for (String i : List.of("1", "2", "3", "4", "5", "6", "7", "8")) {
            scores.put(i, new BigDecimal("90"));
        }
        Result r = SCORER.audit(new ScoreSheet("ita-2565", new Agency("a", "อบต.ก"), scores));
        String md = AnalysisReport.in(Language.EN).markdown(r, Findings.of(r), Planner.of(SCORER).plan(r, Target.parse("85", E)));
        int kept = Findings.of(r).keep().size();
        assertThat(kept).isGreaterThan(AnalysisReport.LISTED_IN_FULL);
        assertThat(md).contains(kept + " items at or above the mark: 1, 2, 3, 4, 5, 6, 7, 8, " + String.join(", ", items) + "\n");
    }

    @Test
    void theThaiReportsProvenanceLineIsThai() {
        Result r = seed001();
        String th = ResultReport.in(Language.TH).markdown(r);
        String last = th.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).matches("ita \\S+ · ฉบับ ita-2565 \\(sha256 [0-9a-f]{12}…\\) · ปัดเศษเมื่อแสดงผลเท่านั้น · คำตอบที่ขาดถือเป็นข้อผิดพลาด");
        String en = ResultReport.in(Language.EN).markdown(r).strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(en).matches("ita \\S+ · ita-2565 \\(sha256 [0-9a-f]{12}…\\) · rounding exact · missing answers error");
    }

    @Test
    void theChartsTextsNeverMeetThePassMarkLineOrEachOther() {
        // seed 001: indicator 3 at 81.11 has its number just under the line at 85 when written above the bar
        for (Result r : List.of(seed001(), audit("x", "x", "1", "85", "2", "85.5", "3", "84.5", "4", "83", "5", "86",
                "6", "100", "7", "0", "8", "1", "9", "88", "10", "82"))) {
            for (boolean thai : List.of(false, true)) {
                Document doc = Jsoup.parse(ResultReport.in(ReportStyle.of(Language.TH).withThaiDigits(thai)).html(r));
                Element svg = doc.selectFirst("svg");
                double mark = Double.parseDouble(svg.selectFirst("line.mark").attr("y1"));
                List<double[]> boxes = new ArrayList<>();
                for (Element text : svg.select("text")) {
                    double x = Double.parseDouble(text.attr("x"));
                    double y = Double.parseDouble(text.attr("y"));
                    double size = Double.parseDouble(text.attr("font-size"));
                    double width = 0.62 * size * text.text().length();
                    String anchor = text.attr("text-anchor");
                    double x0 = anchor.equals("end") ? x - width : anchor.equals("middle") ? x - width / 2 : x;
                    double[] box = {x0, y - 0.75 * size, x0 + width, y + 1};
                    if (!text.hasClass("mark")) {
                        assertThat(mark > box[1] && mark < box[3] && box[2] > 36).as("%s is struck through by the pass-mark line at %s", text, mark).isFalse();
                    }
                    for (double[] o : boxes) {
                        boolean overlap = box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3];
                        assertThat(overlap).as("%s overlaps another text", text).isFalse();
                    }
                    boxes.add(box);
                }
                assertThat(svg.selectFirst("text.mark").text()).isEqualTo(thai ? "๘๕" : "85");
            }
        }
    }

    @Test
    void aNarrowSlotSetsItsTextSmallerOrLeavesItOut() {
        assertThat(Doc.fit("81.11", 59.4, 10)).isEqualTo(10);
        assertThat(Doc.fit("100.00", 20, 10)).isZero();                         // 18 / (0.62 × 6) = 4.8: too small, left out
        assertThat(Doc.fit("81.11", 25, 10)).isEqualTo(7.0);                    // 23 / (0.62 × 5) = 7.4 → 7
        assertThat(Doc.fit("ที่", 10, 10)).isEqualTo(10);                        // one column: the marks above take none
    }

    @Test
    void theHtmlNamesTheThaiGovernmentFontsFirst() {
        String html = ResultReport.in(Language.TH).html(seed001());
        Matcher m = Pattern.compile("body\\{font-family:([^;]+);").matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).startsWith("'TH Sarabun New','TH SarabunPSK','Sarabun','Laksaman'").endsWith("sans-serif");
    }
}

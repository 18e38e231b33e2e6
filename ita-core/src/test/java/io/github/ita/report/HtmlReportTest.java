package io.github.ita.report;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.Fixtures.checklist;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.analysis.Findings;
import io.github.ita.analysis.Planner;
import io.github.ita.analysis.Target;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Language;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML reports, parsed: self-contained, escaped, links only for http(s), the chart of ten bars. */
class HtmlReportTest {

    static final Edition E = Editions.bundled("ita-2565");
    static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> อบต.ทดสอบ";

    static Result hostile() {
        Map<String, OitAnswer> oit = checklist(E);
        oit.put("o11", new OitAnswer(false, "javascript:alert(1)", "<b onmouseover=alert(2)>ยังไม่เผยแพร่</b>", null));
        oit.put("o24", new OitAnswer(false, "https://example.go.th/o24?a=1&b=<2>", null, null));
        AgencyResponses in = AgencyResponses.builder(new Agency("<id>", HOSTILE))
                .iit(Respondent.of("r1", bestAnswers(E, "IIT", Map.of("i20", "2"))))
                .eit(Respondent.of("p1", bestAnswers(E, "EIT", Map.of())))
                .oit(oit).build();
        return Scorer.of(E).score(in);
    }

    static void selfContained(Document doc) {
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link, iframe, object, embed")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
        }
        for (Element a : doc.select("a[href]")) {
            assertThat(a.attr("href")).matches("https?://.*");
        }
    }

    @Test
    void aResultPageIsSelfContainedEscapedAndHasTheChart() {
        String html = ResultReport.in(Language.TH).html(hostile());
        Document doc = Jsoup.parse(html);
        selfContained(doc);
        assertThat(doc.select("strong").first().text()).isEqualTo(HOSTILE);          // the name is text, not markup
        assertThat(doc.select("svg rect.bar")).hasSize(10);
        assertThat(doc.select("svg line.mark")).hasSize(1);
        assertThat(doc.select(".badge").text()).isEqualTo("AA");
        assertThat(doc.select("a[href]")).extracting(a -> a.attr("href")).containsExactly("https://example.go.th/o24?a=1&b=<2>");
        assertThat(doc.text()).contains("javascript:alert(1)").contains("<b onmouseover=alert(2)>ยังไม่เผยแพร่</b>");
        assertThat(doc.select("html").attr("lang")).isEqualTo("th");
        assertThat(html).contains("@page{size:A4");
    }

    @Test
    void thaiDigitsForTheReportsNumbersOnly() {
        Result r = hostile();
        Document doc = Jsoup.parse(ResultReport.in(ReportStyle.of(Language.TH).withThaiDigits(true)).html(r));
        String total = io.github.ita.internal.ThaiDigits.toThai(r.total().orElseThrow().shown().toPlainString());
        assertThat(doc.text()).contains("คะแนนรวม " + total).contains("(<id>)");
        assertThat(doc.select("a[href]").first().text()).isEqualTo("https://example.go.th/o24?a=1&b=<2>");
        String md = ResultReport.in(ReportStyle.of(Language.TH).withThaiDigits(true)).markdown(r);
        assertThat(md).contains("| 4 | IIT | การใช้ทรัพย์สินของราชการ |").doesNotContain("| ๔ | IIT");   // ids are never changed
    }

    @Test
    void everyReportIsSelfContained() {
        Result r = hostile();
        Findings f = Findings.of(r);
        Scorer scorer = Scorer.of(E);
        selfContained(Jsoup.parse(AnalysisReport.in(Language.EN).html(r, f, Planner.of(scorer).plan(r, Target.parse("100", E)))));
        selfContained(Jsoup.parse(AnalysisReport.in(Language.TH).html(io.github.ita.analysis.Comparison.of(r, r))));
        BatchScorer batch = BatchScorer.of(scorer);
        BatchTally t = batch.newTally();
        t.describe(new Agency("a1", HOSTILE), Map.of("group", HOSTILE));
        t.add("a1", "IIT", Respondent.of("r1", bestAnswers(E, "IIT", Map.of())));
        t.add("a1", "EIT", Respondent.of("p1", bestAnswers(E, "EIT", Map.of())));
        checklist(E).forEach((item, a) -> t.oit("a1", item, a));
        Document batchDoc = Jsoup.parse(BatchReport.in(Language.TH).html(batch.score(t, BatchOptions.DEFAULT.withGroupBy("group")).summary()));
        selfContained(batchDoc);
        assertThat(batchDoc.text()).contains(HOSTILE);
        assertThat(batchDoc.select("svg rect.bar")).hasSize(10);
        var measures = io.github.ita.measures.Measures.skeleton(r, f);
        selfContained(Jsoup.parse(MeasuresReport.in(Language.TH).html(measures, io.github.ita.measures.Period.fiscalYear(2566))));
    }
}

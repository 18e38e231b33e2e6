package io.github.ita.io;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.Fixtures.checklist;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch as CSV for spreadsheets: formulas from input never run. */
class BatchCsvWriterTest {

    @Test
    void formulaCellsAreNeutralised() {
        assertThat(BatchCsvWriter.neutralise("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(BatchCsvWriter.neutralise("+1")).isEqualTo("'+1");
        assertThat(BatchCsvWriter.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(BatchCsvWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(BatchCsvWriter.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(BatchCsvWriter.neutralise("อบต.ด่าน")).isEqualTo("อบต.ด่าน");
        assertThat(BatchCsvWriter.neutralise("")).isEmpty();
    }

    @Test
    void aRowPerAgencyInOrder() throws IOException {
        Edition e = Editions.bundled("ita-2565");
        BatchScorer batch = BatchScorer.of(Scorer.of(e));
        BatchTally t = batch.newTally();
        for (String id : List.of("b", "=HYPERLINK(\"http://x\")", "a")) {
            t.describe(new Agency(id, id.equals("a") ? "@evil" : "อบต. \"" + id + "\""), Map.of());
            t.add(id, "IIT", Respondent.of("r", bestAnswers(e, "IIT", Map.of())));
            t.add(id, "EIT", Respondent.of("r", bestAnswers(e, "EIT", Map.of())));
            checklist(e, "o11", "o24").forEach((item, a) -> t.oit(id, item, a));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchCsvWriter.Writer w = BatchCsvWriter.writer(out, e);
        batch.score(t, BatchOptions.DEFAULT, BatchListener.NONE, w::row, w);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(out.toByteArray())) {
            rows = it.readAll();
        }
        assertThat(rows.get(0)).containsExactly("agency", "name", "total", "rating", "passed", "IIT", "EIT", "OIT",
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                "total_low", "total_high", "chance_of_passing", "pass_in_doubt");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("'=HYPERLINK(\"http://x\")", "อบต. \"=HYPERLINK(\"http://x\")\"");
        assertThat(rows.get(2)).startsWith("a", "'@evil", "98.93", "AA", "true", "100.00", "100.00", "97.32");
        assertThat(rows.get(3)[0]).isEqualTo("b");
        assertThat(rows.get(2)[16]).isEqualTo("94.64");   // indicator 9
        // one respondent per survey tool: no interval, the four last cells empty
        assertThat(rows.get(2)).endsWith("100.00", "", "", "", "");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\n=").doesNotContain(",=").doesNotContain(",@");
    }

    /**
     * A batch's rows and summaries from the agencies' overviews ({@link BatchScorer#overviews}) are
     * byte for byte those from their results, intervals and doubt included.
     */
    @Test
    void overviewsWriteTheRowsAndSummariesOfResults() throws IOException {
        Edition e = Editions.bundled("ita-2568");
        BatchScorer batch = BatchScorer.of(Scorer.of(e));
        BatchTally t = batch.newTally();
        java.util.Random rnd = new java.util.Random(11);
        for (int a = 0; a < 40; a++) {
            String id = String.format("a%02d", a);
            t.describe(new Agency(id, "อบต. " + a, a % 3 == 0 ? java.util.OptionalLong.of(40) : java.util.OptionalLong.empty()),
                    Map.of("group", "g" + a % 4));
            for (String tool : List.of("IIT", "EIT")) {
                for (int r = 0, n = 2 + rnd.nextInt(20); r < n; r++) {
                    t.add(id, tool, Respondent.of("r" + r, randomAnswers(e, tool, rnd)));
                }
            }
            String[] notPublished = rnd.nextBoolean() ? new String[] {"o" + (1 + rnd.nextInt(40))} : new String[0];
            checklist(e, notPublished).forEach((item, ans) -> t.oit(id, item, ans));
        }
        BatchOptions options = BatchOptions.DEFAULT.withGroupBy("group");
        ByteArrayOutputStream byResults = new ByteArrayOutputStream();
        BatchCsvWriter.Writer w1 = BatchCsvWriter.writer(byResults, e);
        io.github.ita.analysis.BatchSummary s1 = batch.score(t, options, BatchListener.NONE, w1::row, w1);
        ByteArrayOutputStream byOverviews = new ByteArrayOutputStream();
        BatchCsvWriter.Writer w2 = BatchCsvWriter.writer(byOverviews, e);
        io.github.ita.analysis.BatchSummary s2 = batch.overviews(t, options, BatchListener.NONE, w2::row, w2);
        assertThat(byOverviews.toString(StandardCharsets.UTF_8)).isEqualTo(byResults.toString(StandardCharsets.UTF_8));
        assertThat(byResults.toString(StandardCharsets.UTF_8)).contains(",true\n", ",false\n");   // intervals, some in doubt
        io.github.ita.report.BatchReport report = io.github.ita.report.BatchReport.in(io.github.ita.edition.Language.TH);
        assertThat(report.markdown(s2)).isEqualTo(report.markdown(s1));
    }

    /** An answer for every scored question (and some informational ones), each option as likely. */
    private static Map<String, String> randomAnswers(Edition e, String tool, java.util.Random rnd) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (io.github.ita.edition.Question q : io.github.ita.Fixtures.questions(e.tool(tool))) {
            if (!q.isScored() && rnd.nextBoolean()) {
                continue;
            }
            List<String> keys = q.items().isEmpty() ? List.of(q.id()) : q.items().stream().map(io.github.ita.edition.SubItem::id).toList();
            for (String k : keys) {
                answers.put(k, q.options().get(rnd.nextInt(q.options().size())).code());
            }
        }
        return answers;
    }

    /** The bytes of a name cell, as RFC 4180 quotes it and as the writer has always written it. */
    @Test
    void namesAreQuotedAsRfc4180Says() throws IOException {
        Map<String, String> written = new java.util.LinkedHashMap<>();
        written.put("plain", "plain");
        written.put("a,b", "\"a,b\"");
        written.put("say \"hi\"", "\"say \"\"hi\"\"\"");
        written.put("line\nbreak", "\"line\nbreak\"");
        written.put("cr\r\nlf", "\"cr\r\nlf\"");
        written.put(" lead", "\" lead\"");
        written.put("tail ", "\"tail \"");
        written.put("ไทย, \"x\"", "\"ไทย, \"\"x\"\"\"");
        written.put("=1+2", "\"'=1+2\"");
        Edition e = Editions.bundled("ita-2565");
        BatchScorer batch = BatchScorer.of(Scorer.of(e));
        BatchTally t = batch.newTally();
        int n = 0;
        for (String name : written.keySet()) {
            String id = String.format("a%02d", n++);
            t.describe(new Agency(id, name), Map.of());
            t.add(id, "IIT", Respondent.of("r", bestAnswers(e, "IIT", Map.of())));
            t.add(id, "EIT", Respondent.of("r", bestAnswers(e, "EIT", Map.of())));
            checklist(e, "o11").forEach((item, a) -> t.oit(id, item, a));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchCsvWriter.Writer w = BatchCsvWriter.writer(out, e);
        batch.score(t, BatchOptions.DEFAULT, BatchListener.NONE, w::row, w);
        String csv = out.toString(StandardCharsets.UTF_8);
        n = 0;
        for (String cell : written.values()) {
            String id = String.format("a%02d", n++);
            assertThat(csv).contains("\n" + id + "," + cell + ",");
        }
        assertThat(csv).startsWith("agency,name,total,").endsWith(",,,,\n").doesNotContain("\r\n" + "a");
    }
}

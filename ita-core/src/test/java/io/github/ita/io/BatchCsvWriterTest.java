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

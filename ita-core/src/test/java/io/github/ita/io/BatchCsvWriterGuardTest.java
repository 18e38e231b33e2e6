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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formula starts a spreadsheet also reads: after leading spaces, and in full-width forms. */
class BatchCsvWriterGuardTest {

    @Test
    void aFormulaAfterSpacesOrInFullWidthIsNeutralised() {
        for (String cell : List.of(" =1+1", "   +1", " -2", " @x", "＝1+1", "＋cmd", "－1", "＠SUM(A1)", " ＝1", "\rx", " \tx")) {
            assertThat(BatchCsvWriter.neutralise(cell)).as(cell).isEqualTo("'" + cell);
        }
    }

    /** Found by a hostile trial: other spaces and invisible characters before a formula, and the minus sign. */
    @Test
    void aFormulaAfterAnySpaceOrInvisibleCharacterIsNeutralised() {
        for (String cell : List.of("\u00A0=1+1", "\u3000=1+1", "\u200B=1+1", "\uFEFF=1+1", "\u2212" + "1", " \u00A0@x")) {
            assertThat(BatchCsvWriter.neutralise(cell)).as(cell).isEqualTo("'" + cell);
        }
        assertThat(BatchCsvWriter.neutralise("\u00A0อบต.")).isEqualTo("\u00A0อบต.");
    }

    /** Found by a second hostile trial: controls, marks, variation selectors and blank letters before a formula. */
    @Test
    void aFormulaAfterAControlAMarkOrABlankLetterIsNeutralised() {
        for (String cell : List.of("\u000B=1", "\u000C=1", "\u0085=1", "\n=1", "\u034F=1", "\uFE0F=1", "\u115F=1", "\u3164=1",
                "\u2800=1", "\u0E31=1")) {
            assertThat(BatchCsvWriter.neutralise(cell)).as(cell).isEqualTo("'" + cell);
        }
        assertThat(BatchCsvWriter.neutralise("\u3164อบต.")).isEqualTo("\u3164อบต.");
    }

    @Test
    void otherTextIsWrittenAsItIs() {
        for (String cell : List.of("องค์การบริหารส่วนตำบลด่าน", "อบต.ตัวอย่าง", " อบต. ด่าน", "83.67", "1-2", "a=b", "x@y.go.th", " ", "   ",
                "＝", "（＝）", "Ｑ&Ａ")) {
            String expected = cell.equals("＝") ? "'＝" : cell;
            assertThat(BatchCsvWriter.neutralise(cell)).as(cell).isEqualTo(expected);
        }
    }

    @Test
    void rowsGuardNamesAndIdsButNotScores() throws IOException {
        Edition e = Editions.bundled("ita-2565");
        BatchScorer batch = BatchScorer.of(Scorer.of(e));
        BatchTally t = batch.newTally();
        Map<String, String> names = Map.of("a1", " =1+1", "a2", "＠SUM(A1)", "a3", "องค์การบริหารส่วนตำบลด่าน", "＝a4", "－1");
        names.forEach((id, name) -> {
            t.describe(new Agency(id, name), Map.of());
            t.add(id, "IIT", Respondent.of("r", bestAnswers(e, "IIT", Map.of())));
            t.add(id, "EIT", Respondent.of("r", bestAnswers(e, "EIT", Map.of())));
            checklist(e, "o11", "o24").forEach((item, a) -> t.oit(id, item, a));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchCsvWriter.Writer w = BatchCsvWriter.writer(out, e);
        batch.score(t, BatchOptions.DEFAULT, BatchListener.NONE, w::row, w);
        List<String[]> rows;
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                .readValues(out.toByteArray())) {
            rows = it.readAll();
        }
        assertThat(rows.get(0)).startsWith("agency", "name", "total", "rating", "passed", "IIT", "EIT", "OIT", "1");
        List<String[]> agencies = rows.subList(1, rows.size()).stream().sorted(Comparator.comparing((String[] r) -> r[0])).toList();
        assertThat(agencies).hasSize(4);
        assertThat(agencies.get(0)).startsWith("'＝a4", "'－1", "98.93", "AA", "true", "100.00", "100.00", "97.32");
        assertThat(agencies.get(1)).startsWith("a1", "' =1+1", "98.93");
        assertThat(agencies.get(2)).startsWith("a2", "'＠SUM(A1)", "98.93");
        assertThat(agencies.get(3)).startsWith("a3", "องค์การบริหารส่วนตำบลด่าน", "98.93", "AA", "true", "100.00", "100.00", "97.32");
    }
}

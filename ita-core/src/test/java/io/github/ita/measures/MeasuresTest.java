package io.github.ita.measures;

import io.github.ita.internal.ThaiDigits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.DuplicateIdException;
import io.github.ita.MalformedInputException;
import io.github.ita.UnknownIdException;
import io.github.ita.analysis.Findings;
import io.github.ita.edition.Editions;
import io.github.ita.io.MeasuresJson;
import io.github.ita.response.Agency;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    @Test
    void periodsAsAgenciesWriteThem() {
        assertThat(Period.parse("ต.ค. ๖๕ – ก.ย. ๖๖")).isEqualTo(new Period(2565, 10, 2566, 9));
        assertThat(Period.parse("ต.ค.๖๕- มี.ค.๖๖")).isEqualTo(Period.firstHalf(2566));
        assertThat(Period.parse("ต.ค. 2565 ถึง ก.ย. 2566")).isEqualTo(Period.fiscalYear(2566));
        assertThat(Period.fiscalYear(2566).thai()).isEqualTo("ต.ค. 65 – ก.ย. 66");
        assertThat(ThaiDigits.toThai(Period.fiscalYear(2566).thai())).isEqualTo("ต.ค. ๖๕ – ก.ย. ๖๖");
        assertThat(Period.fiscalYear(2566).english()).isEqualTo("Oct 2022 – Sep 2023");
        assertThat(Period.firstHalf(2566).overlaps(Period.fiscalYear(2566))).isTrue();
        assertThat(new Period(2566, 4, 2566, 9).overlaps(Period.firstHalf(2566))).isFalse();
        assertThatThrownBy(() -> Period.parse("ตุลาคม")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("is not of the form ต.ค. ๖๕ – ก.ย. ๖๖");
        assertThatThrownBy(() -> Period.parse("ก.ย. ๖๖ – ต.ค. ๖๕")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("ends after it starts");
        assertThat(ThaiDigits.toThai("83.67")).isEqualTo("๘๓.๖๗");
        assertThat(ThaiDigits.toArabic("๘๓.๖๗")).isEqualTo("83.67");
    }

    @Test
    void statusesInEitherLanguage() {
        assertThat(MeasureStatus.parse("ดำเนินการแล้ว")).isEqualTo(MeasureStatus.DONE);
        assertThat(MeasureStatus.parse("in-progress")).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(MeasureStatus.parse("ยังไม่ดำเนินการ")).isEqualTo(MeasureStatus.NOT_STARTED);
        assertThat(MeasureStatus.parse("maybe")).isNull();
    }

    @Test
    void aSkeletonHasAMeasureForEachFailingIndicator() {
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        String[] v = {"84.72", "75.90", "81.11", "71.62", "78.38", "74.76", "66.78", "70.81", "94.64", "100"};
        for (int i = 0; i < v.length; i++) {
            s.put(String.valueOf(i + 1), new BigDecimal(v[i]));
        }
        Result r = Scorer.of(Editions.bundled("ita-2565")).audit(new ScoreSheet("ita-2565", new Agency("dan", "ด่าน"), s));
        Measures m = Measures.skeleton(r, Findings.of(r));
        assertThat(m.fiscalYear()).isEqualTo(2566);
        assertThat(m.measures()).extracting(Measure::indicator).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(m.measures()).allMatch(x -> x.status() == MeasureStatus.NOT_STARTED && x.period().equals(Period.fiscalYear(2566)));
        assertThat(m.measures().get(3).steps()).containsExactly("ยกระดับตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (คะแนน 71.62)");
        assertThat(m.byStatus()).containsEntry(MeasureStatus.NOT_STARTED, 8).containsEntry(MeasureStatus.DONE, 0);
        // the skeleton is a measures file: written and read back, it is the same
        String json = MeasuresJson.write(m);
        assertThat(MeasuresJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json")).isEqualTo(m);
    }

    static Measures read(String json) {
        return MeasuresJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json");
    }

    static String file(String measures) {
        return "{\"agency\": {\"id\": \"a\"}, \"fiscalYear\": 2566, \"edition\": \"ita-2565\", \"measures\": [" + measures + "]}";
    }

    @Test
    void countsByStatusAndIndicatorAndRound() {
        Measures m = read(file("""
                {"id": "m1", "indicator": "4", "title": "คู่มือการยืมทรัพย์สิน", "owner": "กองคลัง", "period": "ต.ค. ๖๕ – มี.ค. ๖๖", "status": "done"},
                {"id": "m2", "indicator": "10", "title": "No Gift", "owner": "สำนักปลัด", "period": "ต.ค. ๖๕ – ก.ย. ๖๖", "status": "อยู่ระหว่างดำเนินการ"},
                {"id": "m3", "indicator": "4", "title": "ตรวจนับ", "owner": "กองคลัง", "period": "เม.ย. ๖๖ – ก.ย. ๖๖", "status": "not-started"}
                """));
        assertThat(m.byStatus()).containsExactly(Map.entry(MeasureStatus.NOT_STARTED, 1), Map.entry(MeasureStatus.IN_PROGRESS, 1),
                Map.entry(MeasureStatus.DONE, 1));
        assertThat(m.byIndicator().keySet()).containsExactly("4", "10");
        assertThat(m.byIndicator().get("4")).containsEntry(MeasureStatus.DONE, 1).containsEntry(MeasureStatus.NOT_STARTED, 1);
        assertThat(m.during(Period.firstHalf(2566))).extracting(Measure::id).containsExactly("m1", "m2");
    }

    @Test
    void badMeasuresFiles() {
        assertThatThrownBy(() -> read(file("{\"id\": \"m1\", \"indicator\": \"11\", \"title\": \"x\", \"owner\": \"\", \"period\": \"ต.ค. ๖๕ – ก.ย. ๖๖\", \"status\": \"done\"}")))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("m.json:1:").hasMessageContaining("has no indicator 11");
        assertThatThrownBy(() -> read(file("{\"id\": \"m1\", \"indicator\": \"1\", \"title\": \"x\", \"owner\": \"\", \"period\": \"ต.ค. ๖๕ – ก.ย. ๖๖\", \"status\": \"ok\"}")))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("measures[0].status: status must be not-started");
        assertThatThrownBy(() -> read(file("{\"id\": \"m1\", \"indicator\": \"1\", \"title\": \"x\", \"owner\": \"\", \"period\": \"soon\", \"status\": \"done\"}")))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("measures[0].period: period \"soon\"");
        String one = "{\"id\": \"m1\", \"indicator\": \"1\", \"title\": \"x\", \"owner\": \"\", \"period\": \"ต.ค. ๖๕ – ก.ย. ๖๖\", \"status\": \"done\"}";
        assertThatThrownBy(() -> read(file(one + "," + one))).isInstanceOf(DuplicateIdException.class)
                .hasMessageContaining("measure id m1 is used twice");
        assertThatThrownBy(() -> read("{\"agency\": {\"id\": \"a\"}, \"fiscalYear\": 2566, \"edition\": \"ita-1999\", \"measures\": []}"))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("unknown edition \"ita-1999\"");
        assertThat(read(file("")).measures()).isEqualTo(List.of());
    }

    /** A measure no round of the year counts would be left out of every report: refused, at its period. */
    @Test
    void aPeriodOutsideTheFiscalYearIsRefused() {
        String measure = "{\"id\": \"m1\", \"indicator\": \"1\", \"title\": \"x\", \"owner\": \"\", \"period\": \"%s\", \"status\": \"done\"}";
        assertThatThrownBy(() -> read(file(measure.formatted("ต.ค. ๖๖ – ก.ย. ๖๗"))))
                .isInstanceOf(MalformedInputException.class).hasMessage("m.json:1:149: measures[0].period: measure m1: period ต.ค. 66 – ก.ย. 67"
                        + " lies outside fiscal year 2566 (ต.ค. 65 – ก.ย. 66)");
        assertThatThrownBy(() -> read(file(measure.formatted("ต.ค. 1965 – ก.ย. 1966"))))
                .isInstanceOf(MalformedInputException.class).hasMessageEndingWith("lies outside fiscal year 2566 (ต.ค. 65 – ก.ย. 66)"
                        + ": years are Buddhist-era (พ.ศ. = ค.ศ. + 543)");
        // a month shared with the year is enough: a measure carried over from the year before, or running into the next
        assertThat(read(file(measure.formatted("ก.ย. ๖๕ – ต.ค. ๖๕"))).measures()).hasSize(1);
        assertThat(read(file(measure.formatted("ก.ย. ๖๖ – ธ.ค. ๖๖"))).measures()).hasSize(1);
        assertThatThrownBy(() -> read(file(measure.formatted("ส.ค. ๖๕ – ก.ย. ๖๕")))).hasMessageContaining("lies outside fiscal year 2566");
        // the value type holds to the same rule
        Measure late = new Measure("m9", "1", "x", List.of(), "", Period.parse("ต.ค. ๖๖ – มี.ค. ๖๗"), null, MeasureStatus.DONE, null, null);
        assertThatThrownBy(() -> new Measures(new io.github.ita.response.Agency("a", ""), 2566, "ita-2565", List.of(late)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measure m9: period ต.ค. 66 – มี.ค. 67 lies outside fiscal year 2566 (ต.ค. 65 – ก.ย. 66)");
    }
}

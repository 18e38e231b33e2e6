package io.github.ita.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A period written as the seeds write it reads back as itself, in any century. */
class PeriodYearsTest {

    @Test
    void theSeedsTwoDigitYearsForThe2500s() {
        assertThat(Period.fiscalYear(2566).thai()).isEqualTo("ต.ค. 65 – ก.ย. 66");
        assertThat(Period.fiscalYear(2509).thai()).isEqualTo("ต.ค. 08 – ก.ย. 09");
    }

    @Test
    void everyYearReadsBackAsItself() {
        for (int year = 2501; year <= 2700; year++) {
            for (Period p : new Period[] {Period.fiscalYear(year), Period.firstHalf(year)}) {
                assertThat(Period.parse(p.thai())).as(p.thai()).isEqualTo(p);
            }
        }
        assertThat(Period.fiscalYear(2600).thai()).isEqualTo("ต.ค. 2599 – ก.ย. 2600");
        assertThat(Period.fiscalYear(2610).thai()).isEqualTo("ต.ค. 2609 – ก.ย. 2610");
    }
}

package io.github.ita.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Language;
import org.junit.jupiter.api.Test;

/** {@code ita editions show --format md|html}: an edition as tables of questions, options and points. */
class EditionTablesTest {

    private final Edition e = Editions.bundled("ita-2568");

    @Test
    void aQuestionRowHasItsIndicatorTextAndThePointsOfEachOption() {
        String md = EditionsReport.in(ReportStyle.of(Language.TH)).markdown(e);
        assertThat(md).startsWith("# แบบประเมิน ITA ฉบับ ita-2568\n")
                .contains("## IIT ")
                .contains("| ข้อ | ตัวชี้วัด | ข้อคำถาม | ตัวเลือก = คะแนน |")
                .contains("| i1 | 1 | บุคลากรในหน่วยงานของท่าน ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อตามมาตรฐาน")
                .contains("| 1 น้อยที่สุดหรือไม่มีเลย = 0 · 2 น้อย = 50 · 3 มาก = 85 · 4 มากที่สุด = 100 |")
                // a negative question: the points after polarity, reversed
                .contains("(ข้อเชิงลบ) | 1 น้อยที่สุดหรือไม่มีเลย = 100 · 2 น้อย = 85 · 3 มาก = 50 · 4 มากที่สุด = 0 |")
                .contains("| i0 | 1 | ท่านเป็นบุคลากรประเภทใด (ไม่นำมาคิดคะแนน) |");
        for (var q : e.questions()) {
            assertThat(md).as(q.id()).contains("| " + q.id() + " | ");
        }
    }

    @Test
    void englishAndHtml() {
        String en = EditionsReport.in(ReportStyle.of(Language.EN)).markdown(e);
        assertThat(en).contains("| Item | Indicator | Question | Options = points |").contains("## OIT ")
                .contains("| o1 | 9.1 | Organisation structure | checklist item · o1.1 ");
        String html = EditionsReport.in(ReportStyle.of(Language.EN)).html(e);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<table").contains("Organisation structure").doesNotContain("| o1 |");
    }
}

package io.github.ita.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Editions;
import io.github.ita.edition.Language;
import io.github.ita.response.Agency;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultReportTest {

    static Result seed001(String edition, String name) {
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        String[] v = {"84.72", "75.90", "81.11", "71.62", "78.38", "74.76", "66.78", "70.81", "94.64", "100"};
        for (int i = 0; i < v.length; i++) {
            s.put(String.valueOf(i + 1), new BigDecimal(v[i]));
        }
        return Scorer.of(Editions.bundled(edition)).audit(new ScoreSheet(edition, new Agency("dan", name), s));
    }

    @Test
    void thaiReportTablesTheIndicatorsAsSeed001() {
        String md = ResultReport.in(Language.TH).markdown(seed001("ita-2565", "องค์การบริหารส่วนตำบลด่าน"));
        assertThat(md).contains("**องค์การบริหารส่วนตำบลด่าน** (dan)")
                .contains("คะแนนรวม **83.67** คะแนน ระดับผลการประเมิน **B** — ไม่ผ่านเกณฑ์ (85 คะแนน)")
                .contains("| 1 | IIT | การปฏิบัติหน้าที่ | 84.72 | ไม่ผ่านเกณฑ์ |")
                .contains("| 4 | IIT | การใช้ทรัพย์สินของราชการ | 71.62 | ไม่ผ่านเกณฑ์ |")
                .contains("| 9 | OIT | การเปิดเผยข้อมูล | 94.64 | ผ่านเกณฑ์ |")
                .contains("| 10 | OIT | การป้องกันการทุจริต | 100.00 | ผ่านเกณฑ์ |")
                .contains("| IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน | 78.35 | 30 | 23.50 | ไม่ผ่านเกณฑ์ |")
                .contains("ผลนี้ไม่มีคะแนนรายข้อ");
    }

    @Test
    void passFailEditionsLeadWithPassOrFail() {
        String md = ResultReport.in(Language.EN).markdown(seed001("ita-2568", "Dan"));
        assertThat(md).contains("Result: **fail** (total 83.67, band B)")
                .contains("| 7 | EIT |").contains("| fail |");
    }

    @Test
    void inputTextCannotBreakTheMarkdown() {
        String md = ResultReport.in(Language.TH).markdown(seed001("ita-2565", "<script>|x|\n# y"));
        assertThat(md).contains("**\\<script\\>\\|x\\| \\# y**").doesNotContain("<script>");
    }
}

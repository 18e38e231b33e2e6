package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed 004's measures, as a file, reported by {@code ita measures}. */
class MeasuresCommandTest {

    @TempDir
    Path dir;

    Path seed004() throws IOException {
        return ItaTest.resource(dir, "seed-004-measures.json");
    }

    @Test
    void theSixMonthReportOfSeed004() throws IOException {
        ItaTest.Run r = ItaTest.ita("measures", seed004().toString(), "--round", "half", "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/agency/name").asText()).isEqualTo("องค์การบริหารส่วนตำบลช่อระกา");
        assertThat(j.at("/round/from").asText()).isEqualTo("2565-10");
        assertThat(j.at("/round/to").asText()).isEqualTo("2566-03");
        assertThat(j.at("/byStatus/done").asInt()).isEqualTo(10);
        assertThat(j.at("/byStatus/in-progress").asInt()).isZero();
        assertThat(j.at("/byStatus/not-started").asInt()).isZero();
        assertThat(j.at("/byIndicator/9/done").asInt()).isEqualTo(3);
        assertThat(j.at("/byIndicator/10/done").asInt()).isEqualTo(2);
        assertThat(j.at("/byIndicator/4/done").asInt()).isEqualTo(1);
        assertThat(j.get("measures")).hasSize(10);
        JsonNode m9 = j.at("/measures/8");
        assertThat(m9.get("title").asText()).isEqualTo("การใช้ทรัพย์สิน ของราชการ");
        assertThat(m9.get("owner").asText()).isEqualTo("กองคลัง ทุกคน");
        assertThat(m9.get("period").asText()).isEqualTo("ต.ค. 65 – ก.ย. 66");
        assertThat(m9.get("status").asText()).isEqualTo("done");
        assertThat(m9.get("result").asText()).startsWith("- คู่มือการยืม-การคืน ทรัพย์สินของทางราชการ");
        assertThat(j.at("/measures/0/owner").asText()).isEqualTo("สำนักปลัด/กองคลัง");
    }

    @Test
    void theMarkdownReport() throws IOException {
        ItaTest.Run r = ItaTest.ita("measures", seed004().toString(), "--round", "half");
        assertThat(r.out()).contains("**องค์การบริหารส่วนตำบลช่อระกา** · รอบ 6 เดือน (ต.ค. 65 – มี.ค. 66)")
                .contains("| 10 | 10 | 0 | 0 |").contains("| 9 การเปิดเผยข้อมูล | 3 | 0 | 0 |")
                .contains("| 9 | การใช้ทรัพย์สิน ของราชการ | 4 |");
        ItaTest.Run en = ItaTest.ita("measures", seed004().toString(), "--lang", "en");
        assertThat(en.out()).contains("full year, (Oct 2022 – Sep 2023)").contains("| done |");
    }

    @Test
    void aSkeletonFromThePlanIsAMeasuresFile() throws IOException {
        Path sheet = ItaTest.resource(dir, "seed-001-scores.json");
        Path out = dir.resolve("measures-2566.json");
        ItaTest.Run r = ItaTest.ita("plan", sheet.toString(), "--measures-skeleton", "--format", "json", "--out", out.toString());
        assertThat(r.status()).isZero();
        ItaTest.Run report = ItaTest.ita("measures", out.toString(), "--format", "json");
        assertThat(report.status()).isZero();
        assertThat(new ObjectMapper().readTree(report.out()).at("/byStatus/not-started").asInt()).isEqualTo(8);
    }

    @Test
    void aBadMeasuresFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"agency\": {\"id\": \"a\"}, \"fiscalYear\": 2566, "
                + "\"edition\": \"ita-2565\", \"measures\": [{\"id\": \"m1\", \"indicator\": \"1\", \"title\": \"x\", "
                + "\"owner\": \"\", \"period\": \"ต.ค. ๖๕ – ก.ย. ๖๖\", \"status\": \"later\"}]}");
        ItaTest.Run r = ItaTest.ita("measures", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad.json:1:").contains("measures[0].status: status must be not-started");
    }
}

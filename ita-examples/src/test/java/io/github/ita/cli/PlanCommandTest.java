package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita plan} and {@code ita compare}. */
class PlanCommandTest {

    @TempDir
    Path dir;

    Path resource(String name) throws IOException {
        return ItaTest.resource(dir, name);
    }

    static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("id").asText()));
        return out;
    }

    @Test
    void planOfTheWorkedCaseAsJson() throws IOException {
        ItaTest.Run r = ItaTest.ita("plan", resource("seed-001-scores.json").toString(), "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(ids(j.at("/findings/urgent"))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(ids(j.at("/findings/keep"))).containsExactly("9", "10");
        assertThat(j.at("/findings/improve")).isEmpty();
        assertThat(j.at("/plan/target").asText()).isEqualTo("85");
        assertThat(j.at("/plan/from").decimalValue()).isEqualByComparingTo("83.67");
        assertThat(j.at("/plan/reachable").asBoolean()).isTrue();
        assertThat(ids(j.at("/plan/steps"))).containsExactly("7");
        JsonNode step = j.at("/plan/steps/0");
        assertThat(step.get("from").decimalValue()).isEqualByComparingTo("66.78");
        assertThat(step.get("to").decimalValue()).isEqualByComparingTo("100");
        assertThat(step.get("gain").decimalValue()).isEqualByComparingTo("3.32");
        assertThat(step.get("totalAfter").decimalValue()).isEqualByComparingTo("86.99");
        assertThat(j.at("/findings/urgent/6/maxGain").decimalValue()).isEqualByComparingTo("3.32");   // indicator 7
    }

    @Test
    void planOnlyThroughOitCanBeOutOfReach() throws IOException {
        ItaTest.Run r = ItaTest.ita("plan", resource("seed-001-scores.json").toString(), "--target", "AA", "--only", "OIT",
                "--lang", "en");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("| 1 | 9 Disclosure | 94.64 | 100.00 | +1.07 | 84.74 |")
                .contains("The target is out of reach even with every step (best total 84.74)");
    }

    @Test
    void planOfRawAnswersNamesQuestionsAndItems() throws IOException {
        ItaTest.Run r = ItaTest.ita("plan", resource("sample-agency.json").toString(), "--target", "A", "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/plan/reachable").asBoolean()).isTrue();
        assertThat(j.at("/plan/steps")).isEmpty();                 // 88.83 is already A
        assertThat(ids(j.at("/findings/urgent"))).contains("i9", "e10", "o11", "o24", "o36");
        ItaTest.Run aa = ItaTest.ita("plan", resource("sample-agency.json").toString(), "--target", "AA", "--format", "json");
        JsonNode p = new ObjectMapper().readTree(aa.out()).at("/plan");
        assertThat(p.get("steps").size()).isPositive();
        assertThat(p.get("after").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("95.00"));
        assertThat(ids(p.get("steps")).get(0)).isIn("o11", "o24", "o36");   // an unpublished item gains most
    }

    @Test
    void compareYearOverYear() throws IOException {
        Path next = Files.writeString(dir.resolve("next.json"), """
                { "edition": "ita-2568", "agency": { "id": "dan", "name": "องค์การบริหารส่วนตำบลด่าน" },
                  "scores": { "1": 86.10, "2": 77.90, "3": 83.11, "4": 73.62, "5": 80.38,
                              "6": 76.76, "7": 68.78, "8": 72.81, "9": 84.00, "10": 100 } }
                """);
        ItaTest.Run r = ItaTest.ita("compare", resource("seed-001-scores.json").toString(), next.toString(), "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/total/change").decimalValue()).isEqualByComparingTo("-0.97");   // -0.9652
        assertThat(ids(j.get("crossedUp"))).containsExactly("1");
        assertThat(ids(j.get("crossedDown"))).containsExactly("9");
        assertThat(j.at("/before/edition").asText()).isEqualTo("ita-2565");
        assertThat(j.at("/after/edition").asText()).isEqualTo("ita-2568");
        ItaTest.Run md = ItaTest.ita("compare", resource("seed-001-scores.json").toString(), next.toString());
        assertThat(md.out()).contains("| ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | 84.72 | 86.10 | +1.38 | ผ่านเกณฑ์แล้ว ↑ |")
                .contains("| ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล | 94.64 | 84.00 | -10.64 | ไม่ผ่านเกณฑ์ ↓ |");
    }

    @Test
    void everyCommandWritesHtmlAndThaiDigits() throws IOException {
        String sheet = resource("seed-001-scores.json").toString();
        String[][] commands = {
            {"audit", sheet}, {"score", resource("sample-agency.json").toString()}, {"plan", sheet}, {"compare", sheet, sheet},
            {"measures", resource("seed-004-measures.json").toString()}, {"editions"}, {"demo"}};
        for (String[] c : commands) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 4);
            args[c.length] = "--format";
            args[c.length + 1] = "html";
            args[c.length + 2] = "--digits";
            args[c.length + 3] = "thai";
            ItaTest.Run r = ItaTest.ita(args);
            assertThat(r.status()).as(c[0]).isZero();
            assertThat(r.out()).as(c[0]).startsWith("<!DOCTYPE html>").contains("<html lang=\"th\">").endsWith("</html>\n")
                    .doesNotContain("<script");
        }
        assertThat(ItaTest.ita("audit", sheet, "--format", "html", "--digits", "thai").out())
                .contains("๘๓.๖๗").contains("<svg").contains("class=\"badge bad\">B</span>");
        assertThat(ItaTest.ita("audit", sheet, "--digits", "thai").out()).contains("คะแนนรวม **๘๓.๖๗** คะแนน");
    }

    @Test
    void badPlanInvocations() throws IOException {
        ItaTest.Run target = ItaTest.ita("plan", resource("seed-001-scores.json").toString(), "--target", "best");
        assertThat(target.status()).isEqualTo(2);
        assertThat(target.err()).contains("a target is a score (85), a rating (A, AA…) or pass, not \"best\"");
        ItaTest.Run tool = ItaTest.ita("plan", resource("seed-001-scores.json").toString(), "--only", "XIT");
        assertThat(tool.status()).isEqualTo(2);
        assertThat(tool.err()).contains("has no tool XIT");
        Path partial = Files.writeString(dir.resolve("p.json"),
                "{\"edition\": \"ita-2565\", \"agency\": {\"id\": \"a\"}, \"scores\": {\"9\": 90, \"10\": 100}}");
        ItaTest.Run noTotal = ItaTest.ita("plan", partial.toString());
        assertThat(noTotal.status()).isEqualTo(2);
        assertThat(noTotal.err()).contains("the result has no total");
    }
}

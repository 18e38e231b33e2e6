package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ita.analysis.Comparison;
import io.github.ita.analysis.Findings;
import io.github.ita.analysis.Plan;
import io.github.ita.analysis.Planner;
import io.github.ita.analysis.Target;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan and the comparison as JSON, read back. The worked case is seed 001 (docs/method.md §5): total 83.67,
 * indicator 7 at 66.78 weighs 30 % × 1/3 = 0.10 of the total, so raising it to 100 gains 33.22 × 0.10 = 3.322,
 * the total becomes 86.99 and the rating A; indicator 2 at 75.90 weighs 30 % × 1/5 = 0.06 and can gain at most
 * 24.10 × 0.06 = 1.446.
 */
class AnalysisJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Edition ITA_2565 = Editions.bundled("ita-2565");
    private static final Scorer SCORER = Scorer.of(ITA_2565);

    private static ScoreSheet seed001(String indicator7) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        String[][] published = {{"1", "84.72"}, {"2", "75.90"}, {"3", "81.11"}, {"4", "71.62"}, {"5", "78.38"},
            {"6", "74.76"}, {"7", indicator7}, {"8", "70.81"}, {"9", "94.64"}, {"10", "100"}};
        for (String[] p : published) {
            scores.put(p[0], new BigDecimal(p[1]));
        }
        return new ScoreSheet("ita-2565", new Agency("dan", "องค์การบริหารส่วนตำบลด่าน"), scores);
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isObject() ? n.get("id").asText() : n.asText()));
        return out;
    }

    @Test
    void thePlanOfTheWorkedCase() throws Exception {
        Result result = SCORER.audit(seed001("66.78"));
        Findings findings = Findings.of(result);
        Plan plan = Planner.of(SCORER).plan(result, Target.parse("85", ITA_2565));

        String text = AnalysisJson.plan(result, findings, plan);
        assertThat(text).endsWith("\n");
        JsonNode root = JSON.readTree(text);
        assertThat(root.get("edition").asText()).isEqualTo("ita-2565");
        assertThat(root.at("/provenance/edition").asText()).isEqualTo("ita-2565");
        assertThat(root.at("/provenance/rounding").asText()).isEqualTo("exact");
        assertThat(root.at("/agency/id").asText()).isEqualTo("dan");
        assertThat(root.at("/agency/name").asText()).isEqualTo("องค์การบริหารส่วนตำบลด่าน");
        assertThat(root.get("total").decimalValue()).isEqualByComparingTo("83.67");

        JsonNode f = root.get("findings");
        assertThat(ids(f.get("urgent"))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(ids(f.get("improve"))).isEmpty();
        assertThat(ids(f.get("keep"))).containsExactly("9", "10");
        JsonNode two = f.get("urgent").get(1);
        assertThat(two.get("level").asText()).isEqualTo("indicator");
        assertThat(two.get("tool").asText()).isEqualTo("IIT");
        assertThat(two.get("en").asText()).isEqualTo("Budget use");
        assertThat(two.get("score").decimalValue()).isEqualByComparingTo("75.90");
        assertThat(two.get("weightInTotal").asText()).isEqualTo("0.06");
        assertThat(two.get("maxGain").decimalValue()).isEqualByComparingTo("1.45");

        JsonNode p = root.get("plan");
        assertThat(p.get("target").asText()).isEqualTo("85");
        assertThat(p.get("targetScore").decimalValue()).isEqualByComparingTo("85");
        assertThat(p.get("from").decimalValue()).isEqualByComparingTo("83.67");
        assertThat(p.get("reachable").booleanValue()).isTrue();
        assertThat(p.get("steps")).hasSize(1);
        JsonNode step = p.get("steps").get(0);
        assertThat(step.get("id").asText()).isEqualTo("7");
        assertThat(step.get("level").asText()).isEqualTo("indicator");
        assertThat(step.get("from").decimalValue()).isEqualByComparingTo("66.78");
        assertThat(step.get("to").decimalValue()).isEqualByComparingTo("100");
        assertThat(step.get("gain").decimalValue()).isEqualByComparingTo("3.32");
        assertThat(step.get("gainExact").asText()).isEqualTo("3.322");
        assertThat(step.get("totalAfter").decimalValue()).isEqualByComparingTo("86.99");
        assertThat(p.get("after").decimalValue()).isEqualByComparingTo("86.99");
        assertThat(p.get("ratingAfter").asText()).isEqualTo("A");
    }

    @Test
    void theComparisonOfTheWorkedCaseBeforeAndAfterRaisingIndicator7() throws Exception {
        Result before = SCORER.audit(seed001("66.78"));
        Result after = SCORER.audit(seed001("100"));
        JsonNode root = JSON.readTree(AnalysisJson.comparison(Comparison.of(before, after)));

        assertThat(root.at("/agency/id").asText()).isEqualTo("dan");
        assertThat(root.at("/before/total").decimalValue()).isEqualByComparingTo("83.67");
        assertThat(root.at("/before/rating").asText()).isEqualTo("B");
        assertThat(root.at("/before/passed").booleanValue()).isFalse();
        assertThat(root.at("/after/edition").asText()).isEqualTo("ita-2565");
        assertThat(root.at("/after/total").decimalValue()).isEqualByComparingTo("86.99");
        assertThat(root.at("/after/rating").asText()).isEqualTo("A");
        assertThat(root.at("/after/passed").booleanValue()).isTrue();

        JsonNode total = root.get("total");
        assertThat(total.get("id").asText()).isEqualTo("total");
        assertThat(total.get("change").decimalValue()).isEqualByComparingTo("3.32");
        assertThat(total.get("crossing").asText()).isEqualTo("up");

        // EIT is the mean of indicators 6, 7, 8: (74.76 + 66.78 + 70.81) / 3 = 70.7833… before, (74.76 + 100 + 70.81) / 3 = 81.8566… after
        assertThat(ids(root.get("tools"))).containsExactly("IIT", "EIT", "OIT");
        JsonNode eit = root.get("tools").get(1);
        assertThat(eit.get("before").decimalValue()).isEqualByComparingTo("70.78");
        assertThat(eit.get("after").decimalValue()).isEqualByComparingTo("81.86");
        // the change is the difference as shown, 81.86 − 70.78 = 11.08 (the exact 33.22 / 3 = 11.0733… would show 11.07)
        assertThat(eit.get("change").decimalValue()).isEqualByComparingTo("11.08");
        assertThat(eit.get("crossing").asText()).isEqualTo("none");
        JsonNode iit = root.get("tools").get(0);
        assertThat(iit.get("change").decimalValue()).isEqualByComparingTo("0");

        assertThat(root.get("indicators")).hasSize(10);
        JsonNode seven = root.get("indicators").get(6);
        assertThat(seven.get("id").asText()).isEqualTo("7");
        assertThat(seven.get("before").decimalValue()).isEqualByComparingTo("66.78");
        assertThat(seven.get("after").decimalValue()).isEqualByComparingTo("100");
        assertThat(seven.get("change").decimalValue()).isEqualByComparingTo("33.22");
        assertThat(seven.get("crossing").asText()).isEqualTo("up");
        assertThat(ids(root.get("crossedUp"))).containsExactly("7");
        assertThat(ids(root.get("crossedDown"))).isEmpty();
    }
}

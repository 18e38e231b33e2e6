package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Editions;
import io.github.ita.edition.Rating;
import io.github.ita.response.Agency;
import io.github.ita.response.ScoreSheet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seed 001: องค์การบริหารส่วนตำบลด่าน, FY2565 (docs/method.md §5). */
class WorkedCaseTest {

    static ScoreSheet seed001() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        String[][] published = {{"1", "84.72"}, {"2", "75.90"}, {"3", "81.11"}, {"4", "71.62"}, {"5", "78.38"},
            {"6", "74.76"}, {"7", "66.78"}, {"8", "70.81"}, {"9", "94.64"}, {"10", "100"}};
        for (String[] p : published) {
            scores.put(p[0], new BigDecimal(p[1]));
        }
        return new ScoreSheet("ita-2565", new Agency("dan", "องค์การบริหารส่วนตำบลด่าน"), scores);
    }

    @ParameterizedTest
    @EnumSource(RoundingPolicy.class)
    void reproducesThePublishedResultUnderBothPolicies(RoundingPolicy policy) {
        Scorer scorer = Scorer.of(Editions.bundled("ita-2565"), ScoringOptions.DEFAULT.withRounding(policy));
        Result r = scorer.audit(seed001());

        assertThat(r.total().orElseThrow().shown()).isEqualByComparingTo("83.67");
        assertThat(r.rating()).contains(Rating.B);
        assertThat(r.passed()).contains(false);
        assertThat(r.tool("IIT").score().orElseThrow().shown()).isEqualByComparingTo("78.35");
        assertThat(r.tool("EIT").score().orElseThrow().shown()).isEqualByComparingTo("70.78");
        assertThat(r.tool("OIT").score().orElseThrow().shown()).isEqualByComparingTo("97.32");
        assertThat(r.belowPassMark()).extracting(ResultNode::id)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @ParameterizedTest
    @EnumSource(RoundingPolicy.class)
    void keepsTheExactValuesOfEachPolicy(RoundingPolicy policy) {
        Result r = Scorer.of(Editions.bundled("ita-2565"), ScoringOptions.DEFAULT.withRounding(policy)).audit(seed001());
        // IIT = 391.73 / 5; EIT = 212.35 / 3 = 4247/60; OIT = 194.64 / 2.
        assertThat(r.tool("IIT").score().orElseThrow().exact()).isEqualTo("78.346");
        assertThat(r.tool("EIT").score().orElseThrow().exact()).isEqualTo("4247/60");
        assertThat(r.tool("OIT").score().orElseThrow().exact()).isEqualTo("97.32");
        // exact: 0.3 × 78.346 + 0.3 × 4247/60 + 0.4 × 97.32 = 83.6668;
        // each level: 0.3 × 78.35 + 0.3 × 70.78 + 0.4 × 97.32 = 83.667
        assertThat(r.total().orElseThrow().exact()).isEqualTo(policy == RoundingPolicy.EXACT ? "83.6668" : "83.667");
        assertThat(r.weighted("IIT").orElseThrow().shown()).isEqualByComparingTo(
                policy == RoundingPolicy.EXACT ? "23.50" : "23.51");
    }

    @ParameterizedTest
    @EnumSource(RoundingPolicy.class)
    void marksGivenNodesAndWeighsOnlyWhatEntersTheTotal(RoundingPolicy policy) {
        Result r = Scorer.of(Editions.bundled("ita-2565"), ScoringOptions.DEFAULT.withRounding(policy)).audit(seed001());
        ResultNode four = r.node("4");
        assertThat(four.isGiven()).isTrue();
        assertThat(four.weight().exact()).isEqualTo("0.06");          // 0.30 / 5
        assertThat(r.node("10").weight().exact()).isEqualTo("0.2");   // 0.40 / 2
        assertThat(r.node("i20").score()).isEmpty();
        assertThat(r.node("i20").weight()).isEqualTo(Weight.ZERO);    // indicator 4 was given
    }
}

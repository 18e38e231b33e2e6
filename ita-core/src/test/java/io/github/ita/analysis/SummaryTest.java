package io.github.ita.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Rating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures of a small set of agencies, worked by hand. Totals 62.25, 70.00, 85.00, 90.50, 95.00, 100.00 and one
 * agency without a total (n = 6):
 * mean 502.75 / 6 = 83.7916… → 83.79;
 * R-7 quantiles at h = (n − 1)p: median h = 2.5 → 85.00 + 0.5 × 5.50 = 87.75, Q1 h = 1.25 → 70.00 + 0.25 × 15.00 = 73.75,
 * Q3 h = 3.75 → 90.50 + 0.75 × 4.50 = 93.875 → 93.88;
 * sample variance Σ(x − x̄)² / 5 = 1089.0520833… / 5 = 217.8104166…, sd 14.7584… → 14.76;
 * ita-2565's pass mark 85: 4 of 6 pass, 66.67 %; the target 80 % is not met (400 &lt; 480), 60 % is (400 ≥ 360).
 */
class SummaryTest {

    private static final Edition EDITION = Editions.bundled("ita-2565");

    /** An agency whose every tool and indicator scores its total (or nothing, with no total). */
    private static Summary.Figures agency(String id, String total, Rating rating) {
        BigDecimal t = total == null ? null : new BigDecimal(total);
        Boolean passed = t == null ? null : t.compareTo(BigDecimal.valueOf(85)) >= 0;
        int tools = EDITION.tools().size();
        int indicators = EDITION.tools().stream().mapToInt(tool -> tool.indicators().size()).sum();
        return new Summary.Figures(id, "agency " + id, t, rating, passed,
                Collections.nCopies(tools, t), Collections.nCopies(tools, Boolean.TRUE.equals(passed)),
                Collections.nCopies(indicators, t), Collections.nCopies(indicators, Boolean.TRUE.equals(passed)));
    }

    private static List<Summary.Figures> set() {
        List<Summary.Figures> all = new ArrayList<>(List.of(
                agency("a5", "95.00", Rating.AA),
                agency("a2", "70.00", Rating.C),
                agency("a7", null, null),
                agency("a1", "62.25", Rating.D),
                agency("a6", "100.00", Rating.AA),
                agency("a3", "85.00", Rating.A),
                agency("a4", "90.50", Rating.A)));
        return all;
    }

    private static Summary summary(BatchOptions options) {
        return Summary.ofFigures(EDITION, set(), options);
    }

    @Test
    void distributionOfTheTotals() {
        Summary s = summary(BatchOptions.DEFAULT);
        assertThat(s.agencies()).isEqualTo(7);
        assertThat(s.withTotal()).isEqualTo(6);
        assertThat(s.mean()).contains(new BigDecimal("83.79"));
        assertThat(s.median()).contains(new BigDecimal("87.75"));
        assertThat(s.q1()).contains(new BigDecimal("73.75"));
        assertThat(s.q3()).contains(new BigDecimal("93.88"));
        assertThat(s.standardDeviation()).contains(new BigDecimal("14.76"));
        assertThat(s.min()).contains(new BigDecimal("62.25"));
        assertThat(s.max()).contains(new BigDecimal("100.00"));
    }

    @Test
    void ratingsPassingAndTheTarget() {
        Summary s = summary(BatchOptions.DEFAULT);
        java.util.Map<Rating, Integer> expected = new java.util.EnumMap<>(Rating.class);
        expected.putAll(Map.of(Rating.AA, 2, Rating.A, 2, Rating.B, 0, Rating.C, 1, Rating.D, 1, Rating.E, 0, Rating.F, 0));
        assertThat(s.ratings()).containsExactlyEntriesOf(expected);
        assertThat(s.passing()).isEqualTo(4);
        assertThat(s.passingShare()).contains(new BigDecimal("66.67"));
        assertThat(s.target()).isEqualByComparingTo("80");
        assertThat(s.targetMet()).contains(false);
        Summary lower = summary(BatchOptions.DEFAULT.withTarget(new BigDecimal("60")));
        assertThat(lower.targetMet()).contains(true);
        assertThat(summary(BatchOptions.DEFAULT.withTarget(new BigDecimal("66.67"))).targetMet()).as("400 < 400.02").contains(false);
        assertThat(summary(BatchOptions.DEFAULT.withTarget(new BigDecimal("66.66"))).targetMet()).as("400 ≥ 399.96").contains(true);
    }

    @Test
    void eachToolAndIndicator() {
        Summary s = summary(BatchOptions.DEFAULT);
        assertThat(s.tools()).extracting(Summary.NodeFigures::id).containsExactly("IIT", "EIT", "OIT");
        assertThat(s.indicators()).extracting(Summary.NodeFigures::id)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(s.tools().get(1)).isEqualTo(new Summary.NodeFigures("EIT", 6, new BigDecimal("83.79"), 4, new BigDecimal("66.67")));
        assertThat(s.indicators().get(9)).isEqualTo(new Summary.NodeFigures("10", 6, new BigDecimal("83.79"), 4, new BigDecimal("66.67")));
    }

    @Test
    void theLowestAgenciesLowestFirst() {
        Summary s = summary(new BatchOptions(new BigDecimal("80"), null, 3));
        assertThat(s.lowest()).containsExactly(
                new Summary.Low("a1", "agency a1", new BigDecimal("62.25"), Rating.D),
                new Summary.Low("a2", "agency a2", new BigDecimal("70.00"), Rating.C),
                new Summary.Low("a3", "agency a3", new BigDecimal("85.00"), Rating.A));
        assertThat(summary(new BatchOptions(new BigDecimal("80"), null, 0)).lowest()).isEmpty();
    }

    /**
     * The lowest agencies are those a stable sort by total then id puts first, whatever their number and however
     * many share a total (or an id and a total: then in the order given), with agencies without a total left out.
     */
    @Test
    void theLowestAreTheFirstOfAStableSortForAnyNumber() {
        java.util.Random random = new java.util.Random(15);
        for (int round = 0; round < 200; round++) {
            List<Summary.Figures> figures = new ArrayList<>();
            int size = random.nextInt(120);
            for (int i = 0; i < size; i++) {
                String total = random.nextInt(10) == 0 ? null : (80 + random.nextInt(8)) + "." + (random.nextBoolean() ? "00" : "50");
                String id = "a" + random.nextInt(size / 2 + 1);
                Summary.Figures f = agency(id, total, total == null ? null : Rating.values()[random.nextInt(7)]);
                figures.add(new Summary.Figures(f.id(), f.name() + " #" + i, f.total(), f.rating(), f.passed(), f.toolScores(),
                        f.toolPassed(), f.indicatorScores(), f.indicatorPassed(), f.passInDoubt()));
            }
            List<Summary.Low> sorted = figures.stream().filter(f -> f.total() != null)
                    .sorted(java.util.Comparator.comparing(Summary.Figures::total).thenComparing(Summary.Figures::id))
                    .map(f -> new Summary.Low(f.id(), f.name(), f.total(), f.rating())).toList();
            for (int n : new int[] {0, 1, 2, 3, 10, 63, 64, 65, 100, 200}) {
                assertThat(Summary.ofFigures(EDITION, figures, new BatchOptions(new BigDecimal("80"), null, n)).lowest())
                        .as("round %d, %d agencies, the %d lowest", round, size, n)
                        .isEqualTo(sorted.subList(0, Math.min(n, sorted.size())));
            }
        }
    }

    @Test
    void oneAgencyHasNoSpreadAndNoneHasNoFigures() {
        Summary one = Summary.ofFigures(EDITION, List.of(agency("x", "77.70", Rating.B)), BatchOptions.DEFAULT);
        assertThat(one.mean()).contains(new BigDecimal("77.70"));
        assertThat(one.median()).contains(new BigDecimal("77.70"));
        assertThat(one.q1()).contains(new BigDecimal("77.70"));
        assertThat(one.standardDeviation()).as("a sample of one has no standard deviation").isEmpty();
        assertThat(one.passingShare()).contains(new BigDecimal("0.00"));

        Summary none = Summary.ofFigures(EDITION, List.of(agency("y", null, null)), BatchOptions.DEFAULT);
        assertThat(none.agencies()).isEqualTo(1);
        assertThat(none.withTotal()).isZero();
        assertThat(none.mean()).isEmpty();
        assertThat(none.median()).isEmpty();
        assertThat(none.passingShare()).isEmpty();
        assertThat(none.targetMet()).isEmpty();
        assertThat(none.tools().get(0)).isEqualTo(new Summary.NodeFigures("IIT", 0, null, 0, null));
    }

    /**
     * A tool's and an indicator's mean is the mean of their scores whatever the scores' scale: two
     * decimals (summed as hundredths), whole numbers, more decimals, and sums past a long of hundredths.
     */
    @Test
    void nodeMeansAreTheMeansOfTheScoresWhateverTheirScale() {
        List<List<String>> cases = List.of(
                List.of("62.25", "70.00", "85.00", "90.50", "95.00", "100.00"),
                List.of("90", "85.5", "70.25", "0.125", "100.00"),
                List.of("33.33", "33.33", "33.34", "66.665"),
                Collections.nCopies(12, "9999999999999999.99"),   // 10^18 hundredths each: past a long
                List.of("9999999999999999.99", "9999999999999999.99", "0.01", "1"));
        for (List<String> scores : cases) {
            List<Summary.Figures> figures = new ArrayList<>();
            for (int i = 0; i < scores.size(); i++) {
                figures.add(agency("a" + i, scores.get(i), Rating.A));
            }
            List<BigDecimal> values = scores.stream().map(BigDecimal::new).toList();
            Summary s = Summary.ofFigures(EDITION, figures, BatchOptions.DEFAULT);
            assertThat(s.tools().get(0).mean()).as(scores.toString()).isEqualTo(Summary.mean(values));
            assertThat(s.indicators().get(3).mean()).as(scores.toString()).isEqualTo(Summary.mean(values));
            assertThat(s.tools().get(0).agencies()).isEqualTo(scores.size());
        }
    }
}

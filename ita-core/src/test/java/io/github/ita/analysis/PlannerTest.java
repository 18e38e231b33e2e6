package io.github.ita.analysis;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.Fixtures.checklist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.InvalidAnswerException;
import io.github.ita.MalformedInputException;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.Respondent;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Findings, what-if and plans on the worked case of seed 001. The total there is
 * 0.06 × Σ IIT indicators + 0.1 × Σ EIT indicators + 0.2 × Σ OIT indicators, so raising an indicator
 * to 100 gains its weight × (100 − its score): 7 gains 0.1 × 33.22 = 3.322, 8 2.919, 6 2.524,
 * 4 0.06 × 28.38 = 1.7028, 2 1.446, 5 1.2972, 3 1.1334, 9 0.2 × 5.36 = 1.072, 1 0.9168.
 */
class PlannerTest {

    static final Edition E = Editions.bundled("ita-2565");
    static final Scorer SCORER = Scorer.of(E);

    static Result seed001() {
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        String[] v = {"84.72", "75.90", "81.11", "71.62", "78.38", "74.76", "66.78", "70.81", "94.64", "100"};
        for (int i = 0; i < v.length; i++) {
            s.put(String.valueOf(i + 1), new BigDecimal(v[i]));
        }
        return SCORER.audit(new ScoreSheet("ita-2565", new Agency("dan", "องค์การบริหารส่วนตำบลด่าน"), s));
    }

    @Test
    void findingsOfTheWorkedCase() {
        Findings f = Findings.of(seed001());
        assertThat(f.urgent()).extracting(Finding::id).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(f.improve()).isEmpty();
        assertThat(f.keep()).extracting(Finding::id).containsExactly("9", "10");
        assertThat(f.urgent().get(3).label().th()).isEqualTo("การใช้ทรัพย์สินของราชการ");
        assertThat(f.urgent().get(3).tool()).isEqualTo("IIT");
    }

    @Test
    void findingsOfRawAnswersUseTheThreeColumns() {
        AgencyResponses in = AgencyResponses.builder(new Agency("a", ""))
                .iit(Respondent.of("r1", bestAnswers(E, "IIT", Map.of("i20", "2", "i23", "3"))),
                        Respondent.of("r2", bestAnswers(E, "IIT", Map.of("i20", "3", "i23", "4"))))
                .eit(Respondent.of("p1", bestAnswers(E, "EIT", Map.of("e10", "no"))))
                .oit(checklist(E, "o11", "o24")).build();
        Findings f = Findings.of(SCORER.score(in));
        // i20 = (50 + 85)/2 = 67.5 urgent; i23 = (85 + 100)/2 = 92.5 improve; e10 = 0; o11, o24 unpublished
        assertThat(f.urgent()).extracting(Finding::id).containsExactly("i20", "e10", "o11", "o24");
        assertThat(f.improve()).extracting(Finding::id, x -> x.score().shown()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i23", new BigDecimal("92.50")));
        assertThat(f.urgent().get(0).indicator()).isEqualTo("4");
        assertThat(f.keep()).extracting(Finding::id).contains("i1", "e1", "o1").doesNotContain("i0", "e0");
        assertThat(Findings.of(SCORER.score(in), new BigDecimal("92.5")).keep()).extracting(Finding::id).contains("i23");
    }

    @Test
    void whatIfRecomputesByTheSameRules() {
        Result r = seed001();
        Result better = SCORER.whatIf(r, Map.of("7", new BigDecimal("100")));
        assertThat(better.total().orElseThrow().exact()).isEqualTo("86.9888");
        assertThat(better.tool("EIT").score().orElseThrow().shown()).isEqualByComparingTo("81.86");   // (74.76+100+70.81)/3
        assertThat(better.node("7").isGiven()).isTrue();
        assertThat(SCORER.whatIf(r, Map.of()).total()).isEqualTo(r.total());
        assertThatThrownBy(() -> SCORER.whatIf(r, Map.of("x9", BigDecimal.ONE))).isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> SCORER.whatIf(r, Map.of("7", new BigDecimal("101")))).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void planToThePassMarkIsOneStep() {
        Plan p = Planner.of(SCORER).plan(seed001(), Target.parse("85", E));
        assertThat(p.reachable()).isTrue();
        assertThat(p.from().shown()).isEqualByComparingTo("83.67");
        assertThat(p.steps()).hasSize(1);
        Plan.Step s = p.steps().get(0);
        assertThat(s.id()).isEqualTo("7");
        assertThat(s.from().shown()).isEqualByComparingTo("66.78");
        assertThat(s.gain().exact()).isEqualTo("3.322");
        assertThat(s.totalAfter().shown()).isEqualByComparingTo("86.99");
        assertThat(Planner.of(SCORER).plan(seed001(), Target.parse("pass", E)).steps()).hasSize(1);
        assertThat(Planner.of(SCORER).plan(seed001(), Target.parse("B", E)).steps()).isEmpty();
    }

    @Test
    void planToAaIsTheShortestPossible() {
        Result r = seed001();
        Plan p = Planner.of(SCORER).plan(r, Target.parse("AA", E));
        assertThat(p.reachable()).isTrue();
        assertThat(p.steps()).extracting(Plan.Step::id).containsExactly("7", "8", "6", "4", "2");
        assertThat(p.steps()).extracting(x -> x.totalAfter().exact())
                .containsExactly("86.9888", "89.9078", "92.4318", "94.1346", "95.5806");
        assertThat(p.after().rating()).contains(io.github.ita.edition.Rating.AA);
        // no plan of fewer steps reaches 95.00: try every set of at most four candidates
        List<ResultNode> candidates = Planner.candidates(r);
        assertThat(candidates).extracting(ResultNode::id).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        int tried = 0;
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
            if (Integer.bitCount(mask) >= p.steps().size()) {
                continue;
            }
            Map<String, BigDecimal> raise = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    raise.put(candidates.get(i).id(), new BigDecimal("100"));
                }
            }
            assertThat(SCORER.whatIf(r, raise).total().orElseThrow().shown()).as("%s", raise.keySet())
                    .isLessThan(new BigDecimal("95.00"));
            tried++;
        }
        assertThat(tried).isEqualTo(1 + 9 + 36 + 84 + 126);
    }

    @Test
    void aTargetOutOfReachSaysSo() {
        Result r = seed001();
        Plan oitOnly = Planner.of(SCORER).plan(r, Target.parse("AA", E),
                n -> E.toolOf(n.id()).map(t -> t.id().equals("OIT")).orElse(false));
        assertThat(oitOnly.reachable()).isFalse();
        assertThat(oitOnly.steps()).extracting(Plan.Step::id).containsExactly("9");
        assertThat(oitOnly.after().total().orElseThrow().exact()).isEqualTo("84.7388");   // + 1.072
    }

    /**
     * Raw answers of HandComputedTest (total 39919/420 = 95.045…): e12 at 42.5 gains 0.02 × 57.5 = 1.15,
     * e10 at 50 gains 0.02 × 50 = 1, then o24 100/175 = 0.571…, o11 0.5, i11 and i27 0.5.
     */
    @Test
    void planOverQuestionsAndItemsOfRawAnswers() {
        AgencyResponses in = io.github.ita.scoring.HandComputedTestAccess.answers(E, checklist(E, "o11", "o24"));
        Result r = SCORER.score(in);
        Plan p = Planner.of(SCORER).plan(r, Target.parse("97", E));
        assertThat(p.steps()).extracting(Plan.Step::id).containsExactly("e12", "e10");
        assertThat(p.steps()).extracting(x -> x.gain().exact()).containsExactly("1.15", "1");
        assertThat(p.steps().get(1).totalAfter().shown()).isEqualByComparingTo("97.20");
        Plan more = Planner.of(SCORER).plan(r, Target.parse("98", E));
        assertThat(more.steps()).extracting(Plan.Step::id).startsWith("e12", "e10", "o24");
    }

    @Test
    void targetsParse() {
        assertThat(Target.parse("85", E).score()).isEqualByComparingTo("85");
        assertThat(Target.parse("a", E).score()).isEqualByComparingTo("85.00");
        assertThat(Target.parse("AA", E).score()).isEqualByComparingTo("95.00");
        assertThat(Target.parse("pass", E).score()).isEqualByComparingTo("85");
        assertThatThrownBy(() -> Target.parse("best", E)).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("a target is a score (85), a rating (A, AA…) or pass");
        assertThatThrownBy(() -> Target.parse("101", E)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void comparisonYearOverYear() {
        Result before = seed001();
        Map<String, BigDecimal> next = new LinkedHashMap<>();
        String[] v = {"86.10", "77.90", "83.11", "73.62", "80.38", "76.76", "68.78", "72.81", "84.00", "100"};
        for (int i = 0; i < v.length; i++) {
            next.put(String.valueOf(i + 1), new BigDecimal(v[i]));
        }
        Result after = Scorer.of(Editions.bundled("ita-2568")).audit(new ScoreSheet("ita-2568", before.agency(), next));
        Comparison c = Comparison.of(before, after);
        // IIT: 391.73 → 401.11 (/5: +1.876); EIT +2; OIT (184/2 = 92) − 97.32 = −5.32
        assertThat(c.tools()).extracting(d -> d.id() + " " + d.exactChange().exact())
                .containsExactly("IIT 1.876", "EIT 2", "OIT -5.32");
        assertThat(c.total().exactChange().exact()).isEqualTo("-0.9652");   // 0.3 × 1.876 + 0.3 × 2 − 0.4 × 5.32 = 0.5628 + 0.6 − 2.128
        assertThat(c.crossedUp()).extracting(Comparison.Delta::id).containsExactly("1");
        assertThat(c.crossedDown()).extracting(Comparison.Delta::id).containsExactly("9");
        assertThat(c.ratingBefore()).contains(io.github.ita.edition.Rating.B);
        assertThat(c.ratingAfter()).contains(io.github.ita.edition.Rating.B);
        assertThat(c.indicators()).hasSize(10);
    }
}

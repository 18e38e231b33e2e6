package io.github.ita.scoring;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.Fixtures.checklist;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Presentation;
import io.github.ita.edition.Rating;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Raw answers scored by hand. Two IIT and two EIT respondents answer every question with its best
 * option except:
 * <pre>
 * i1  (positive, level4)  r1 "3" = 85, r2 "2" = 50                  → 67.5
 * i5  (negative, level4)  r1 "1" = 100, r2 "2" = 85                 → 92.5
 * i11 (negative, level4)  r1 "4" = 0,   r2 "1" = 100                → 50
 * i27 (sub-items, yesno)  a: yes yes = 100; b: yes no = 50; c: no no = 0 → (100+50+0)/3 = 50
 * i0  (informational)     r1 "civil", r2 unanswered                → no score
 * indicator 1 = (67.5+100+100+100+92.5+100)/6 = 560/6 = 93.33…; 2 = 550/6 = 91.66…; 3 = 100; 4 = 100; 5 = 550/6
 * IIT = (560/6 + 550/6 + 100 + 100 + 550/6)/5 = 286/3 = 95.33…
 *
 * e5  (negative, yesno, sub-items) a: r1 yes = 0, r2 no = 100 → 50; b, c: no no → 100 → e5 = 250/3
 * e10 (yesno)             r1 yes, r2 no                            → 50
 * e12 (positive, level4)  r1 "1" = 0, r2 "3" = 85                   → 42.5
 * indicator 6 = (400 + 250/3)/5 = 290/3 = 96.66…; 7 = 450/5 = 90; 8 = 442.5/5 = 88.5
 * EIT = (290/3 + 90 + 88.5)/3 = 1651/18 = 91.72…
 * </pre>
 */
class HandComputedTest {

    static AgencyResponses answers(Edition e, Map<String, OitAnswer> oit) {
        Map<String, String> iit1 = bestAnswers(e, "IIT", Map.of("i1", "3", "i5", "1", "i11", "4",
                "i27a", "yes", "i27b", "yes", "i27c", "no", "i0", "civil"));
        Map<String, String> iit2 = bestAnswers(e, "IIT", Map.of("i1", "2", "i5", "2", "i11", "1",
                "i27a", "yes", "i27b", "no", "i27c", "no"));
        Map<String, String> eit1 = bestAnswers(e, "EIT", Map.of("e5a", "yes", "e5b", "no", "e5c", "no",
                "e10", "yes", "e12", "1"));
        Map<String, String> eit2 = bestAnswers(e, "EIT", Map.of("e5a", "no", "e5b", "no", "e5c", "no",
                "e10", "no", "e12", "3"));
        return AgencyResponses.builder(new Agency("a1", "อบต.ทดสอบ"))
                .iit(Respondent.of("r1", iit1), Respondent.of("r2", iit2))
                .eit(Respondent.of("p1", eit1), Respondent.of("p2", eit2))
                .oit(oit)
                .build();
    }

    /**
     * ita-2565 OIT: every item published but o11 and o24 (the two seed 001 names):
     * 9.2 = 7/8 × 100 = 87.5; 9.3 = 6/7 × 100 = 600/7; 9 = (300 + 87.5 + 600/7)/5 = 1325/14 = 94.64;
     * OIT = (1325/14 + 100)/2 = 2725/28 = 97.32 — seed 001's published indicator 9 and OIT scores.
     * Total = 0.3 × 286/3 + 0.3 × 1651/18 + 0.4 × 2725/28 = 39919/420 = 95.045… → 95.05, AA.
     */
    @Test
    void ita2565Exact() {
        Edition e = Editions.bundled("ita-2565");
        Result r = Scorer.of(e).score(answers(e, checklist(e, "o11", "o24")));

        assertThat(r.node("i1").score().orElseThrow().exact()).isEqualTo("67.5");
        assertThat(r.node("i5").score().orElseThrow().exact()).isEqualTo("92.5");
        assertThat(r.node("i11").score().orElseThrow().exact()).isEqualTo("50");
        assertThat(r.node("i27a").score().orElseThrow().exact()).isEqualTo("100");
        assertThat(r.node("i27b").score().orElseThrow().exact()).isEqualTo("50");
        assertThat(r.node("i27c").score().orElseThrow().exact()).isEqualTo("0");
        assertThat(r.node("i27").score().orElseThrow().exact()).isEqualTo("50");
        assertThat(r.node("i0").score()).isEmpty();
        assertThat(r.node("i0").isScored()).isFalse();
        assertThat(r.node("i0").distribution()).containsEntry("civil", 1L);
        assertThat(r.node("i0").respondents()).hasValue(1);
        assertThat(r.node("i0").weight()).isEqualTo(Weight.ZERO);

        assertThat(r.node("1").score().orElseThrow().exact()).isEqualTo("280/3");
        assertThat(r.node("1").score().orElseThrow().shown()).isEqualByComparingTo("93.33");
        assertThat(r.node("2").score().orElseThrow().shown()).isEqualByComparingTo("91.67");
        assertThat(r.node("5").score().orElseThrow().shown()).isEqualByComparingTo("91.67");
        assertThat(r.tool("IIT").score().orElseThrow().exact()).isEqualTo("286/3");
        assertThat(r.tool("IIT").respondents()).hasValue(2);

        assertThat(r.node("e5a").score().orElseThrow().exact()).isEqualTo("50");
        assertThat(r.node("e5").score().orElseThrow().exact()).isEqualTo("250/3");
        assertThat(r.node("e10").score().orElseThrow().exact()).isEqualTo("50");
        assertThat(r.node("e10").distribution()).containsExactly(Map.entry("yes", 1L), Map.entry("no", 1L));
        assertThat(r.node("e12").score().orElseThrow().exact()).isEqualTo("42.5");
        assertThat(r.node("6").score().orElseThrow().exact()).isEqualTo("290/3");
        assertThat(r.node("7").score().orElseThrow().exact()).isEqualTo("90");
        assertThat(r.node("8").score().orElseThrow().exact()).isEqualTo("88.5");
        assertThat(r.tool("EIT").score().orElseThrow().exact()).isEqualTo("1651/18");

        assertThat(r.node("9.2").score().orElseThrow().exact()).isEqualTo("87.5");
        assertThat(r.node("9.3").score().orElseThrow().exact()).isEqualTo("600/7");
        assertThat(r.node("9").score().orElseThrow().shown()).isEqualByComparingTo("94.64");
        assertThat(r.node("9").score().orElseThrow().exact()).isEqualTo("1325/14");
        assertThat(r.tool("OIT").score().orElseThrow().shown()).isEqualByComparingTo("97.32");
        assertThat(r.node("o11").published()).contains(false);

        assertThat(r.total().orElseThrow().exact()).isEqualTo("39919/420");
        assertThat(r.total().orElseThrow().shown()).isEqualByComparingTo("95.05");
        assertThat(r.rating()).contains(Rating.AA);
        assertThat(r.passed()).contains(true);
        assertThat(r.belowPassMark()).extracting(ResultNode::id)
                .containsExactly("i1", "i11", "i27", "i27b", "i27c", "e5", "e5a", "e10", "e12", "o11", "o24");
    }

    /**
     * The same answers with every level rounded first: IIT = (93.33+91.67+100+100+91.67)/5 = 95.334;
     * EIT = (96.67+90+88.5)/3 = 91.7233…; OIT = ((300+87.5+85.71)/5 = 94.642 → 94.64, 100)/2 = 97.32;
     * total = 0.3 × 95.33 + 0.3 × 91.72 + 0.4 × 97.32 = 95.043 → 95.04, one hundredth below the exact 95.05.
     */
    @Test
    void ita2565EachLevel() {
        Edition e = Editions.bundled("ita-2565");
        Result r = Scorer.of(e, ScoringOptions.DEFAULT.withRounding(RoundingPolicy.EACH_LEVEL))
                .score(answers(e, checklist(e, "o11", "o24")));
        assertThat(r.tool("IIT").score().orElseThrow().exact()).isEqualTo("95.334");
        assertThat(r.node("e5").score().orElseThrow().exact()).isEqualTo("250/3");
        assertThat(r.node("6").score().orElseThrow().exact()).isEqualTo("96.666");
        assertThat(r.tool("EIT").score().orElseThrow().shown()).isEqualByComparingTo("91.72");
        assertThat(r.node("9").score().orElseThrow().exact()).isEqualTo("94.642");
        assertThat(r.tool("OIT").score().orElseThrow().exact()).isEqualTo("97.32");
        assertThat(r.total().orElseThrow().exact()).isEqualTo("95.043");
        assertThat(r.total().orElseThrow().shown()).isEqualByComparingTo("95.04");
    }

    /**
     * ita-2568 (pass/fail): same IIT and EIT answers. OIT: o1 claimed published but one of its two
     * required components absent, so it counts as not published; o42 not published; the rest
     * published (components not assessed). 9.1 = 9/10 × 100 = 90; 9 = (90 + 400)/5 = 98;
     * 10.2 = 4/5 × 100 = 80; 10 = 90; OIT = 94. Total = 28.6 + 27.51666… + 37.6 = 93.71666… → 93.72:
     * passes; band A.
     */
    @Test
    void ita2568WithComponents() {
        Edition e = Editions.bundled("ita-2568");
        assertThat(e.presentation()).isEqualTo(Presentation.PASS_FAIL);
        Map<String, OitAnswer> oit = checklist(e, "o42");
        oit.put("o1", OitAnswer.published("https://example.go.th/structure").withComponents(List.of("o1.1")));
        Result r = Scorer.of(e).score(answers(e, oit));

        assertThat(r.tool("IIT").score().orElseThrow().exact()).isEqualTo("286/3");
        assertThat(r.tool("EIT").score().orElseThrow().exact()).isEqualTo("1651/18");
        assertThat(r.node("o1").published()).contains(false);
        assertThat(r.node("o1").missingComponents()).containsExactly("o1.2");
        assertThat(r.node("o1").score().orElseThrow().exact()).isEqualTo("0");
        assertThat(r.node("9.1").score().orElseThrow().exact()).isEqualTo("90");
        assertThat(r.node("9").score().orElseThrow().exact()).isEqualTo("98");
        assertThat(r.node("10.2").score().orElseThrow().exact()).isEqualTo("80");
        assertThat(r.tool("OIT").score().orElseThrow().exact()).isEqualTo("94");
        assertThat(r.total().orElseThrow().shown()).isEqualByComparingTo("93.72");
        assertThat(r.passed()).contains(true);
        assertThat(r.rating()).contains(Rating.A);
        // o42: 0.40 × ½ (indicator 10) × ½ (10.2) × ⅕ (five items) = 1/50 of the total
        assertThat(r.node("o42").weight().exact()).isEqualTo("0.02");
        // an IIT question: 0.30 × ⅕ × ⅙ = 1/100; a sub-item of i27: a third of that
        assertThat(r.node("i1").weight().exact()).isEqualTo("0.01");
        assertThat(r.node("i27a").weight().exact()).isEqualTo("1/300");
    }

    @Test
    void aToolWithNoDataIsAbsentAndTheRestIsStillComputed() {
        Edition e = Editions.bundled("ita-2565");
        AgencyResponses oitOnly = AgencyResponses.builder(new Agency("a1", "")).oit(checklist(e, "o11", "o24")).build();
        Result r = Scorer.of(e).score(oitOnly);
        assertThat(r.tool("OIT").score().orElseThrow().shown()).isEqualByComparingTo("97.32");
        assertThat(r.tool("IIT").score()).isEmpty();
        assertThat(r.tool("EIT").score()).isEmpty();
        assertThat(r.total()).isEmpty();
        assertThat(r.rating()).isEmpty();
        assertThat(r.passed()).isEmpty();
        assertThat(r.node("o42").weight().exact()).isEqualTo("0.05");   // 0.40 × ½ × ½ × ½, docs/method.md §3
    }

    /**
     * Lenient policy: r2 leaves i2 and i27c unanswered. i2 = r1's 100 alone; i27c = r1's "no" = 0;
     * two answers excluded and counted.
     */
    @Test
    void lenientPolicyExcludesMissingAnswersAndCountsThem() {
        Edition e = Editions.bundled("ita-2565");
        Map<String, String> r2 = new java.util.HashMap<>(bestAnswers(e, "IIT", Map.of("i2", "2")));
        r2.remove("i2");
        r2.remove("i27c");
        AgencyResponses in = AgencyResponses.builder(new Agency("a1", ""))
                .iit(Respondent.of("r1", bestAnswers(e, "IIT", Map.of("i27c", "no"))), Respondent.of("r2", r2))
                .build();
        Result r = Scorer.of(e, ScoringOptions.DEFAULT.withMissingAnswers(MissingAnswers.EXCLUDE)).score(in);
        assertThat(r.node("i2").score().orElseThrow().exact()).isEqualTo("100");
        assertThat(r.node("i2").respondents()).hasValue(1);
        assertThat(r.node("i2").excluded()).isEqualTo(1);
        assertThat(r.node("i27c").score().orElseThrow().exact()).isEqualTo("0");
        assertThat(r.node("i27").respondents()).hasValue(2);
        assertThat(r.excluded()).isEqualTo(2);
    }
}

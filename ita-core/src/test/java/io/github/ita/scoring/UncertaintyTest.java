package io.github.ita.scoring;

import static io.github.ita.Fixtures.checklist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ita.Fixtures;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Rating;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.Respondent;
import io.github.ita.response.ScoreSheet;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The standard errors and intervals of {@link HandComputedTest}'s two IIT and two EIT respondents,
 * computed by hand from each respondent's own roll-up (ita-2565):
 * <pre>
 * IIT r1: indicators 195/2, 250/3, 100, 100, 850/9 → 1711/18 = 95.06; r2: 535/6, 100, 100, 100, 800/9 → 1721/18 = 95.61
 *     mean 286/3 (the tool's score); with n = 2, s = |r1 − r2| / √2, SE = s / √2 = (10/18) / 2 = 5/18 = 0.2778
 * EIT r1: 1400/15, 100, 80 → 91.11; r2: 100, 80, 97 → 92.33; SE = (11/9) / 2 = 11/18 = 0.6111
 * t(0.975, 1 df) = 12.7062 (tables); IIT 95.33 ± 3.53
 * total: SE = 0.3 × √(5² + 11²) / 18 = 0.2014; Welch–Satterthwaite df = 1.40 → 1
 * </pre>
 */
class UncertaintyTest {

    private static final double T_975_1 = 12.706204736;

    private final Edition e = Editions.bundled("ita-2565");
    private final Result r = Scorer.of(e).score(HandComputedTest.answers(e, checklist(e, "o11", "o24")));

    @Test
    void toolsFromTheRespondentsOwnRollUps() {
        Uncertainty iit = r.tool("IIT").uncertainty().orElseThrow();
        assertThat(iit.isEstimated()).isTrue();
        assertThat(iit.respondents()).isEqualTo(2);
        assertThat(iit.degreesOfFreedom()).isEqualTo(1);
        assertThat(iit.standardError()).isCloseTo(5.0 / 18, within(1e-12));
        assertThat(iit.margin()).isCloseTo(T_975_1 * 5 / 18, within(1e-8));
        assertThat(iit.estimate()).isCloseTo(286.0 / 3, within(1e-9));
        assertThat(iit.low()).isCloseTo(286.0 / 3 - T_975_1 * 5 / 18, within(1e-8));
        assertThat(iit.high()).isCloseTo(286.0 / 3 + T_975_1 * 5 / 18, within(1e-8));

        Uncertainty eit = r.tool("EIT").uncertainty().orElseThrow();
        assertThat(eit.standardError()).isCloseTo(11.0 / 18, within(1e-12));
        assertThat(r.tool("OIT").uncertainty()).as("a checklist has no sampling error").isEmpty();
    }

    @Test
    void indicatorsAndQuestions() {
        // indicator 1: r1 195/2, r2 535/6 → SE = |97.5 − 89.1667| / 2 = 25/6
        assertThat(r.node("1").uncertainty().orElseThrow().standardError()).isCloseTo(25.0 / 6, within(1e-12));
        // i1: 85 and 50 → SE 17.5; i27 (sub-items): 200/3 and 100/3 → SE 50/3; i27b: 100 and 0 → 50
        assertThat(r.node("i1").uncertainty().orElseThrow().standardError()).isCloseTo(17.5, within(1e-12));
        assertThat(r.node("i27").uncertainty().orElseThrow().standardError()).isCloseTo(50.0 / 3, within(1e-12));
        assertThat(r.node("i27b").uncertainty().orElseThrow().standardError()).isCloseTo(50, within(1e-12));
        // every respondent chose the best option: no spread, a zero-width interval
        Uncertainty i2 = r.node("i2").uncertainty().orElseThrow();
        assertThat(i2.standardError()).isZero();
        assertThat(i2.low()).isEqualTo(100);
        assertThat(r.node("i0").uncertainty()).as("informational").isEmpty();
    }

    @Test
    void theTotalCombinesTheSurveyTools() {
        Uncertainty total = r.uncertainty().orElseThrow();
        double se = 0.3 * Math.sqrt(25 + 121) / 18;
        assertThat(total.standardError()).isCloseTo(se, within(1e-12));
        assertThat(total.degreesOfFreedom()).isEqualTo(1);
        assertThat(total.respondents()).isEqualTo(4);
        assertThat(total.margin()).isCloseTo(T_975_1 * se, within(1e-8));
        assertThat(total.respondentsFor(1)).as("two samples: no single n").isEmpty();
        // 95.05 ± 2.56 = 92.49 to 97.60: rated AA (95 and above), possibly A (85 to 95)
        assertThat(r.ratingsWithin()).first().isEqualTo(Rating.A);
        assertThat(r.ratingsWithin()).last().isEqualTo(Rating.AA);
        assertThat(r.passInDoubt()).isFalse();
        // P(T ≥ (85 − 95.045) / 0.2014) with 1 df: far above 0.98
        assertThat(r.chanceAtLeastPassMark().orElseThrow()).isGreaterThan(0.98).isLessThan(1);
    }

    @Test
    void aLevelOtherThan95() {
        Result r90 = Scorer.of(e, ScoringOptions.DEFAULT.withLevel(0.90))
                .score(HandComputedTest.answers(e, checklist(e, "o11", "o24")));
        // t(0.95, 1 df) = 6.3138
        assertThat(r90.tool("IIT").uncertainty().orElseThrow().margin()).isCloseTo(6.313751515 * 5 / 18, within(1e-8));
        assertThat(r90.tool("IIT").uncertainty().orElseThrow().level()).isEqualTo(0.90);
        assertThatThrownBy(() -> ScoringOptions.DEFAULT.withLevel(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneRespondentIsNotAnInterval() {
        AgencyResponses one = AgencyResponses.builder(new Agency("a", "x"))
                .iit(Respondent.of("r1", Fixtures.bestAnswers(e, "IIT", Map.of())))
                .eit(Respondent.of("p1", Fixtures.bestAnswers(e, "EIT", Map.of())),
                        Respondent.of("p2", Fixtures.bestAnswers(e, "EIT", Map.of("e12", "3"))))
                .oit(checklist(e)).build();
        Result r1 = Scorer.of(e).score(one);
        Uncertainty iit = r1.tool("IIT").uncertainty().orElseThrow();
        assertThat(iit.isEstimated()).isFalse();
        assertThat(iit.respondents()).isEqualTo(1);
        assertThatThrownBy(iit::standardError).isInstanceOf(IllegalStateException.class).hasMessageContaining("fewer than two");
        assertThat(r1.uncertainty().orElseThrow().isEstimated()).isFalse();
        assertThat(r1.uncertainty().orElseThrow().respondents()).as("both tools' respondents").isEqualTo(3);
        assertThat(r1.ratingsWithin()).isEmpty();
        assertThat(r1.chanceAtLeastPassMark()).isEmpty();
    }

    @Test
    void anAuditHasNone() {
        Result audited = Scorer.of(e).audit(new ScoreSheet(e.id(), new Agency("a", "x"),
                Map.of("IIT", new BigDecimal("80"), "EIT", new BigDecimal("90"), "OIT", new BigDecimal("70"))));
        assertThat(audited.uncertainty()).isEmpty();
        assertThat(audited.nodes()).allMatch(n -> n.uncertainty().isEmpty());
        assertThat(audited.ratingsWithin()).isEmpty();
    }

    @Test
    void respondentsNeededForAMargin() {
        Uncertainty iit = r.tool("IIT").uncertainty().orElseThrow();
        // s = (5/9) / √2 = 0.3928; ±1 point at 95 %: the fewest n with t(n−1) s / √n ≤ 1
        long n = iit.respondentsFor(1).orElseThrow();
        double s = (5.0 / 9) / Math.sqrt(2);
        assertThat(Uncertainty.quantile(0.95, n - 1) * s / Math.sqrt(n)).isLessThanOrEqualTo(1);
        assertThat(Uncertainty.quantile(0.95, n - 2) * s / Math.sqrt(n - 1)).isGreaterThan(1);
        // n = 2: 12.706 × 0.3928 / 1.414 = 3.53; n = 3: t(2) = 4.303, 4.303 × 0.3928 / 1.732 = 0.976
        assertThat(n).isEqualTo(3);
        // ±0.1: about (1.96 × 0.3928 / 0.1)² = 59.3, a little more with t: 62
        assertThat(iit.respondentsFor(0.1)).hasValue(62);
        // from a staff of 40: 62 is more than all of them; with the correction √((N − n)/(N − 1)), 26
        // (62 and 26 also from an independent computation of t by Simpson's rule and bisection)
        assertThat(iit.respondentsFor(0.1, 40)).hasValue(26);
    }

    @Test
    void aKnownStaffIsAFinitePopulationForIit() {
        // 2 of a staff of 3 answered: SE × √((3 − 2) / (3 − 1)); EIT's population is unbounded
        AgencyResponses a = HandComputedTest.answers(e, checklist(e, "o11", "o24"));
        AgencyResponses staffed = AgencyResponses.builder(a.agency().withStaff(3))
                .iit(a.respondentsByTool().get("IIT")).eit(a.respondentsByTool().get("EIT")).oit(a.oit()).build();
        Result s = Scorer.of(e).score(staffed);
        Uncertainty iit = s.tool("IIT").uncertainty().orElseThrow();
        assertThat(iit.standardError()).isCloseTo(5.0 / 18 * Math.sqrt(0.5), within(1e-12));
        assertThat(iit.population()).hasValue(3);
        assertThat(iit.respondentsFor(0.1)).hasValue(3);   // never more than the whole staff
        assertThat(s.tool("EIT").uncertainty().orElseThrow().standardError()).isCloseTo(11.0 / 18, within(1e-12));
        assertThat(s.tool("EIT").uncertainty().orElseThrow().population()).isEmpty();
        // every member of a staff of 2 answered: a census, no sampling error
        AgencyResponses census = AgencyResponses.builder(a.agency().withStaff(2))
                .iit(a.respondentsByTool().get("IIT")).eit(a.respondentsByTool().get("EIT")).oit(a.oit()).build();
        assertThat(Scorer.of(e).score(census).tool("IIT").uncertainty().orElseThrow().standardError()).isZero();
        // more respondents than staff is an error in the input
        AgencyResponses tooMany = AgencyResponses.builder(a.agency().withStaff(1))
                .iit(a.respondentsByTool().get("IIT")).eit(a.respondentsByTool().get("EIT")).oit(a.oit()).build();
        assertThatThrownBy(() -> Scorer.of(e).score(tooMany)).isInstanceOf(io.github.ita.InvalidAnswerException.class)
                .hasMessageContaining("2 IIT respondents but a staff of 1");
    }

    @Test
    void aChangeTestedAgainstSampling() {
        // the same answers twice: no change, p = 1
        io.github.ita.analysis.Comparison same = io.github.ita.analysis.Comparison.of(r, r);
        ChangeTest none = same.total().sampling().orElseThrow();
        assertThat(none.change()).isZero();
        assertThat(none.pValue()).isEqualTo(1.0);
        assertThat(none.beyondSampling()).isFalse();
        // IIT 286/3 (SE 5/18, 1 df) against one agency whose two respondents both answered everything best:
        // 100 with SE 0. Welch: SE = 5/18, df = 1, t = (100 − 95.33) / 0.2778 = 16.8; p = 2 P(T1 > 16.8) = 0.0378
        AgencyResponses best = AgencyResponses.builder(new Agency("b", "x"))
                .iit(Respondent.of("r1", io.github.ita.Fixtures.bestAnswers(e, "IIT", Map.of())),
                        Respondent.of("r2", io.github.ita.Fixtures.bestAnswers(e, "IIT", Map.of())))
                .eit(Respondent.of("p1", io.github.ita.Fixtures.bestAnswers(e, "EIT", Map.of())),
                        Respondent.of("p2", io.github.ita.Fixtures.bestAnswers(e, "EIT", Map.of())))
                .oit(checklist(e)).build();
        io.github.ita.analysis.Comparison c = io.github.ita.analysis.Comparison.of(r, Scorer.of(e).score(best));
        ChangeTest iit = c.tools().get(0).sampling().orElseThrow();
        double t = (100 - 286.0 / 3) / (5.0 / 18);
        assertThat(iit.standardError()).isCloseTo(5.0 / 18, within(1e-12));
        assertThat(iit.degreesOfFreedom()).isEqualTo(1);
        assertThat(iit.pValue()).isCloseTo(1 - 2 * Math.atan(t) / Math.PI, within(1e-9));   // t with 1 df is Cauchy
        assertThat(iit.beyondSampling()).isTrue();
        assertThat(c.tools().get(2).sampling()).as("OIT").isEmpty();
        assertThat(c.indicators().get(0).sampling()).as("indicators are not tested").isEmpty();
        // against published numbers: no test
        Result audited = Scorer.of(e).audit(new ScoreSheet(e.id(), new Agency("a", "x"),
                Map.of("IIT", new BigDecimal("80"), "EIT", new BigDecimal("90"), "OIT", new BigDecimal("70"))));
        assertThat(io.github.ita.analysis.Comparison.of(audited, r).total().sampling()).isEmpty();
    }

    @Test
    void missingAnswersExcluded() {
        // a third IIT respondent answers everything best but i1: left out of the spread of IIT and of
        // indicator 1 (not complete), counted in the others; n is the fewest who answered any one question
        AgencyResponses a = HandComputedTest.answers(e, checklist(e, "o11", "o24"));
        Map<String, String> third = new java.util.LinkedHashMap<>(io.github.ita.Fixtures.bestAnswers(e, "IIT", Map.of()));
        third.remove("i1");
        java.util.List<Respondent> iit = new java.util.ArrayList<>(a.respondentsByTool().get("IIT"));
        iit.add(Respondent.of("r3", third));
        AgencyResponses withGap = AgencyResponses.builder(a.agency()).iit(iit).eit(a.respondentsByTool().get("EIT"))
                .oit(a.oit()).build();
        Scorer exclude = Scorer.of(e, ScoringOptions.DEFAULT.withMissingAnswers(MissingAnswers.EXCLUDE));
        Result x = exclude.score(withGap);
        Uncertainty tool = x.tool("IIT").uncertainty().orElseThrow();
        assertThat(tool.respondents()).as("i1 has two answers").isEqualTo(2);
        assertThat(tool.degreesOfFreedom()).as("two complete respondents").isEqualTo(1);
        assertThat(tool.standardError()).isCloseTo(5.0 / 18, within(1e-12));
        assertThat(x.node("1").uncertainty().orElseThrow().degreesOfFreedom()).isEqualTo(1);
        // indicator 2 (i7–i12): all three complete; r3's own score is 100
        Uncertainty two = x.node("2").uncertainty().orElseThrow();
        assertThat(two.degreesOfFreedom()).isEqualTo(2);
        assertThat(two.respondents()).isEqualTo(3);
        // r1 250/3, r2 100, r3 100: mean 850/9, s² = Σ(x − mean)² / 2
        double m = 850.0 / 9;
        double s2 = (Math.pow(250.0 / 3 - m, 2) + 2 * Math.pow(100 - m, 2)) / 2;
        assertThat(two.standardError()).isCloseTo(Math.sqrt(s2 / 3), within(1e-12));
        // merged in parts, the same doubles
        Tally one = exclude.newTally();
        Tally part = exclude.newTally();
        one.addAll("IIT", iit.subList(0, 2));
        part.addAll("IIT", iit.subList(2, 3));
        one.merge(part).addAll("EIT", a.respondentsByTool().get("EIT"));
        assertThat(exclude.score(a.agency(), one, a.oit()).tool("IIT").uncertainty()).isEqualTo(x.tool("IIT").uncertainty());
    }
}

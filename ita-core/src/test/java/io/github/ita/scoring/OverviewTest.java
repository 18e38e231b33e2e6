package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An overview made from the counts has the very numbers of the result tree above its questions:
 * the same exact fractions, the same doubles in the intervals; and where it cannot be made so, the
 * tree's numbers or the tree's problem.
 */
class OverviewTest {

    static List<org.junit.jupiter.params.provider.Arguments> cases() {
        return PropertiesTest.cases();
    }

    /** The random agencies of the engine's properties, half of them with a known staff (the IIT population). */
    private static AgencyResponses agency(Edition e, long seed) {
        AgencyResponses a = PropertiesTest.randomAgency(e, new Random(seed));
        if (seed % 2 == 0) {
            long iit = a.respondentsByTool().get("IIT").size();
            return AgencyResponses.builder(new Agency("a", "", OptionalLong.of(iit + seed)))
                    .iit(a.respondentsByTool().get("IIT")).eit(a.respondentsByTool().get("EIT")).oit(a.oit()).build();
        }
        return a;
    }

    private static Tally tally(Scorer scorer, AgencyResponses a) {
        Tally t = scorer.newTally();
        a.respondentsByTool().forEach(t::addAll);
        return t;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void madeFromTheCountsItHasTheTreesNumbers(String edition, RoundingPolicy policy, long seed) {
        Scorer scorer = PropertiesTest.scorer(edition, policy);
        AgencyResponses a = agency(scorer.edition(), seed);
        Tally t = tally(scorer, a);
        Overview tree = Overview.of(scorer.score(a.agency(), t, a.oit()));
        Overview counts = Overview.fromCounts(scorer.edition(), scorer.options(), t.layout, new Method(scorer.edition(), scorer.options()),
                a.agency(), t, a.oit());
        if (policy == RoundingPolicy.EXACT) {
            assertThat(counts).as("the default policies are made from the counts").isNotNull();
            assertSame(counts, tree);
        } else {
            assertThat(counts).as("rounding at each level is the tree's").isNull();
        }
        assertSame(scorer.overview(a.agency(), t, a.oit()), tree);
        assertThat(tree.uncertainty()).isPresent();
    }

    @Test
    void missingAnswersExcludedAreTheTrees() {
        Scorer scorer = Scorer.of(Editions.bundled("ita-2568"), ScoringOptions.DEFAULT.withMissingAnswers(MissingAnswers.EXCLUDE));
        AgencyResponses a = agency(scorer.edition(), 3);
        Tally t = tally(scorer, a);
        assertThat(Overview.fromCounts(scorer.edition(), scorer.options(), t.layout, new Method(scorer.edition(), scorer.options()),
                a.agency(), t, a.oit())).isNull();
        assertSame(scorer.overview(a.agency(), t, a.oit()), Overview.of(scorer.score(a.agency(), t, a.oit())));
    }

    @Test
    void aToolWithNoDataLeavesNoTotal() {
        Scorer scorer = Scorer.of(Editions.bundled("ita-2568"));
        AgencyResponses a = agency(scorer.edition(), 5);
        Tally t = scorer.newTally();
        t.addAll("IIT", a.respondentsByTool().get("IIT"));
        Overview o = scorer.overview(a.agency(), t, a.oit());
        assertSame(o, Overview.of(scorer.score(a.agency(), t, a.oit())));
        assertThat(o.total()).isEmpty();
        assertThat(o.tools().get(1)).isEmpty();
        assertThat(o.tools().get(0)).isPresent();
        assertThat(o.uncertainty()).isEmpty();
        Overview noChecklist = scorer.overview(a.agency(), tally(scorer, a), Map.of());
        assertThat(noChecklist.tools().get(2)).isEmpty();
        assertThat(noChecklist.total()).isEmpty();
    }

    @Test
    void problemsAreTheTreesOwn() {
        Scorer scorer = Scorer.of(Editions.bundled("ita-2568"));
        AgencyResponses a = agency(scorer.edition(), 7);
        Tally t = tally(scorer, a);
        Map<String, OitAnswer> holed = new LinkedHashMap<>(a.oit());
        holed.remove(holed.keySet().iterator().next());
        Map<String, OitAnswer> unknown = new LinkedHashMap<>(a.oit());
        unknown.put("o999", OitAnswer.notPublished());
        Agency fewStaff = new Agency("a", "", OptionalLong.of(1));
        for (Agency agency : List.of(a.agency(), fewStaff)) {
            for (Map<String, OitAnswer> oit : List.of(holed, unknown, a.oit())) {
                Throwable byTree = catchThrowable(() -> scorer.score(agency, t, oit));
                if (byTree == null) {
                    assertSame(scorer.overview(agency, t, oit), Overview.of(scorer.score(agency, t, oit)));
                } else {
                    assertThatThrownBy(() -> scorer.overview(agency, t, oit)).isInstanceOf(byTree.getClass())
                            .hasMessage(byTree.getMessage());
                }
            }
        }
        assertThat(catchThrowable(() -> scorer.score(fewStaff, t, a.oit()))).as("a staff of one is refused").isNotNull();
        assertThat(catchThrowable(() -> scorer.score(a.agency(), t, holed))).as("an item left out is refused").isNotNull();
    }

    @Test
    void assessedComponentsAreTheTrees() {
        Scorer scorer = Scorer.of(Editions.bundled("ita-2568"));
        AgencyResponses a = agency(scorer.edition(), 9);
        Tally t = tally(scorer, a);
        Map<String, OitAnswer> assessed = new LinkedHashMap<>(a.oit());
        String first = assessed.keySet().iterator().next();
        assessed.put(first, new OitAnswer(true, null, null, List.of()));
        assertThat(Overview.fromCounts(scorer.edition(), scorer.options(), t.layout, new Method(scorer.edition(), scorer.options()),
                a.agency(), t, assessed)).isNull();
        assertSame(scorer.overview(a.agency(), t, assessed), Overview.of(scorer.score(a.agency(), t, assessed)));
    }

    /** Every number of two overviews: the exact fractions, the intervals' doubles, the rating, pass and doubt. */
    static void assertSame(Overview actual, Overview expected) {
        assertThat(actual.agency()).isEqualTo(expected.agency());
        assertThat(values(actual.tools())).isEqualTo(values(expected.tools()));
        assertThat(values(actual.indicators())).isEqualTo(values(expected.indicators()));
        assertThat(values(List.of(actual.total()))).isEqualTo(values(List.of(expected.total())));
        assertThat(actual.rating()).isEqualTo(expected.rating());
        assertThat(actual.passed()).isEqualTo(expected.passed());
        assertThat(actual.uncertainty().isPresent()).isEqualTo(expected.uncertainty().isPresent());
        actual.uncertainty().ifPresent(u -> {
            Uncertainty v = expected.uncertainty().orElseThrow();
            assertThat(List.of(u.level(), u.estimate(), (double) u.respondents())).isEqualTo(List.of(v.level(), v.estimate(), (double) v.respondents()));
            assertThat(u.isEstimated()).isEqualTo(v.isEstimated());
            if (u.isEstimated()) {
                assertThat(List.of(u.standardError(), u.low(), u.high())).isEqualTo(List.of(v.standardError(), v.low(), v.high()));
            }
        });
        assertThat(actual.chanceAtLeastPassMark()).isEqualTo(expected.chanceAtLeastPassMark());
        assertThat(actual.passInDoubt()).isEqualTo(expected.passInDoubt());
    }

    private static List<Optional<Rational>> values(List<Optional<Score>> scores) {
        return scores.stream().map(s -> s.map(Score::value)).toList();
    }
}

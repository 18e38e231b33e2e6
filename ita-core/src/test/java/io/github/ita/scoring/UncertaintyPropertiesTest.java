package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Editions;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.Respondent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the spreads and intervals over random agencies (fixed seeds). */
class UncertaintyPropertiesTest {

    static List<org.junit.jupiter.params.provider.Arguments> cases() {
        return PropertiesTest.cases();
    }

    /**
     * The respondents' own roll-ups the tally sums average to the node's score exactly: the spread
     * is measured around the very number the ITA rolls up (every mean unweighted, §3).
     */
    @ParameterizedTest
    @MethodSource("cases")
    void theRespondentsOwnRollUpsAverageToTheScore(String edition, RoundingPolicy policy, long seed) {
        if (policy != RoundingPolicy.EXACT) {
            return;   // rounding at each level makes the roll-up differ from the mean by design
        }
        Scorer scorer = PropertiesTest.scorer(edition, policy);
        AgencyResponses a = PropertiesTest.randomAgency(Editions.bundled(edition), new Random(seed));
        Tally tally = scorer.newTally();
        a.respondentsByTool().forEach(tally::addAll);
        Result r = scorer.score(a.agency(), tally, a.oit());
        for (Layout.ToolLayout l : tally.layout.tools.values()) {
            Tally.Counts c = tally.counts(l);
            long[] sums = c.completeSums();
            for (int g = 0; g < l.groupId.length; g++) {
                assertThat(l.groupUnit[g]).as("bundled editions are measured whole").isPositive();
                assertThat(c.complete(g)).isEqualTo(c.respondents);
                Rational mean = Rational.of(BigInteger.valueOf(sums[g]),
                        BigInteger.valueOf(c.complete(g)).multiply(BigInteger.valueOf(l.groupUnit[g])));
                assertThat(mean).as(l.groupId[g]).isEqualTo(r.node(l.groupId[g]).score().orElseThrow().value());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void intervalsStayWithin0And100AndHoldTheEstimate(String edition, RoundingPolicy policy, long seed) {
        Result r = PropertiesTest.scorer(edition, policy).score(PropertiesTest.randomAgency(Editions.bundled(edition), new Random(seed)));
        r.nodes().map(ResultNode::uncertainty).flatMap(java.util.Optional::stream).filter(Uncertainty::isEstimated).forEach(u -> {
            assertThat(u.standardError()).isNotNegative().isFinite();
            assertThat(u.low()).isBetween(0.0, u.estimate());
            assertThat(u.high()).isBetween(u.estimate(), 100.0);
        });
        r.uncertainty().filter(Uncertainty::isEstimated).ifPresent(u -> {
            assertThat(r.chanceAtLeastPassMark().orElseThrow()).isBetween(0.0, 1.0);
            assertThat(r.ratingsWithin()).contains(r.rating().orElseThrow());
        });
    }

    /** Merged tallies and shuffled respondents give the very same doubles, not merely close ones. */
    @ParameterizedTest
    @MethodSource("cases")
    void mergedAndShuffledTalliesGiveTheSameUncertainty(String edition, RoundingPolicy policy, long seed) {
        Scorer scorer = PropertiesTest.scorer(edition, policy);
        AgencyResponses a = PropertiesTest.randomAgency(Editions.bundled(edition), new Random(seed));
        Result whole = scorer.score(a);
        Tally merged = scorer.newTally();
        Random rnd = new Random(seed * 31);
        for (Map.Entry<String, List<Respondent>> e : a.respondentsByTool().entrySet()) {
            List<Respondent> shuffled = new ArrayList<>(e.getValue());
            Collections.shuffle(shuffled, rnd);
            Tally part = scorer.newTally();
            int cut = rnd.nextInt(shuffled.size() + 1);
            part.addAll(e.getKey(), shuffled.subList(0, cut));
            Tally rest = scorer.newTally();
            rest.addAll(e.getKey(), shuffled.subList(cut, shuffled.size()));
            merged.merge(part).merge(rest);
        }
        Result again = scorer.score(a.agency(), merged, a.oit());
        assertThat(again.uncertainty()).isEqualTo(whole.uncertainty());
        List<ResultNode> before = whole.nodes().toList();
        List<ResultNode> after = again.nodes().toList();
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).uncertainty()).as(before.get(i).id()).isEqualTo(before.get(i).uncertainty());
        }
    }
}

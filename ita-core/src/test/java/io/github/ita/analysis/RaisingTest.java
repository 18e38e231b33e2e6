package io.github.ita.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.UnknownIdException;
import io.github.ita.edition.Edition;
import io.github.ita.scoring.MissingAnswers;
import io.github.ita.scoring.Raising;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Score;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.ScoringOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Scorer#raising}: each raise gives the total of a whole what-if of every node raised so far. */
class RaisingTest {

    @Test
    void theWorkedCase() {
        Result r = PlannerTest.seed001();
        Raising raising = PlannerTest.SCORER.raising(r);
        assertThat(raising.total()).isEqualTo(r.total());
        assertThat(raising.gain("7").exact()).isEqualTo("3.322");
        assertThat(raising.raise("7").exact()).isEqualTo("86.9888");
        assertThat(raising.gain("7").exact()).isEqualTo("0");
        assertThat(raising.gain("i1").exact()).isEqualTo("0");   // under a given indicator
        assertThatThrownBy(() -> raising.gain("x9")).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void everyRaiseEqualsAWholeWhatIf() {
        int raises = 0;
        for (long seed = 1; seed <= 120; seed++) {
            Random rnd = new Random(seed);
            Edition e = PlannerEquivalenceTest.randomEdition(rnd);
            for (RoundingPolicy rounding : RoundingPolicy.values()) {
                MissingAnswers missing = rnd.nextBoolean() ? MissingAnswers.EXCLUDE : MissingAnswers.ERROR;
                Scorer scorer = Scorer.of(e, new ScoringOptions(rounding, missing));
                Result r = PlannerEquivalenceTest.randomResult(scorer, rnd);
                if (r == null || r.total().isEmpty()) {
                    continue;
                }
                List<ResultNode> nodes = new ArrayList<>(r.nodes().filter(n -> n.isScored() && n.score().isPresent()).toList());
                Collections.shuffle(nodes, rnd);
                Raising raising = scorer.raising(r);
                Map<String, BigDecimal> raised = new LinkedHashMap<>();
                Score before = scorer.whatIf(r, raised).total().orElseThrow();
                assertThat(raising.total()).contains(before);
                for (ResultNode n : nodes.subList(0, Math.min(nodes.size(), 1 + rnd.nextInt(8)))) {
                    raised.put(n.id(), new BigDecimal("100"));
                    Score expected = scorer.whatIf(r, raised).total().orElseThrow();
                    String where = "seed " + seed + ", " + rounding + ", " + raised.keySet();
                    assertGainSplits(raising, r, where);
                    assertThat(raising.gain(n.id())).as(where).isEqualTo(expected.minus(before));
                    assertThat(raising.raise(n.id())).as(where).isEqualTo(expected);
                    before = expected;
                    raises++;
                }
            }
        }
        assertThat(raises).isGreaterThan(500);
    }

    /**
     * The gain of each node below a tool is its tool's gain of the change of its part, or zero
     * with no change; and a tool's gain of a change never falls as the change rises.
     */
    static void assertGainSplits(Raising raising, Result r, String where) {
        List<String> tools = r.tools().stream().map(ResultNode::id).toList();
        List<Score> changes = new ArrayList<>(List.of(Score.of("-100"), Score.of("-0.005"), Score.of("0"),
                Score.of("0.004"), Score.of("0.005"), Score.of("33.335"), Score.of("100")));
        List<String> below = r.nodes().filter(n -> n.isScored() && n.score().isPresent() && !tools.contains(n.id()))
                .map(ResultNode::id).toList();
        for (String id : below) {
            Optional<Score> change = raising.partChange(id);
            if (change.isPresent()) {
                assertThat(raising.gain(id, change.get())).as(where + ", " + id).isEqualTo(raising.gain(id));
                changes.add(change.get());
            } else {
                assertThat(raising.gain(id).signum()).as(where + ", " + id).isZero();
            }
        }
        for (String tool : tools) {
            assertThat(raising.partChange(tool)).as(where + ", " + tool).isEmpty();
        }
        changes.sort(null);
        for (String id : below) {
            if (raising.partChange(id).isEmpty()) {
                continue;
            }
            Score last = null;
            for (Score c : changes) {
                Score g = raising.gain(id, c);
                assertThat(last == null || g.compareTo(last) >= 0).as("%s, %s: %s after %s", where, id, g, last).isTrue();
                last = g;
            }
        }
    }
}

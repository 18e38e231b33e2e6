package io.github.ita.analysis;

import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.Score;
import io.github.ita.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The planner as it first was, kept as the reference of {@link Planner}: at each step every
 * candidate still open is tried by a whole {@link Scorer#whatIf} of the result, and the first of the
 * biggest totals wins. Quadratic and more, so only for small editions.
 */
final class ReferencePlanner {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReferencePlanner() {
    }

    /**
     * @param scorer  the scorer
     * @param result  the result to improve
     * @param target  what to reach
     * @param allowed which candidates may be raised
     * @return the plan, by trying every candidate at every step
     */
    static Plan plan(Scorer scorer, Result result, Target target, Predicate<ResultNode> allowed) {
        Score from = result.total().orElseThrow();
        List<ResultNode> candidates = new ArrayList<>(Planner.candidates(result).stream().filter(allowed).toList());
        Map<String, BigDecimal> raised = new LinkedHashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        Result current = result;
        while (current.total().get().shown().compareTo(target.score()) < 0 && !candidates.isEmpty()) {
            ResultNode best = null;
            Result bestResult = null;
            Score bestTotal = null;
            Map<String, BigDecimal> trial = new HashMap<>(raised);
            for (ResultNode c : candidates) {
                trial.put(c.id(), HUNDRED);
                Result r = scorer.whatIf(result, trial);
                trial.remove(c.id());
                Score total = r.total().orElseThrow();
                if (bestTotal == null || total.compareTo(bestTotal) > 0) {
                    best = c;
                    bestResult = r;
                    bestTotal = total;
                }
            }
            raised.put(best.id(), HUNDRED);
            candidates.remove(best);
            Score before = current.total().get();
            steps.add(new Plan.Step(best.id(), best.level(), best.score().get(), Score.of(HUNDRED),
                    bestTotal.minus(before), bestTotal));
            current = bestResult;
        }
        boolean reachable = current.total().get().shown().compareTo(target.score()) >= 0;
        return new Plan(target, from, reachable, steps, current);
    }
}

package io.github.ita.analysis;

import io.github.ita.Location;
import io.github.ita.MissingAnswerException;
import io.github.ita.scoring.Level;
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
import java.util.Objects;

/**
 * Plans the way to a target: at each step it raises to 100 the question, OIT item or (for an
 * audited sheet) given node that adds the most to the total, recomputing the result by the
 * edition's rules ({@link Scorer#whatIf}), until the shown total reaches the target. Under the
 * default exact policy the total is a weighted sum of these inputs, so taking the biggest gains
 * first gives the shortest plan (tests check it against every shorter plan).
 *
 * <pre>{@code
 * Plan p = Planner.of(scorer).plan(result, Target.parse("85", edition));
 * p.reachable();  p.steps();   // e.g. [7 → 100: +3.32, total 86.99]
 * }</pre>
 */
public final class Planner {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Scorer scorer;

    private Planner(Scorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /**
     * @param scorer the scorer of the results to plan for (its edition and policies)
     * @return a planner
     */
    public static Planner of(Scorer scorer) {
        return new Planner(scorer);
    }

    /**
     * The inputs of a result that a plan can raise: scored questions and OIT items under 100 and,
     * in an audited sheet, the given nodes under 100 — each worth something in the total.
     *
     * @param result a result
     * @return the candidates, in edition order
     */
    public static List<ResultNode> candidates(Result result) {
        List<ResultNode> out = new ArrayList<>();
        result.nodes().forEach(n -> {
            boolean input = n.isGiven() || n.level() == Level.QUESTION;
            if (input && n.isScored() && n.score().isPresent() && n.score().get().compareTo(Score.of(HUNDRED)) < 0
                    && n.weight().compareTo(io.github.ita.scoring.Weight.ZERO) > 0) {
                out.add(n);
            }
        });
        return out;
    }

    /**
     * @param result the result to improve
     * @param target what to reach
     * @return the plan
     * @throws MissingAnswerException when the result has no total (a tool has no data)
     */
    public Plan plan(Result result, Target target) {
        return plan(result, target, n -> true);
    }

    /**
     * Plans with only some inputs allowed to change: e.g. only OIT items, which an agency
     * publishes itself, as {@code n -> result.edition().toolOf(n.id()).map(t -> t.id().equals("OIT")).orElse(false)}.
     *
     * @param result  the result to improve
     * @param target  what to reach
     * @param allowed which candidates may be raised
     * @return the plan; not reachable when raising every allowed input falls short
     */
    public Plan plan(Result result, Target target, java.util.function.Predicate<ResultNode> allowed) {
        Score from = result.total().orElseThrow(() -> new MissingAnswerException(Location.NONE,
                "the result has no total (a tool has no data), so there is nothing to plan from"));
        List<ResultNode> candidates = new ArrayList<>(candidates(result).stream().filter(allowed).toList());
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

package io.github.ita.analysis;

import io.github.ita.Location;
import io.github.ita.MissingAnswerException;
import io.github.ita.scoring.Level;
import io.github.ita.scoring.Raising;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Score;
import io.github.ita.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans the way to a target: at each step it raises to 100 the question, OIT item or (for an
 * audited sheet) given node that adds the most to the total, recomputing the result by the
 * edition's rules ({@link Scorer#whatIf}, kept up to date step by step by {@link Scorer#raising}),
 * until the shown total reaches the target. Each step costs the depth of the tree for each gain that
 * the step changes, not a whole new result for each candidate. Under the
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
        List<ResultNode> candidates = candidates(result).stream().filter(allowed).toList();
        Raising raising = scorer.raising(result);
        Gains gains = new Gains(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            gains.set(i, raising.gain(candidates.get(i).id()));
        }
        Related related = new Related(result, candidates, scorer.options().rounding() == RoundingPolicy.EXACT);
        Map<String, BigDecimal> raised = new LinkedHashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        Score total = from;
        while (total.shown().compareTo(target.score()) < 0 && gains.best() >= 0) {
            int b = gains.best();
            ResultNode best = candidates.get(b);
            Score after = raising.raise(best.id());
            raised.put(best.id(), HUNDRED);
            gains.set(b, null);
            for (int i : related.of(b)) {
                if (gains.has(i)) {
                    gains.set(i, raising.gain(candidates.get(i).id()));
                }
            }
            steps.add(new Plan.Step(best.id(), best.level(), best.score().get(), Score.of(HUNDRED), after.minus(total), after));
            total = after;
        }
        Result after = raised.isEmpty() ? result : scorer.whatIf(result, raised);
        boolean reachable = total.shown().compareTo(target.score()) >= 0;
        return new Plan(target, from, reachable, steps, after);
    }

    /**
     * The gain of each candidate still open, with the biggest found in logarithmic time: a
     * tournament tree whose every node holds the better of its two halves, the earlier candidate
     * on a tie (so the first in edition order wins, as when the candidates are tried in turn).
     */
    private static final class Gains {

        private final Score[] gains;
        private final int leaves;
        private final int[] tree;

        Gains(int size) {
            gains = new Score[size];
            int l = 1;
            while (l < size) {
                l <<= 1;
            }
            leaves = l;
            tree = new int[2 * l];
            Arrays.fill(tree, -1);
        }

        boolean has(int i) {
            return gains[i] != null;
        }

        /** @return the open candidate of the biggest gain, the earliest on a tie; -1 when none is open */
        int best() {
            return tree[1];
        }

        /** Sets a candidate's gain, or closes it with null. */
        void set(int i, Score gain) {
            gains[i] = gain;
            int node = leaves + i;
            tree[node] = gain == null ? -1 : i;
            for (node >>= 1; node >= 1; node >>= 1) {
                tree[node] = better(tree[2 * node], tree[2 * node + 1]);
            }
        }

        /** The better of two candidates, the left (earlier) one on a tie. */
        private int better(int left, int right) {
            if (left < 0 || right < 0) {
                return left < 0 ? right : left;
            }
            return gains[right].compareTo(gains[left]) > 0 ? right : left;
        }
    }

    /**
     * Which candidates' gains a raise can change. Under exact arithmetic a gain is the candidate's
     * weight × (100 − its score), so only a candidate above or below the raised one changes (a
     * question and one of its sub-items both raised); under rounding at each level the means of
     * the tool move, so every candidate of the same tool.
     */
    private static final class Related {

        private final List<ResultNode> candidates;
        private final boolean exact;
        private final Map<ResultNode, Integer> index = new IdentityHashMap<>();
        private final Map<ResultNode, ResultNode> parent = new IdentityHashMap<>();
        private final Map<ResultNode, List<Integer>> byTool = new IdentityHashMap<>();
        private final Map<ResultNode, ResultNode> toolOf = new IdentityHashMap<>();

        Related(Result result, List<ResultNode> candidates, boolean exact) {
            this.candidates = candidates;
            this.exact = exact;
            for (int i = 0; i < candidates.size(); i++) {
                index.put(candidates.get(i), i);
            }
            for (ResultNode tool : result.tools()) {
                List<Integer> ofTool = new ArrayList<>();
                byTool.put(tool, ofTool);
                walk(tool, tool, ofTool);
            }
        }

        private void walk(ResultNode n, ResultNode tool, List<Integer> ofTool) {
            toolOf.put(n, tool);
            Integer i = index.get(n);
            if (i != null) {
                ofTool.add(i);
            }
            for (ResultNode c : n.children()) {
                parent.put(c, n);
                walk(c, tool, ofTool);
            }
        }

        /** @return the candidates whose gain may change when candidate {@code b} is raised, b itself among them */
        List<Integer> of(int b) {
            ResultNode raised = candidates.get(b);
            if (!exact) {
                return byTool.get(toolOf.get(raised));
            }
            List<Integer> out = new ArrayList<>();
            for (ResultNode a = parent.get(raised); a != null; a = parent.get(a)) {
                Integer i = index.get(a);
                if (i != null) {
                    out.add(i);
                }
            }
            raised.nodes().forEach(n -> {
                Integer i = index.get(n);
                if (i != null) {
                    out.add(i);
                }
            });
            return out;
        }
    }
}

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
import java.util.Optional;
import java.util.function.Predicate;

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
    public Plan plan(Result result, Target target, Predicate<ResultNode> allowed) {
        Score from = result.total().orElseThrow(() -> new MissingAnswerException(Location.NONE,
                "the result has no total (a tool has no data), so there is nothing to plan from"));
        List<ResultNode> candidates = candidates(result).stream().filter(allowed).toList();
        Raising raising = scorer.raising(result);
        boolean exact = scorer.options().rounding() == RoundingPolicy.EXACT;
        boolean weightsRise = scorer.edition().tools().stream().allMatch(t -> t.weight().signum() >= 0);
        Choice choice = exact || !weightsRise ? new Recomputed(result, candidates, raising, exact)
                : new ByTool(result, candidates, raising);
        Map<String, BigDecimal> raised = new LinkedHashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        Score total = from;
        int b;
        while (total.shown().compareTo(target.score()) < 0 && (b = choice.best()) >= 0) {
            ResultNode best = candidates.get(b);
            Score after = raising.raise(best.id());
            raised.put(best.id(), HUNDRED);
            choice.raised(b);
            steps.add(new Plan.Step(best.id(), best.level(), best.score().get(), Score.of(HUNDRED), after.minus(total), after));
            total = after;
        }
        Result after = raised.isEmpty() ? result : scorer.whatIf(result, raised);
        boolean reachable = total.shown().compareTo(target.score()) >= 0;
        return new Plan(target, from, reachable, steps, after);
    }

    /** The next candidate to raise: the open one of the biggest gain, the earliest on a tie. */
    private interface Choice {

        /** @return the open candidate of the biggest gain, the earliest on a tie; -1 when none is open */
        int best();

        /** Closes candidate {@code b}, just raised, and takes in the gains that its raise changed. */
        void raised(int b);
    }

    /** Every gain held, and those that a raise can change recomputed after it. */
    private static final class Recomputed implements Choice {

        private final List<ResultNode> candidates;
        private final Raising raising;
        private final Gains gains;
        private final Related related;

        Recomputed(Result result, List<ResultNode> candidates, Raising raising, boolean exact) {
            this.candidates = candidates;
            this.raising = raising;
            this.gains = new Gains(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                gains.set(i, raising.gain(candidates.get(i).id()));
            }
            this.related = new Related(result, candidates, exact);
        }

        @Override
        public int best() {
            return gains.best();
        }

        @Override
        public void raised(int b) {
            gains.set(b, null);
            for (int i : related.of(b)) {
                if (gains.has(i)) {
                    gains.set(i, raising.gain(candidates.get(i).id()));
                }
            }
        }
    }

    /**
     * The choice when rounding at each level makes a raise change the gain of every candidate of
     * its tool. A candidate below a tool gains f(δ): δ the change its raise would bring to the used
     * value of its part (the node right under the tool on its path: an indicator), f a function of
     * the tool's state ({@link Raising#gain(String, Score)}) that never falls as δ rises — the
     * tool's mean rises with δ, rounding half up keeps the order, and the tool's weight is not
     * negative. δ depends only on the nodes between the candidate and its tool, so a raise changes
     * the δ of the candidates of its own part alone (and, for a tool raised, makes every candidate
     * of the tool gain nothing). The candidates of a tool are held in edition order in a tree of
     * their biggest δ: the tool's biggest gain is f(biggest δ), and the earliest candidate giving it
     * is found by going down the tree to the left half whenever f of that half's biggest δ still
     * reaches it — a handful of exact evaluations instead of one per candidate. Tools themselves
     * given, and candidates that gain nothing whatever happens (a given node above them, or a node on
     * the way left out of its parent's mean), keep their gains in a {@link Gains} of their own.
     */
    private static final class ByTool implements Choice {

        private final List<ResultNode> candidates;
        private final Raising raising;
        /** The gains of the candidates not held by the tools' trees. */
        private final Gains direct;
        private final Gains[] tools;
        private final int[] toolOf;
        private final int[] position;
        private final boolean[] isTool;
        private final boolean[] open;
        /** The part of each candidate below a tool, an index of {@link #parts}. */
        private final int[] partOf;
        /** The candidates of each part; of each tool, the tool itself when a candidate, and those below it. */
        private final List<List<Integer>> parts = new ArrayList<>();
        private final List<List<Integer>> toolLevel = new ArrayList<>();
        private final List<List<Integer>> members = new ArrayList<>();
        private final Score[] toolBest;
        private final int[] toolBestIndex;
        private final boolean[] dirty;

        ByTool(Result result, List<ResultNode> candidates, Raising raising) {
            this.candidates = candidates;
            this.raising = raising;
            int n = candidates.size();
            this.direct = new Gains(n);
            this.toolOf = new int[n];
            this.position = new int[n];
            this.isTool = new boolean[n];
            this.open = new boolean[n];
            this.partOf = new int[n];
            Arrays.fill(toolOf, -1);
            Map<ResultNode, Integer> index = new IdentityHashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(candidates.get(i), i);
            }
            List<ResultNode> toolNodes = result.tools();
            int tc = toolNodes.size();
            tools = new Gains[tc];
            toolBest = new Score[tc];
            toolBestIndex = new int[tc];
            dirty = new boolean[tc];
            for (int t = 0; t < tc; t++) {
                final int toolIndex = t;
                ResultNode tool = toolNodes.get(t);
                List<Integer> below = new ArrayList<>();
                List<Integer> itself = new ArrayList<>();
                Integer ti = index.get(tool);
                if (ti != null && toolOf[ti] < 0) {
                    toolOf[ti] = t;
                    isTool[ti] = true;
                    partOf[ti] = -1;
                    itself.add(ti);
                }
                for (ResultNode part : tool.children()) {
                    List<Integer> ofPart = new ArrayList<>();
                    int p = parts.size();
                    parts.add(ofPart);
                    part.nodes().forEach(m -> {
                        Integer i = index.get(m);
                        if (i != null && toolOf[i] < 0) {
                            toolOf[i] = toolIndex;
                            partOf[i] = p;
                            ofPart.add(i);
                            below.add(i);
                        }
                    });
                }
                below.sort(null);
                for (int k = 0; k < below.size(); k++) {
                    position[below.get(k)] = k;
                }
                members.add(below);
                toolLevel.add(itself);
                tools[t] = new Gains(below.size());
                dirty[t] = true;
            }
            for (int i = 0; i < n; i++) {
                if (toolOf[i] < 0) {
                    throw new IllegalStateException("candidate " + candidates.get(i).id() + " is under no tool");
                }
                open[i] = true;
                update(i);
            }
        }

        /** Puts a candidate's gain, or δ, where it belongs now, or takes it out when closed. */
        private void update(int i) {
            int t = toolOf[i];
            Gains tree = tools[t];
            if (!open[i]) {
                direct.set(i, null);
                if (!isTool[i]) {
                    tree.set(position[i], null);
                }
                return;
            }
            String id = candidates.get(i).id();
            Optional<Score> change = isTool[i] ? Optional.empty() : raising.partChange(id);
            if (change.isPresent()) {
                direct.set(i, null);
                tree.set(position[i], change.get());
            } else {
                direct.set(i, raising.gain(id));
                if (!isTool[i]) {
                    tree.set(position[i], null);
                }
            }
            dirty[t] = true;
        }

        @Override
        public int best() {
            int best = direct.best();
            Score gain = best < 0 ? null : direct.gain(best);
            for (int t = 0; t < tools.length; t++) {
                if (dirty[t]) {
                    bestOf(t);
                }
                int i = toolBestIndex[t];
                if (i < 0) {
                    continue;
                }
                int c = best < 0 ? 1 : toolBest[t].compareTo(gain);
                if (c > 0 || (c == 0 && i < best)) {
                    best = i;
                    gain = toolBest[t];
                }
            }
            return best;
        }

        /** The biggest gain of a tool's tree, and the earliest candidate giving it. */
        private void bestOf(int t) {
            dirty[t] = false;
            Gains tree = tools[t];
            int top = tree.best();
            if (top < 0) {
                toolBestIndex[t] = -1;
                toolBest[t] = null;
                return;
            }
            List<Integer> of = members.get(t);
            String id = candidates.get(of.get(top)).id();
            Score g = raising.gain(id, tree.gain(top));
            int pos = tree.earliest(c -> raising.gain(id, c).compareTo(g) >= 0);
            toolBest[t] = g;
            toolBestIndex[t] = of.get(pos);
        }

        @Override
        public void raised(int b) {
            open[b] = false;
            int t = toolOf[b];
            update(b);
            for (int i : isTool[b] ? members.get(t) : parts.get(partOf[b])) {
                if (open[i]) {
                    update(i);
                }
            }
            for (int i : toolLevel.get(t)) {
                if (open[i]) {
                    update(i);
                }
            }
            dirty[t] = true;
        }
    }

    /**
     * A score for each place still open (a candidate's gain, or under rounding at each level its
     * δ), with the biggest found in logarithmic time: a tournament tree whose every node holds the
     * better of its two halves, the earlier place on a tie (so the first in edition order wins, as
     * when the candidates are tried in turn).
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

        Score gain(int i) {
            return gains[i];
        }

        /** @return the open candidate of the biggest gain, the earliest on a tie; -1 when none is open */
        int best() {
            return tree[1];
        }

        /** Sets a candidate's gain, or closes it with null. */
        void set(int i, Score gain) {
            if (gains[i] == null && gain == null) {
                return;
            }
            gains[i] = gain;
            int node = leaves + i;
            tree[node] = gain == null ? -1 : i;
            for (node >>= 1; node >= 1; node >>= 1) {
                tree[node] = better(tree[2 * node], tree[2 * node + 1]);
            }
        }

        /**
         * @param reaches a test of a score that, once true, stays true for every bigger score, true of the biggest
         * @return the earliest open place whose score passes the test
         */
        int earliest(Predicate<Score> reaches) {
            int node = 1;
            while (node < leaves) {
                int l = tree[2 * node];
                node = l >= 0 && reaches.test(gains[l]) ? 2 * node : 2 * node + 1;
            }
            return node - leaves;
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

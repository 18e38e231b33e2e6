package io.github.ita.scoring;

import io.github.ita.ConflictingScoresException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.Location;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Indicator;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubIndicator;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.response.Agency;
import io.github.ita.response.OitAnswer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the result tree of one scorer's edition: draft trees shaped like the edition, filled from
 * a tally's counts, an OIT checklist, a sheet of published numbers or an earlier result, rolled up
 * by the {@link Method}, then frozen into {@link ResultNode}s with their weights. The numbers are
 * the method's; this class only carries them. Thread-safe once made.
 */
final class ResultTree {

    private final Edition edition;
    private final Method method;
    /** The few distinct weights of an edition's nodes, shared by every result. */
    private final Map<Rational, Weight> weights = new ConcurrentHashMap<>();
    /** Node id → its weight in the total when every part enters (computed once, read by every result). */
    private final Map<String, Rational> structuralWeights = new HashMap<>();
    private final Map<String, Weight> weightObjects = new HashMap<>();
    /** Each checklist tool's items in edition order, listed once rather than for every agency. */
    private final Map<String, List<Question>> checklistItems = new HashMap<>();
    /**
     * Each thread's draft trees of the edition's tools, by the tool's index: cleared and filled again
     * for every agency this thread scores from answers, rather than built anew (a national batch
     * would build a million drafts). A tree is free again once {@link #result} has frozen it: no
     * result holds a draft.
     */
    private final ThreadLocal<Skeleton[]> skeletons;

    /** A tool's draft tree and its question (or item) drafts in edition order. */
    private record Skeleton(ResultNode.Draft tool, List<ResultNode.Draft> questions) {
    }

    ResultTree(Edition edition, Method method) {
        this.edition = edition;
        this.method = method;
        List<Tool> tools = edition.tools();
        this.skeletons = ThreadLocal.withInitial(() -> new Skeleton[tools.size()]);
        for (int i = 0; i < tools.size(); i++) {
            Tool tool = tools.get(i);
            structuralWeights(structure(tool), method.toolShare(i));
            if (tool.kind() != ToolKind.SURVEY) {
                checklistItems.put(tool.id(), tool.questions());
            }
        }
    }

    // ---- the edition's shape -----------------------------------------------------------------

    /** @return a tool's draft tree, with no values */
    static ResultNode.Draft structure(Tool tool) {
        return structure(tool, new ArrayList<>());
    }

    /** Builds a tool's draft tree, collecting its question drafts in edition order (the layout's order). */
    private static ResultNode.Draft structure(Tool tool, List<ResultNode.Draft> questions) {
        ResultNode.Draft t = new ResultNode.Draft(Level.TOOL, tool.id(), tool.label());
        for (Indicator indicator : tool.indicators()) {
            ResultNode.Draft in = new ResultNode.Draft(Level.INDICATOR, indicator.id(), indicator.label());
            t.children.add(in);
            for (Question q : indicator.questions()) {
                ResultNode.Draft qd = question(q);
                in.children.add(qd);
                questions.add(qd);
            }
            for (SubIndicator sub : indicator.subIndicators()) {
                ResultNode.Draft s = new ResultNode.Draft(Level.SUB_INDICATOR, sub.id(), sub.label());
                in.children.add(s);
                for (Question q : sub.questions()) {
                    ResultNode.Draft qd = question(q);
                    s.children.add(qd);
                    questions.add(qd);
                }
            }
        }
        return t;
    }

    private static ResultNode.Draft question(Question q) {
        ResultNode.Draft d = new ResultNode.Draft(Level.QUESTION, q.id(), q.label());
        d.scored = q.isScored();
        for (SubItem item : q.items()) {
            ResultNode.Draft i = new ResultNode.Draft(Level.ITEM, item.id(), item.label());
            i.scored = q.isScored();
            d.children.add(i);
        }
        return d;
    }

    /** @return this thread's draft tree of a tool, with no values: made at its first agency, cleared at the next */
    private Skeleton skeleton(int toolIndex, Tool tool) {
        Skeleton[] mine = skeletons.get();
        Skeleton k = mine[toolIndex];
        if (k == null) {
            List<ResultNode.Draft> questions = new ArrayList<>();
            k = new Skeleton(structure(tool, questions), questions);
            mine[toolIndex] = k;
        } else {
            k.tool().clear();
        }
        return k;
    }

    /** Adds the ids of a draft tree's tools, indicators, sub-indicators and questions (not sub-items). */
    static void collectIds(ResultNode.Draft d, Set<String> ids) {
        if (d.level != Level.ITEM) {
            ids.add(d.id);
        }
        for (ResultNode.Draft c : d.children) {
            collectIds(c, ids);
        }
    }

    // ---- filling the drafts ------------------------------------------------------------------

    /**
     * A survey tool from its counts: each question or sub-item gets its distribution, respondents
     * and excluded answers, and its score from {@link Method#questionScore}. A tool nobody
     * answered stays without a score.
     */
    ResultNode.Draft surveyTool(int toolIndex, Tool tool, Tally.Counts counts) {
        Skeleton k = skeleton(toolIndex, tool);
        ResultNode.Draft t = k.tool();
        t.respondents = counts == null ? 0 : counts.respondents;
        if (t.respondents == 0) {
            return t;
        }
        Layout.ToolLayout l = counts.layout;
        long scale = l.pointFactor != 0 ? l.pointFactor : BigInteger.TEN.pow(l.pointScale).longValueExact();
        long[] answered = new long[l.slots()];
        for (int s = 0; s < l.slots(); s++) {
            answered[s] = slot(tool, counts, k.questions(), s, scale);
        }
        spreads(t, counts, answered);
        return t;
    }

    /**
     * Fills the draft of one question or sub-item (a slot of the layout) from its counts. A method of its own,
     * compiled once, so that the loop over the slots, compiled on stack and again whole, stays small; likewise
     * the sum of a slot's counters (see docs/engine-notes.md).
     *
     * @return the slot's respondents
     */
    private static long slot(Tool tool, Tally.Counts counts, List<ResultNode.Draft> questionDrafts, int s, long scale) {
        Layout.ToolLayout l = counts.layout;
        int qi = l.slotQuestion[s];
        Question q = l.questions.get(qi);
        ResultNode.Draft qd = questionDrafts.get(qi);
        ResultNode.Draft d = q.items().isEmpty() ? qd : qd.children.get(s - l.questionFirstSlot[qi]);
        long n = sum(counts.counters, l.slotOffset[s], l.slotOptions[s]);
        d.distribution = new Distribution(l.slotCodes[s], counts.counters, l.slotOffset[s], q.isScored() ? l.points : null, scale);
        d.respondents = n;
        d.excluded = counts.excludedSlot[s];
        if (q.isScored()) {
            d.value = Method.questionScore(tool.id(), l.slotId[s], counts.counters, l.points,
                    l.slotOffset[s], l.slotOptions[s], scale);
        }
        if (!q.items().isEmpty()) {
            qd.respondents = counts.answeredQuestion[qi];
        }
        return n;
    }

    /** @return the sum of {@code n} counters from {@code from} */
    private static long sum(long[] counters, int from, int n) {
        long sum = 0;
        for (int i = from; i < from + n; i++) {
            sum += counters[i];
        }
        return sum;
    }

    /**
     * The spread of each tool, indicator, sub-indicator and question with sub-items, from the
     * respondents' own roll-ups the tally summed ({@link Method#spread}). The layout's groups are
     * the scored inner nodes in the order of a depth-first walk, the walk made here.
     */
    private static void spreads(ResultNode.Draft t, Tally.Counts counts, long[] answered) {
        long[] sums;
        try {
            sums = counts.completeSums();
        } catch (ArithmeticException beyondLongs) {
            return;   // billions of respondents: the spreads are not measured
        }
        spreads(t, counts, answered, sums, new int[1]);
    }

    private static void spreads(ResultNode.Draft d, Tally.Counts counts, long[] answered, long[] sums, int[] next) {
        if (d.children.isEmpty() || !d.scored) {
            return;
        }
        Layout.ToolLayout l = counts.layout;
        int g = next[0]++;
        if (l.groupUnit[g] != 0) {
            long fewest = Long.MAX_VALUE;
            for (int s : l.groupSlots[g]) {
                fewest = Math.min(fewest, answered[s]);
            }
            d.spread = Method.spread(fewest, counts.complete(g), sums[g], counts.squaresHigh(g), counts.squaresLow[g],
                    l.groupUnit[g]);
        }
        for (ResultNode.Draft c : d.children) {
            spreads(c, counts, answered, sums, next);
        }
    }

    /**
     * A checklist tool from an agency's answers, each item scored by {@link Method#checklistItem}
     * and keeping its evidence URL and note. A checklist tool none of whose items is given has no data.
     */
    ResultNode.Draft checklistTool(int toolIndex, Tool tool, Map<String, OitAnswer> oit) {
        Skeleton k = skeleton(toolIndex, tool);
        List<ResultNode.Draft> itemDrafts = k.questions();
        ResultNode.Draft t = k.tool();
        List<Question> items = checklistItems.get(tool.id());
        if (!givesAny(items, oit)) {
            return t;
        }
        for (int i = 0; i < items.size(); i++) {
            Question q = items.get(i);
            ResultNode.Draft d = itemDrafts.get(i);
            OitAnswer a = oit.get(q.id());
            method.checklistItem(tool, q, a, d);
            if (a != null) {
                d.url = a.url();
                d.note = a.note();
            }
        }
        return t;
    }

    /** @return whether the checklist gives any of the items (a loop, not a stream: no pipeline of objects for every agency) */
    private static boolean givesAny(List<Question> items, Map<String, OitAnswer> oit) {
        for (int i = 0; i < items.size(); i++) {
            if (oit.containsKey(items.get(i).id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the numbers a sheet gives on a draft tree, marked as given.
     *
     * @throws InvalidAnswerException     when a number is given for an informational question
     * @throws ConflictingScoresException when a node and one of its descendants are both given
     */
    static void give(ResultNode.Draft d, Map<String, BigDecimal> scores, ResultNode.Draft givenAncestor) {
        BigDecimal v = scores.get(d.id);
        if (v != null && d.level != Level.ITEM) {
            if (!d.scored) {
                throw new InvalidAnswerException(Location.question(d.id), d.id + " is informational and carries no score",
                        v.toString(), List.of());
            }
            if (givenAncestor != null) {
                throw new ConflictingScoresException(Location.question(d.id), "the sheet gives both " + givenAncestor.id
                        + " and " + d.id + ", which is part of it; give one or the other", givenAncestor.id, d.id);
            }
            d.value = Rational.of(v);
            d.given = true;
            givenAncestor = d;
        }
        for (ResultNode.Draft c : d.children) {
            give(c, scores, givenAncestor);
        }
    }

    /** A result node back as a draft: inputs keep their values, derived nodes are to be rolled up again. */
    static ResultNode.Draft draft(ResultNode n, Map<String, Rational> overrides) {
        ResultNode.Draft d = new ResultNode.Draft(n.level(), n.id(), n.label());
        d.scored = n.isScored();
        d.respondents = n.respondents().orElse(-1);
        d.distribution = n.distribution().isEmpty() ? null : new LinkedHashMap<>(n.distribution());
        d.published = n.published().orElse(null);
        d.url = n.url().orElse(null);
        d.note = n.note().orElse(null);
        d.missingComponents = n.missingComponents().isEmpty() ? null : n.missingComponents();
        for (ResultNode c : n.children()) {
            d.children.add(draft(c, overrides));
        }
        boolean leaf = n.children().isEmpty();
        if (leaf) {
            d.excluded = n.excluded();
            d.left = n.score().isEmpty() && n.excluded() > 0;
        }
        Rational override = overrides.get(n.id());
        if (override != null) {
            d.value = override;
            d.given = true;
        } else if (n.isGiven() || leaf) {
            d.value = n.score().map(Score::fraction).orElse(null);
            d.given = n.isGiven();
        }
        return d;
    }

    // ---- freezing ----------------------------------------------------------------------------

    /** Freezes rolled-up tools into a result, with the method's total. */
    Result result(Agency agency, ScoringOptions options, List<ResultNode.Draft> tools) {
        List<ResultNode> nodes = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            ResultNode.Draft t = tools.get(i);
            nodes.add(freeze(t, method.toolShare(i), true, new ResultNode.Sampling(options.level(), Method.population(agency, t.id, t.respondents), null)));
        }
        Score total = method.total(tools);
        return new Result(edition, agency, options, nodes, total, total == null ? null : method.totalUncertainty(total, nodes));
    }

    /**
     * Freezes a draft, handing its weight down to the children that enter its mean
     * ({@link Method#partWeight}). While no number above was given and no answer left out, the
     * weights are the edition's own, computed once per scorer ({@code structural}); otherwise
     * they are divided out here.
     */
    private ResultNode freeze(ResultNode.Draft d, Rational weight, boolean structural, ResultNode.Sampling sampling) {
        int entering = 0;
        boolean anyLeft = false;
        if (!d.given) {
            for (int i = 0; i < d.children.size(); i++) {
                ResultNode.Draft c = d.children.get(i);
                if (c.scored && !c.left) {
                    entering++;
                }
                anyLeft |= c.left;
            }
        }
        boolean childrenStructural = structural && !d.given && !anyLeft;
        ResultNode[] children = new ResultNode[d.children.size()];
        for (int i = 0; i < children.length; i++) {
            ResultNode.Draft c = d.children.get(i);
            boolean enters = !d.given && c.scored && !c.left;
            Rational w = !enters ? Rational.ZERO
                    : childrenStructural ? structuralWeights.get(c.id) : Method.partWeight(weight, entering);
            children[i] = freeze(c, w, childrenStructural && enters, sampling);
        }
        Weight w = !d.scored ? Weight.ZERO
                : structural ? weightObjects.get(d.id) : weights.computeIfAbsent(weight, Weight::of);
        return new ResultNode(d, w, edition.passMark(), sampling, children);
    }

    /** The weight in the total of every node when every part enters its parent's mean. */
    private void structuralWeights(ResultNode.Draft d, Rational weight) {
        structuralWeights.put(d.id, weight);
        weightObjects.put(d.id, d.scored ? weights.computeIfAbsent(weight, Weight::of) : Weight.ZERO);
        long entering = d.children.stream().filter(c -> c.scored).count();
        for (ResultNode.Draft c : d.children) {
            structuralWeights(c, c.scored ? Method.partWeight(weight, entering) : Rational.ZERO);
        }
    }
}

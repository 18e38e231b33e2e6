package io.github.ita.scoring;

import io.github.ita.ConflictingScoresException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.Location;
import io.github.ita.MissingAnswerException;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Component;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Indicator;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubIndicator;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.internal.Numbers;
import io.github.ita.internal.Text;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.response.ScoreSheet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores agencies in one edition, exactly as docs/method.md §3 rolls them up: a question is the
 * mean over respondents (an OIT item is 100 or 0), a sub-indicator the mean of its items, an
 * indicator the mean of its questions or sub-indicators, a tool the mean of its indicators, and the
 * total the weighted sum of the tools (30/30/40). Every mean is unweighted. Thread-safe.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(Editions.bundled("ita-2565"));
 * Result fromAnswers = scorer.score(responses);    // raw IIT/EIT answers and the OIT checklist
 * Result audited = scorer.audit(sheet);            // published numbers at any level
 * }</pre>
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Edition edition;
    private final ScoringOptions options;
    private final Layout layout;
    /** The few distinct weights of an edition's nodes, shared by every result. */
    private final Map<Rational, Weight> weights = new java.util.concurrent.ConcurrentHashMap<>();
    /** Node id → its weight in the total when every part enters (computed once, read by every result). */
    private final Map<String, Rational> structuralWeights = new HashMap<>();
    private final Map<String, Weight> weightObjects = new HashMap<>();
    /** Each checklist tool's items in edition order, listed once rather than for every agency. */
    private final Map<String, List<Question>> checklistItems = new HashMap<>();

    private Scorer(Edition edition, ScoringOptions options) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.options = Objects.requireNonNull(options, "options");
        this.layout = new Layout(edition);
        for (Tool tool : edition.tools()) {
            structuralWeights(structure(tool), Rational.of(tool.weight()).divide(100));
            if (tool.kind() != ToolKind.SURVEY) {
                checklistItems.put(tool.id(), tool.questions());
            }
        }
    }

    /**
     * @param edition the edition
     * @return a scorer with the default options (exact, missing answers are an error)
     */
    public static Scorer of(Edition edition) {
        return new Scorer(edition, ScoringOptions.DEFAULT);
    }

    /**
     * @param edition the edition
     * @param options the rounding and missing-answer policies
     * @return a scorer
     */
    public static Scorer of(Edition edition, ScoringOptions options) {
        return new Scorer(edition, options);
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the options */
    public ScoringOptions options() {
        return options;
    }

    /**
     * Binds a header of answer columns to a survey tool, for counting rows with
     * {@link Tally#add(Columns, String, String[])}.
     *
     * @param toolId a survey tool id, e.g. {@code IIT}
     * @param ids    the question and sub-item ids of the columns, in order
     * @return the bound columns
     * @throws UnknownIdException                     when the tool is not a survey tool or an id is not one of its questions or sub-items
     * @throws io.github.ita.DuplicateIdException     when an id repeats
     * @throws InvalidAnswerException                 when a question with sub-items is given as a whole
     */
    public Columns columns(String toolId, List<String> ids) {
        Layout.ToolLayout l = layout.tools.get(toolId);
        if (l == null) {
            throw new UnknownIdException(Location.question(toolId), "edition " + edition.id()
                    + " has no survey tool " + toolId + " (survey tools: " + String.join(", ", layout.tools.keySet()) + ")");
        }
        return new Columns(l, ids);
    }

    /** @return an empty tally of this scorer's edition and missing-answer policy */
    public Tally newTally() {
        return new Tally(layout, options.missingAnswers());
    }

    /**
     * Scores one agency from its respondents' answers and its OIT checklist.
     *
     * @param responses the answers
     * @return the result
     * @throws io.github.ita.ItaException for any bad answer (see {@link Tally#add} and {@link #score(Agency, Tally, Map)})
     */
    public Result score(AgencyResponses responses) {
        checkEdition(responses.editionId().orElse(null));
        Tally tally = newTally();
        for (Map.Entry<String, List<Respondent>> e : responses.respondentsByTool().entrySet()) {
            tally.addAll(e.getKey(), e.getValue());
        }
        return score(responses.agency(), tally, responses.oit());
    }

    /**
     * Scores one agency from a tally of its survey answers and its OIT checklist.
     *
     * @param agency the agency
     * @param tally  the survey answers, counted
     * @param oit    item id → answer; a checklist tool none of whose items is given is absent
     * @return the result
     * @throws UnknownIdException     when an OIT item or component is not the edition's
     * @throws MissingAnswerException when an OIT item is missing (policy ERROR), or nobody answered a question
     */
    public Result score(Agency agency, Tally tally, Map<String, OitAnswer> oit) {
        Objects.requireNonNull(agency, "agency");
        if (tally.layout.edition != edition || tally.policy != options.missingAnswers()) {
            throw new IllegalArgumentException("the tally was made by a scorer of another edition or policy");
        }
        checkChecklistIds(oit);
        List<ResultNode.Draft> tools = new ArrayList<>();
        for (Tool tool : edition.tools()) {
            ResultNode.Draft t = tool.kind() == ToolKind.SURVEY
                    ? surveyTool(tool, tally.counts(layout.tools.get(tool.id())))
                    : checklistTool(tool, oit);
            combine(t);
            tools.add(t);
        }
        return result(agency, tools);
    }

    /**
     * Recomputes a result from published numbers. Each node takes the given number or else the
     * mean of its children; a tool with no number at all is absent.
     *
     * @param sheet the published numbers
     * @return the result
     * @throws UnknownIdException         when an id is not a tool, indicator, sub-indicator or question of the edition
     * @throws InvalidAnswerException     when a number is outside 0–100, has more than 100 decimals, or is given for an
     *                                    informational question
     * @throws ConflictingScoresException when a node and one of its descendants are both given
     * @throws MissingAnswerException     when part of a tool is given and another part has no number
     */
    public Result audit(ScoreSheet sheet) {
        checkEdition(sheet.editionId());
        Map<String, BigDecimal> scores = sheet.scores();
        Set<String> known = new HashSet<>();
        List<ResultNode.Draft> tools = new ArrayList<>();
        for (Tool tool : edition.tools()) {
            tools.add(structure(tool));
        }
        for (ResultNode.Draft t : tools) {
            collectIds(t, known);
        }
        for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
            String id = e.getKey();
            if (!known.contains(id)) {
                if (edition.questionOfItem(id).isPresent()) {
                    throw new UnknownIdException(Location.question(id), id + " is a sub-item; give the score of its question "
                            + edition.questionOfItem(id).get().id());
                }
                throw new UnknownIdException(Location.question(id), "edition " + edition.id()
                        + " has no tool, indicator, sub-indicator or question " + Text.clip(id));
            }
            checkScore(id, e.getValue());
        }
        for (ResultNode.Draft t : tools) {
            give(t, scores, null);
            combine(t);
        }
        return result(sheet.agency(), tools);
    }

    /**
     * What if: the result again with some nodes' scores replaced — an OIT item published (100), a
     * question raised, an indicator as it might be next year — and everything above them
     * recomputed by the same rules. The replaced nodes are marked as given. To change raw answers,
     * score the changed answers instead.
     *
     * <pre>{@code
     * Result better = scorer.whatIf(result, Map.of("o24", new BigDecimal("100"), "i20", new BigDecimal("85")));
     * }</pre>
     *
     * @param base   a result of this scorer's edition
     * @param scores node id → its new score (0–100): tools, indicators, sub-indicators, questions, items
     * @return the new result
     * @throws UnknownIdException     when an id is not a node of the result
     * @throws InvalidAnswerException when a score is outside 0–100, has more than 100 decimals, or names an informational question
     */
    public Result whatIf(Result base, Map<String, BigDecimal> scores) {
        if (base.edition() != edition) {
            throw new IllegalArgumentException("the result is of edition " + base.edition().id() + ", not " + edition.id());
        }
        Map<String, Rational> overrides = new HashMap<>();
        for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
            ResultNode n = base.find(e.getKey()).orElseThrow(() -> new UnknownIdException(Location.question(e.getKey()),
                    "edition " + edition.id() + " has no node " + Text.clip(e.getKey())));
            if (!n.isScored()) {
                throw new InvalidAnswerException(Location.question(n.id()), n.id() + " is informational and carries no score");
            }
            BigDecimal v = e.getValue();
            checkScore(n.id(), v);
            overrides.put(n.id(), Rational.of(v));
        }
        List<ResultNode.Draft> tools = new ArrayList<>();
        for (ResultNode t : base.tools()) {
            ResultNode.Draft d = draft(t, overrides);
            combine(d);
            tools.add(d);
        }
        return result(base.agency(), tools);
    }

    /**
     * A given score is from 0 to 100 with at most {@value Numbers#DIGITS} decimals, checked before any
     * arithmetic: {@code 1e-999999999} is within the range but would take gigabytes as a fraction.
     */
    private static void checkScore(String id, BigDecimal v) {
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw new InvalidAnswerException(Location.question(id), "score " + Numbers.show(v) + " of " + Text.clip(id)
                    + " is outside 0–100");
        }
        if (!Numbers.bounded(v)) {
            throw new InvalidAnswerException(Location.question(id), "score " + Numbers.show(v) + " of " + Text.clip(id)
                    + " has more than " + Numbers.DIGITS + " decimals");
        }
    }

    /**
     * An incremental what-if of a result: inputs raised to 100 one at a time, each raise giving
     * the total that {@link #whatIf} would give for all the inputs raised so far, at the cost of
     * the means above the raised node only. What a plan of many steps is made with.
     *
     * @param base a result of this scorer's edition
     * @return the what-if, nothing raised yet
     */
    public Raising raising(Result base) {
        if (base.edition() != edition) {
            throw new IllegalArgumentException("the result is of edition " + base.edition().id() + ", not " + edition.id());
        }
        List<ResultNode.Draft> tools = new ArrayList<>();
        List<Rational> toolWeights = new ArrayList<>();
        for (int i = 0; i < base.tools().size(); i++) {
            ResultNode.Draft d = draft(base.tools().get(i), Map.of());
            combine(d);
            tools.add(d);
            toolWeights.add(Rational.of(edition.tools().get(i).weight()).divide(100));
        }
        return new Raising(options.rounding(), tools, toolWeights);
    }

    /** A result node back as a draft: inputs keep their values, derived nodes are recomputed. */
    private static ResultNode.Draft draft(ResultNode n, Map<String, Rational> overrides) {
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

    private void checkEdition(String editionId) {
        if (editionId != null && !editionId.equals(edition.id())) {
            throw new UnknownIdException(Location.NONE, "the input is for edition " + Text.clip(editionId)
                    + " but is scored with edition " + edition.id());
        }
    }

    private void checkChecklistIds(Map<String, OitAnswer> oit) {
        for (Map.Entry<String, OitAnswer> e : oit.entrySet()) {
            String id = e.getKey();
            Question q = edition.findQuestion(id).orElse(null);
            if (q == null || !q.isChecklistItem()) {
                throw new UnknownIdException(Location.question(id), q == null
                        ? "edition " + edition.id() + " has no OIT item " + Text.clip(id)
                        : id + " is a survey question, not a checklist item");
            }
            List<String> present = e.getValue().components();
            if (present != null) {
                Set<String> allowed = new HashSet<>();
                q.components().forEach(c -> allowed.add(c.id()));
                for (String c : present) {
                    if (!allowed.contains(c)) {
                        throw new UnknownIdException(Location.question(id), "item " + id + " has no component "
                                + Text.clip(c) + (allowed.isEmpty() ? " (it has none)"
                                : " (it has " + String.join(", ", q.components().stream().map(Component::id).toList()) + ")"));
                    }
                }
            }
        }
    }

    // ---- building the tree -------------------------------------------------------------------

    private static ResultNode.Draft structure(Tool tool) {
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

    private static void collectIds(ResultNode.Draft d, Set<String> ids) {
        if (d.level != Level.ITEM) {
            ids.add(d.id);
        }
        for (ResultNode.Draft c : d.children) {
            collectIds(c, ids);
        }
    }

    private void give(ResultNode.Draft d, Map<String, BigDecimal> scores, ResultNode.Draft givenAncestor) {
        BigDecimal v = scores.get(d.id);
        if (v != null && d.level != Level.ITEM) {
            if (!d.scored) {
                throw new InvalidAnswerException(Location.question(d.id), d.id + " is informational and carries no score");
            }
            if (givenAncestor != null) {
                throw new ConflictingScoresException(Location.question(d.id), "the sheet gives both " + givenAncestor.id
                        + " and " + d.id + ", which is part of it; give one or the other");
            }
            d.value = Rational.of(v);
            d.given = true;
            givenAncestor = d;
        }
        for (ResultNode.Draft c : d.children) {
            give(c, scores, givenAncestor);
        }
    }

    private ResultNode.Draft surveyTool(Tool tool, Tally.Counts counts) {
        List<ResultNode.Draft> questionDrafts = new ArrayList<>();
        ResultNode.Draft t = structure(tool, questionDrafts);
        t.respondents = counts == null ? 0 : counts.respondents;
        if (t.respondents == 0) {
            return t;
        }
        Layout.ToolLayout l = counts.layout;
        long scaleFactor = BigInteger.TEN.pow(l.pointScale).longValueExact();
        for (int s = 0; s < l.slots(); s++) {
            int qi = l.slotQuestion[s];
            Question q = l.questions.get(qi);
            ResultNode.Draft qd = questionDrafts.get(qi);
            ResultNode.Draft d = q.items().isEmpty() ? qd : qd.children.get(s - l.questionFirstSlot[qi]);
            long n = 0;
            long sum = 0;
            for (int o = 0; o < l.slotOptions[s]; o++) {
                long count = counts.counters[l.slotOffset[s] + o];
                n += count;
                sum = Math.addExact(sum, Math.multiplyExact(count, l.points[l.slotOffset[s] + o]));
            }
            d.distribution = new Distribution(l.slotCodes[s], counts.counters, l.slotOffset[s]);
            d.respondents = n;
            d.excluded = counts.excludedSlot[s];
            if (q.isScored()) {
                if (n == 0) {
                    throw new MissingAnswerException(Location.question(l.slotId[s]), "no " + tool.id()
                            + " respondent answered " + l.slotId[s] + ", so it cannot be scored");
                }
                d.value = Rational.of(sum, Math.multiplyExact(n, scaleFactor));
            }
            if (!q.items().isEmpty()) {
                qd.respondents = counts.answeredQuestion[qi];
            }
        }
        return t;
    }

    private ResultNode.Draft checklistTool(Tool tool, Map<String, OitAnswer> oit) {
        List<ResultNode.Draft> itemDrafts = new ArrayList<>();
        ResultNode.Draft t = structure(tool, itemDrafts);
        List<Question> items = checklistItems.get(tool.id());
        if (items.stream().noneMatch(q -> oit.containsKey(q.id()))) {
            return t;
        }
        for (int i = 0; i < items.size(); i++) {
            Question q = items.get(i);
            ResultNode.Draft d = itemDrafts.get(i);
            OitAnswer a = oit.get(q.id());
            if (a == null) {
                if (options.missingAnswers() == MissingAnswers.ERROR) {
                    throw new MissingAnswerException(Location.question(q.id()), tool.id() + " item " + q.id()
                            + " is not in the checklist (give it as published or not)");
                }
                d.left = true;
                d.excluded = 1;
                continue;
            }
            boolean counts = a.published();
            if (a.components() != null) {
                List<String> missing = new ArrayList<>();
                for (Component c : q.components()) {
                    if (!a.components().contains(c.id())) {
                        missing.add(c.id());
                    }
                }
                d.missingComponents = missing;
                counts = counts && missing.isEmpty();
            }
            d.published = counts;
            d.url = a.url();
            d.note = a.note();
            d.value = counts ? Rational.HUNDRED : Rational.ZERO;
        }
        return t;
    }

    // ---- rolling up --------------------------------------------------------------------------

    private static Rational mean(List<Rational> values) {
        Rational sum = Rational.ZERO;
        for (Rational v : values) {
            sum = sum.add(v);
        }
        return sum.divide(values.size());
    }

    private Rational used(Rational v) {
        return options.rounding() == RoundingPolicy.EACH_LEVEL ? v.round2() : v;
    }

    /** Computes every node that was not given or scored from its children, bottom up. */
    private void combine(ResultNode.Draft d) {
        for (ResultNode.Draft c : d.children) {
            combine(c);
            d.excluded += c.excluded;
        }
        if (d.given || d.children.isEmpty() || !d.scored) {
            return;
        }
        List<Rational> values = new ArrayList<>();
        ResultNode.Draft missing = null;
        ResultNode.Draft present = null;
        boolean anyLeft = false;
        for (ResultNode.Draft c : d.children) {
            if (!c.scored) {
                continue;
            }
            if (c.left) {
                anyLeft = true;
                continue;
            }
            if (c.value == null) {
                missing = missing == null ? c : missing;
            } else {
                present = present == null ? c : present;
                values.add(used(c.value));
            }
        }
        if (values.isEmpty()) {
            if (anyLeft && missing == null) {
                throw new MissingAnswerException(Location.question(d.id), "nothing under " + d.id
                        + " can be scored: every part of it is missing");
            }
            return;
        }
        if (missing != null) {
            throw new MissingAnswerException(Location.question(missing.id), "no score for " + missing.id + " (part of "
                    + d.id + "), while " + present.id + " has one: give " + missing.id + " or a score for each part of it");
        }
        d.value = mean(values);
    }

    private Result result(Agency agency, List<ResultNode.Draft> tools) {
        List<ResultNode> nodes = new ArrayList<>();
        Rational total = Rational.ZERO;
        boolean complete = true;
        for (int i = 0; i < tools.size(); i++) {
            ResultNode.Draft t = tools.get(i);
            Rational weight = Rational.of(edition.tools().get(i).weight()).divide(100);
            nodes.add(freeze(t, weight, true));
            if (t.value == null) {
                complete = false;
            } else {
                total = total.add(weight.multiply(used(t.value)));
            }
        }
        return new Result(edition, agency, options, nodes, complete ? Score.of(total) : null);
    }

    /**
     * Freezes a draft, handing its weight down to the children that enter its mean. While no
     * number above was given and no answer left out, the weights are the edition's own, computed
     * once per scorer ({@code structural}); otherwise they are divided out here.
     */
    private ResultNode freeze(ResultNode.Draft d, Rational weight, boolean structural) {
        int entering = 0;
        boolean anyLeft = false;
        if (!d.given) {
            for (ResultNode.Draft c : d.children) {
                if (c.scored && !c.left) {
                    entering++;
                }
                anyLeft |= c.left;
            }
        }
        boolean childrenStructural = structural && !d.given && !anyLeft;
        List<ResultNode> children = new ArrayList<>(d.children.size());
        for (ResultNode.Draft c : d.children) {
            boolean enters = !d.given && c.scored && !c.left;
            Rational w = !enters ? Rational.ZERO : childrenStructural ? structuralWeights.get(c.id) : weight.divide(entering);
            children.add(freeze(c, w, childrenStructural && enters));
        }
        Weight w = !d.scored ? Weight.ZERO
                : structural ? weightObjects.get(d.id) : weights.computeIfAbsent(weight, Weight::of);
        return new ResultNode(d, w, edition.passMark(), children);
    }

    /** The weight in the total of every node when every part enters its parent's mean. */
    private void structuralWeights(ResultNode.Draft d, Rational weight) {
        structuralWeights.put(d.id, weight);
        weightObjects.put(d.id, d.scored ? weights.computeIfAbsent(weight, Weight::of) : Weight.ZERO);
        long entering = d.children.stream().filter(c -> c.scored).count();
        for (ResultNode.Draft c : d.children) {
            structuralWeights(c, c.scored ? weight.divide(entering) : Rational.ZERO);
        }
    }
}

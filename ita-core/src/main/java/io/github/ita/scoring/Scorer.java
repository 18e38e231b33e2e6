package io.github.ita.scoring;

import io.github.ita.ConflictingScoresException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.Location;
import io.github.ita.MissingAnswerException;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Component;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Question;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.internal.Components;
import io.github.ita.internal.Numbers;
import io.github.ita.internal.Text;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.response.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    /** How answers are counted: the engine. */
    private final Layout layout;
    /** How counts and given numbers become scores, the total, the rating: docs/method.md. */
    private final Method method;
    /** How the result tree is shaped and frozen. */
    private final ResultTree tree;
    /** The checklist items by id: what an agency's OIT answers are checked against. */
    private final Map<String, Question> checklistItems = new HashMap<>();

    private Scorer(Edition edition, ScoringOptions options) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.options = Objects.requireNonNull(options, "options");
        this.layout = new Layout(edition);
        this.method = new Method(edition, options);
        this.tree = new ResultTree(edition, method);
        for (Question q : edition.questions()) {
            if (q.isChecklistItem()) {
                checklistItems.put(q.id(), q);
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
                    + " has no survey tool " + toolId + " (survey tools: " + String.join(", ", layout.tools.keySet()) + ")", toolId);
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
        List<Tool> editionTools = edition.tools();
        for (int i = 0; i < editionTools.size(); i++) {
            Tool tool = editionTools.get(i);
            ResultNode.Draft t = tool.kind() == ToolKind.SURVEY
                    ? tree.surveyTool(i, tool, tally.counts(layout.tools.get(tool.id())))
                    : tree.checklistTool(i, tool, oit);
            method.rollUp(t);
            tools.add(t);
        }
        return tree.result(agency, options, tools);
    }

    /**
     * The numbers of {@link #score(Agency, Tally, Map)} above the questions: the total with its rating
     * and interval, each tool's and indicator's score. Equal to {@link Overview#of(Result)} of that
     * result, made without the result's tree where the policies are the default ones: a batch's table
     * and summaries need no more.
     *
     * @param agency the agency
     * @param tally  the survey answers, counted
     * @param oit    item id → answer; a checklist tool none of whose items is given is absent
     * @return the overview
     * @throws io.github.ita.ItaException as {@link #score(Agency, Tally, Map)} throws it
     */
    public Overview overview(Agency agency, Tally tally, Map<String, OitAnswer> oit) {
        Objects.requireNonNull(agency, "agency");
        if (tally.layout.edition != edition || tally.policy != options.missingAnswers()) {
            throw new IllegalArgumentException("the tally was made by a scorer of another edition or policy");
        }
        checkChecklistIds(oit);
        Overview o = Overview.fromCounts(edition, options, layout, method, agency, tally, oit);
        return o != null ? o : Overview.of(score(agency, tally, oit));
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
            tools.add(ResultTree.structure(tool));
        }
        for (ResultNode.Draft t : tools) {
            ResultTree.collectIds(t, known);
        }
        for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
            String id = e.getKey();
            if (!known.contains(id)) {
                if (edition.questionOfItem(id).isPresent()) {
                    throw new UnknownIdException(Location.question(id), id + " is a sub-item; give the score of its question "
                            + edition.questionOfItem(id).get().id(), id);
                }
                throw new UnknownIdException(Location.question(id), "edition " + edition.id()
                        + " has no tool, indicator, sub-indicator or question " + Text.clip(id), id);
            }
            checkScore(id, e.getValue());
        }
        for (ResultNode.Draft t : tools) {
            ResultTree.give(t, scores, null);
            method.rollUp(t);
        }
        return tree.result(sheet.agency(), options, tools);
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
                    "edition " + edition.id() + " has no node " + Text.clip(e.getKey()), e.getKey()));
            if (!n.isScored()) {
                throw new InvalidAnswerException(Location.question(n.id()), n.id() + " is informational and carries no score",
                        e.getValue().toString(), List.of());
            }
            BigDecimal v = e.getValue();
            checkScore(n.id(), v);
            overrides.put(n.id(), Rational.of(v));
        }
        List<ResultNode.Draft> tools = new ArrayList<>();
        for (ResultNode t : base.tools()) {
            ResultNode.Draft d = ResultTree.draft(t, overrides);
            method.rollUp(d);
            tools.add(d);
        }
        return tree.result(base.agency(), options, tools);
    }

    /**
     * A given score is from 0 to 100 with at most {@value Numbers#DIGITS} decimals, checked before any
     * arithmetic: {@code 1e-999999999} is within the range but would take gigabytes as a fraction.
     */
    private static void checkScore(String id, BigDecimal v) {
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw new InvalidAnswerException(Location.question(id), "score " + Numbers.show(v) + " of " + Text.clip(id)
                    + " is outside 0–100", v.toString(), List.of());
        }
        if (!Numbers.bounded(v)) {
            throw new InvalidAnswerException(Location.question(id), "score " + Numbers.show(v) + " of " + Text.clip(id)
                    + " has more than " + Numbers.DIGITS + " decimals", v.toString(), List.of());
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
        for (ResultNode t : base.tools()) {
            ResultNode.Draft d = ResultTree.draft(t, Map.of());
            method.rollUp(d);
            tools.add(d);
        }
        return new Raising(method, tools);
    }

    private void checkEdition(String editionId) {
        if (editionId != null && !editionId.equals(edition.id())) {
            throw new UnknownIdException(Location.NONE, "the input is for edition " + Text.clip(editionId)
                    + " but is scored with edition " + edition.id(), editionId);
        }
    }

    private void checkChecklistIds(Map<String, OitAnswer> oit) {
        for (Map.Entry<String, OitAnswer> e : oit.entrySet()) {
            String id = e.getKey();
            Question q = checklistItems.get(id);
            if (q == null) {
                boolean survey = edition.findQuestion(id).isPresent();
                throw new UnknownIdException(Location.question(id), !survey
                        ? "edition " + edition.id() + " has no OIT item " + Text.clip(id)
                        : id + " is a survey question, not a checklist item", id);
            }
            List<String> present = e.getValue().components();
            if (present != null) {
                Components.check(id, q.components().stream().map(Component::id).toList(), present, Location.question(id));
            }
        }
    }
}

package io.github.ita.scoring;

import io.github.ita.edition.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * One node of a result: a tool, indicator, sub-indicator, question (or OIT item) or sub-item,
 * with its score, whether it reaches the pass mark, its weight in the total, and where it applies
 * the number of respondents and their answer distribution. Immutable.
 */
public final class ResultNode {

    private final Level level;
    private final String id;
    private final Label label;
    private final Score score;
    /**
     * The optional values the accessors give, made once: a batch's writer asks each node for them
     * several times, and a national batch has a million nodes.
     */
    private final Optional<Score> scoreOrEmpty;
    private final Optional<Boolean> passed;
    private final Weight weight;
    private final boolean scored;
    private final boolean given;
    private final long respondents;
    private final OptionalLong respondentsOrEmpty;
    private final long excluded;
    private final Map<String, Long> distribution;
    private final Optional<Boolean> published;
    private final Optional<String> url;
    private final Optional<String> note;
    private final List<String> missingComponents;
    /**
     * From answers only: the level and population its {@link #uncertainty()} is made at, and the
     * spread of an inner node (a question's or item's comes from its {@link Distribution} when asked).
     */
    private final Sampling sampling;
    private final List<ResultNode> children;

    /**
     * The level and population of a tool's intervals, shared by its nodes; with an inner node's spread.
     *
     * @param level      the confidence level
     * @param population the people the respondents are drawn from, Long.MAX_VALUE when unbounded
     * @param spread     an inner node's spread, or null
     */
    record Sampling(double level, long population, Spread spread) {
    }

    /** @param children the nodes below, in edition order (held as an immutable list; the array is not kept) */
    ResultNode(Draft d, Weight weight, BigDecimal passMark, Sampling tool, ResultNode[] children) {
        this.level = d.level;
        this.id = d.id;
        this.label = d.label;
        this.score = d.value == null ? null : Score.of(d.value);
        this.scoreOrEmpty = Optional.ofNullable(score);
        this.passed = score == null || !d.scored ? Optional.empty() : bool(Method.passes(score, passMark));
        this.weight = weight;
        this.scored = d.scored;
        this.given = d.given;
        this.respondents = d.respondents;
        this.respondentsOrEmpty = respondents < 0 ? OptionalLong.empty() : OptionalLong.of(respondents);
        this.excluded = d.excluded;
        this.distribution = d.distribution == null ? Map.of()
                : d.distribution instanceof Distribution ? d.distribution : Collections.unmodifiableMap(d.distribution);
        this.published = d.published == null ? Optional.empty() : bool(d.published);
        this.url = Optional.ofNullable(d.url);
        this.note = Optional.ofNullable(d.note);
        this.missingComponents = d.missingComponents == null ? List.of() : List.copyOf(d.missingComponents);
        this.sampling = score == null || !d.scored ? null
                : d.spread != null ? new Sampling(tool.level(), tool.population(), d.spread)
                : d.distribution instanceof Distribution answers && answers.scored() ? tool : null;
        this.children = List.of(children);
    }

    /** @return the level of this node */
    public Level level() {
        return level;
    }

    /** @return the id: {@code IIT}, {@code 4}, {@code 9.1}, {@code i20}, {@code i27a} */
    public String id() {
        return id;
    }

    /** @return the name or question text, in Thai and English */
    public Label label() {
        return label;
    }

    /** @return the score; empty when its tool has no data, or for an informational question */
    public Optional<Score> score() {
        return scoreOrEmpty;
    }

    /** @return whether the shown score reaches the edition's pass mark; empty without a score */
    public Optional<Boolean> passed() {
        return passed;
    }

    /** @return how many points of the total one point of this node is worth in this result */
    public Weight weight() {
        return weight;
    }

    /** @return false for an informational question, which carries no score */
    public boolean isScored() {
        return scored;
    }

    /** @return true when the score was given by an audited score sheet rather than computed */
    public boolean isGiven() {
        return given;
    }

    /** @return the number of respondents who answered (survey tools, questions and items); empty elsewhere */
    public OptionalLong respondents() {
        return respondentsOrEmpty;
    }

    /** @return the number of answers left out as missing under {@link MissingAnswers#EXCLUDE}, summed below this node */
    public long excluded() {
        return excluded;
    }

    /** @return option code → number of respondents who chose it (questions answered as a whole, and items) */
    public Map<String, Long> distribution() {
        return distribution;
    }

    /** @return for an OIT item: whether it counts as published (claimed, and every required component present) */
    public Optional<Boolean> published() {
        return published;
    }

    /** @return for an OIT item: the evidence URL given */
    public Optional<String> url() {
        return url;
    }

    /** @return for an OIT item: the note given */
    public Optional<String> note() {
        return note;
    }

    /** @return for an OIT item: the required components found absent */
    public List<String> missingComponents() {
        return missingComponents;
    }

    /**
     * @return how sure the score is, as an estimate from a sample of respondents: for survey
     *         tools, indicators, sub-indicators, questions and sub-items scored from answers (see
     *         {@link Uncertainty#isEstimated()} for fewer than two respondents); empty for OIT, for a
     *         number given by an audited sheet or a what-if, and without a score
     */
    public Optional<Uncertainty> uncertainty() {
        // made when asked: a batch writes the tools' and indicators', not the questions'
        if (sampling == null) {
            return Optional.empty();
        }
        Spread spread = sampling.spread() != null ? sampling.spread() : ((Distribution) distribution).spread();
        return Optional.of(Uncertainty.of(sampling.level(), score, spread, sampling.population()));
    }

    /** @return the nodes below this one, in edition order */
    public List<ResultNode> children() {
        return children;
    }

    /** @return this node and every node below it, depth first in edition order */
    public Stream<ResultNode> nodes() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(ResultNode::nodes));
    }

    /**
     * @param childLevel the level to keep, e.g. {@link Level#INDICATOR}
     * @return the children at that level, in edition order
     */
    public List<ResultNode> children(Level childLevel) {
        List<ResultNode> out = new ArrayList<>();
        for (ResultNode c : children) {
            if (c.level == childLevel) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * @return the most this node can still add to the total: its weight × (100 − its score), exactly;
     *         empty without a score
     */
    public Optional<Score> maxGain() {
        return score == null || !scored ? Optional.empty()
                : Optional.of(Method.worth(weight, score));
    }

    /** @return the exact score × weight: the points of the total this node brings; empty without a score */
    public Optional<Score> contribution() {
        return score == null || !scored ? Optional.empty() : Optional.of(Method.contribution(weight, score));
    }

    private static final Optional<Boolean> TRUE = Optional.of(true);
    private static final Optional<Boolean> FALSE = Optional.of(false);

    private static Optional<Boolean> bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public String toString() {
        return level + " " + id + " = " + (score == null ? "–" : score.toString());
    }

    /** The mutable form of a node while a result is computed. */
    static final class Draft {
        final Level level;
        final String id;
        final Label label;
        final List<Draft> children = new ArrayList<>();
        Rational value;
        boolean scored = true;
        boolean given;
        /** Left out of its parent's mean (a missing answer excluded by policy). */
        boolean left;
        long respondents = -1;
        long excluded;
        Map<String, Long> distribution;
        Boolean published;
        String url;
        String note;
        List<String> missingComponents;
        /** From answers only: how the respondents spread (docs/method.md §7). */
        Spread spread;

        Draft(Level level, String id, Label label) {
            this.level = level;
            this.id = id;
            this.label = label;
        }

        /**
         * Takes this draft and those below it back to how {@code ResultTree.structure} made them: every
         * value set while a result is computed is cleared; the shape (level, id, label, children,
         * whether scored) stays.
         */
        void clear() {
            value = null;
            given = false;
            left = false;
            respondents = -1;
            excluded = 0;
            distribution = null;
            published = null;
            url = null;
            note = null;
            missingComponents = null;
            spread = null;
            for (int i = 0; i < children.size(); i++) {
                children.get(i).clear();
            }
        }
    }
}

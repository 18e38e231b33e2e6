package io.github.ita.scoring;

import io.github.ita.Location;
import io.github.ita.MissingAnswerException;
import io.github.ita.edition.Component;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Question;
import io.github.ita.edition.Rating;
import io.github.ita.edition.Tool;
import io.github.ita.response.OitAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ITA method as docs/method.md states it, in one place: the score of a question and of an OIT
 * item, the roll-up through sub-indicators, indicators and tools to the weighted total, the two
 * rounding policies, the weight of each node in the total, and the rating and pass mark of a score.
 * Each section below cites the section of docs/method.md it implements.
 *
 * <p>This is the method only. How answers are counted fast is the engine's: {@link Tally} with
 * {@link Layout}, {@link Columns} and {@link Distribution}; how the result tree is shaped, filled and
 * frozen is {@link ResultTree}'s; {@link Raising} keeps the same roll-up up to date one raise at a
 * time; {@link Overview} makes the indicators', tools' and total's values from the tally's sums of
 * the respondents' own roll-ups, without the tree (checked equal to the tree by OverviewTest). All
 * arithmetic is exact ({@link Rational}).
 */
final class Method {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Edition edition;
    private final ScoringOptions options;
    /** Each tool's share of the total (its weight / 100), in edition order. */
    private final List<Rational> toolShares = new ArrayList<>();

    Method(Edition edition, ScoringOptions options) {
        this.edition = edition;
        this.options = options;
        for (Tool tool : edition.tools()) {
            toolShares.add(Rational.of(tool.weight()).divide(100));
        }
    }

    RoundingPolicy rounding() {
        return options.rounding();
    }

    // ---- §2 Answers and their points; §3 the question row ------------------------------------

    /**
     * §2, §3 (question, IIT and EIT): a survey question answered as a whole, or one sub-item of a
     * question, scores the mean of its respondents' points. {@code counters[offset + o]} respondents
     * chose option {@code o}, worth {@code points[offset + o] / scale} points out of 100 (the
     * edition's points, negative questions already mirrored). Under {@link MissingAnswers#EXCLUDE}
     * the mean is over those who answered; a question nobody answered cannot be scored.
     *
     * @throws MissingAnswerException when nobody answered
     */
    static Rational questionScore(String toolId, String id, long[] counters, long[] points, int offset, int options, long scale) {
        long n = 0;
        long sum = 0;
        for (int o = 0; o < options; o++) {
            long count = counters[offset + o];
            n += count;
            sum = Math.addExact(sum, Math.multiplyExact(count, points[offset + o]));
        }
        if (n == 0) {
            throw new MissingAnswerException(Location.question(id), "no " + toolId
                    + " respondent answered " + id + ", so it cannot be scored");
        }
        return Rational.of(sum, Math.multiplyExact(n, scale));
    }

    /**
     * §2, §3 (question, OIT): an OIT item scores 100 when published and 0 when not; it counts as
     * published only when every required component the agency was assessed on is present. An item
     * missing from the checklist is an error, or under {@link MissingAnswers#EXCLUDE} left out of
     * its sub-indicator's mean and counted as excluded (§3, missing answers). Sets the draft's
     * value, {@code published}, {@code missingComponents}, or {@code left}.
     *
     * @param answer the agency's answer, or null when the item is not in its checklist
     * @throws MissingAnswerException when the item is missing and missing answers are an error
     */
    void checklistItem(Tool tool, Question item, OitAnswer answer, ResultNode.Draft d) {
        if (answer == null) {
            if (options.missingAnswers() == MissingAnswers.ERROR) {
                throw new MissingAnswerException(Location.question(item.id()), tool.id() + " item " + item.id()
                        + " is not in the checklist (give it as published or not)");
            }
            d.left = true;
            d.excluded = 1;
            return;
        }
        boolean counts = answer.published();
        if (answer.components() != null) {
            List<String> missing = new ArrayList<>();
            for (Component c : item.components()) {
                if (!answer.components().contains(c.id())) {
                    missing.add(c.id());
                }
            }
            d.missingComponents = missing;
            counts = counts && missing.isEmpty();
        }
        d.published = counts;
        d.value = counts ? Rational.HUNDRED : Rational.ZERO;
    }

    // ---- §3 How scores roll up ---------------------------------------------------------------

    /**
     * §3, rounding: the value a level hands to the next. Under {@link RoundingPolicy#EXACT} (the
     * default) the exact value, rounded only when shown; under {@link RoundingPolicy#EACH_LEVEL} the
     * value rounded half-up to two decimals before the next level averages it (or weighs it into
     * the total).
     */
    static Rational used(RoundingPolicy rounding, Rational v) {
        return rounding == RoundingPolicy.EACH_LEVEL ? v.round2() : v;
    }

    Rational used(Rational v) {
        return used(options.rounding(), v);
    }

    /**
     * §3, the table: rolls a tree up, bottom up. A sub-indicator is the mean of its items, an
     * indicator the mean of its questions or sub-indicators, a tool the mean of its indicators, a
     * question with sub-items the mean of its items. Informational questions carry no score and do
     * not enter a mean; nor does a part left out as missing (§3, missing answers). A node whose
     * number was given (an audited sheet, a what-if) keeps it, and a node with no part scored
     * (a tool with no data) stays without a score (§3, given numbers). Adds up the excluded
     * answers on the way.
     *
     * @throws MissingAnswerException when some parts of a node have a score and others none, or
     *                                every part of it is left out
     */
    void rollUp(ResultNode.Draft d) {
        List<ResultNode.Draft> children = d.children;
        for (int i = 0; i < children.size(); i++) {
            ResultNode.Draft c = children.get(i);
            rollUp(c);
            d.excluded += c.excluded;
        }
        if (d.given || children.isEmpty() || !d.scored) {
            return;
        }
        // §3: every mean of the ITA is unweighted: the children's values summed in edition order, divided by their number
        Rational sum = Rational.ZERO;
        int values = 0;
        ResultNode.Draft missing = null;
        ResultNode.Draft present = null;
        boolean anyLeft = false;
        for (int i = 0; i < children.size(); i++) {
            ResultNode.Draft c = children.get(i);
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
                sum = sum.add(used(c.value));
                values++;
            }
        }
        if (values == 0) {
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
        d.value = sum.divide(values);
    }

    /** §3, total: a tool's share of the total, e.g. 0.30 for IIT, 0.40 for OIT. */
    Rational toolShare(int tool) {
        return toolShares.get(tool);
    }

    /**
     * §3, total: the weighted sum of the tools' (used) scores, 0.30 × IIT + 0.30 × EIT + 0.40 × OIT.
     *
     * @param tools the rolled-up tools, in edition order
     * @return the total, or null when a tool has no score
     */
    Score total(List<ResultNode.Draft> tools) {
        Rational total = Rational.ZERO;
        for (int i = 0; i < tools.size(); i++) {
            Rational t = tools.get(i).value;
            if (t == null) {
                return null;
            }
            total = total.add(toolShare(i).multiply(used(t)));
        }
        return Score.of(total);
    }

    /**
     * §3, total, as the result shows it per tool: the tool's share times its score, the score
     * rounded first under {@link RoundingPolicy#EACH_LEVEL}.
     */
    static Score weighted(RoundingPolicy rounding, Weight share, Score tool) {
        return Score.of(share.fraction().multiply(used(rounding, tool.fraction())));
    }

    /**
     * §3, weight: how many points of the total one point of a part is worth. A tool's weight is its
     * share; a part entering its parent's mean has the parent's weight divided by the number of
     * parts entering it. A part that does not enter (informational, left out, or under a node whose
     * number was given) weighs nothing.
     */
    static Rational partWeight(Rational parent, long entering) {
        return parent.divide(entering);
    }

    /** §3, worth: raising a node from its score to 100 adds at most weight × (100 − score) to the total. */
    static Score worth(Weight weight, Score score) {
        return weight.times(Score.of(HUNDRED).minus(score));
    }

    /** §3, weight: the points of the total a node's score brings, weight × score. */
    static Score contribution(Weight weight, Score score) {
        return weight.times(score);
    }

    // ---- §4 Ratings, the pass mark -----------------------------------------------------------

    /** §4: the AA–F rating of a total, looked up on the total as shown (two decimals). */
    static Rating rating(Edition edition, Score total) {
        return edition.ratingScheme().rate(total.shown());
    }

    /** §4: a total, indicator or question passes when its shown score is at the pass mark or above. */
    static boolean passes(Score score, BigDecimal passMark) {
        return score.reaches(passMark);
    }

    // ---- §7 How sure a survey score is -------------------------------------------------------

    /**
     * §7: the spread of a question answered as a whole, or of a sub-item: each respondent's own
     * score of it is the points of the option chosen.
     */
    static Spread spread(long[] counters, int countersFrom, long[] points, int pointsFrom, int options, long scale) {
        return Spread.ofOptions(counters, countersFrom, points, pointsFrom, options, scale);
    }

    /**
     * §7: the spread of a tool, indicator, sub-indicator or question with sub-items: the sample
     * variance of the respondents' own roll-ups of it (every mean of §3 applied to one respondent's
     * answers), over the respondents who answered all its scored questions; its standard error
     * divides by the fewest respondents any one of its questions has.
     */
    static Spread spread(long fewestAnswering, long complete, long sum, long squaresHigh, long squaresLow, long unit) {
        return Spread.of(fewestAnswering, complete, sum, squaresHigh, squaresLow, unit);
    }

    /**
     * §7, a finite population: the staff of the agency, when known, are the people the internal
     * survey (the tool IIT) samples; every other tool samples a population taken as unbounded.
     *
     * @return the population of the tool's respondents, or {@link Long#MAX_VALUE} when unbounded
     * @throws InvalidAnswerException when the tool has more respondents than the agency has staff
     */
    static long population(io.github.ita.response.Agency agency, String toolId, long respondents) {
        if (!toolId.equals("IIT") || agency.staff().isEmpty()) {
            return Long.MAX_VALUE;
        }
        long staff = agency.staff().getAsLong();
        if (respondents > staff) {
            throw new io.github.ita.InvalidAnswerException(Location.NONE, "agency " + io.github.ita.internal.Text.clip(agency.id())
                    + " has " + respondents + " IIT respondents but a staff of " + staff
                    + ": the staff is the number of people the internal survey is drawn from", String.valueOf(staff), List.of());
        }
        return staff;
    }

    /**
     * §7, the total: the tools are independent samples and OIT has no sampling error, so the
     * variance of the total is Σ share² × standard error² over the survey tools. Absent when a
     * survey tool has no uncertainty (a number given, not answers).
     */
    Uncertainty totalUncertainty(Score total, List<ResultNode> tools) {
        List<Double> shares = new ArrayList<>();
        List<Uncertainty> parts = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            ResultNode t = tools.get(i);
            if (edition.tools().get(i).kind() != io.github.ita.edition.ToolKind.SURVEY) {
                continue;
            }
            Uncertainty u = t.uncertainty().orElse(null);
            if (u == null) {
                return null;
            }
            shares.add(toolShares.get(i).doubleValue());
            parts.add(u);
        }
        if (parts.isEmpty()) {
            return null;
        }
        return Uncertainty.ofTotal(options.level(), total, shares.stream().mapToDouble(Double::doubleValue).toArray(),
                parts.toArray(new Uncertainty[0]));
    }

    /** @return the edition whose rules these are */
    Edition edition() {
        return edition;
    }
}

package io.github.ita.scoring;

import io.github.ita.InvalidAnswerException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Indicator;
import io.github.ita.edition.Question;
import io.github.ita.edition.Rating;
import io.github.ita.edition.SubIndicator;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.response.Agency;
import io.github.ita.response.OitAnswer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An agency's scores above its questions: the total with its rating, pass flag and interval, and
 * each tool's and indicator's score. The same numbers as the agency's {@link Result} has there, made
 * without its tree of questions ({@link Scorer#overview}): what a batch's table and summaries show.
 * Immutable.
 */
public final class Overview {

    private final Edition edition;
    private final Agency agency;
    private final List<Optional<Score>> tools;
    private final List<Optional<Score>> indicators;
    private final Score total;
    private final Uncertainty uncertainty;

    private Overview(Edition edition, Agency agency, Score[] tools, Score[] indicators, Score total, Uncertainty uncertainty) {
        this.edition = edition;
        this.agency = agency;
        this.tools = optionals(tools);
        this.indicators = optionals(indicators);
        this.total = total;
        this.uncertainty = uncertainty;
    }

    private static List<Optional<Score>> optionals(Score[] scores) {
        List<Optional<Score>> list = new ArrayList<>(scores.length);
        for (Score s : scores) {
            list.add(Optional.ofNullable(s));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * @param result an agency's result
     * @return the numbers of its result above the questions
     */
    public static Overview of(Result result) {
        Objects.requireNonNull(result, "result");
        List<Score> indicators = new ArrayList<>();
        Score[] tools = new Score[result.tools().size()];
        for (int i = 0; i < tools.length; i++) {
            ResultNode tool = result.tools().get(i);
            tools[i] = tool.score().orElse(null);
            for (ResultNode in : tool.children(Level.INDICATOR)) {
                indicators.add(in.score().orElse(null));
            }
        }
        return new Overview(result.edition(), result.agency(), tools, indicators.toArray(new Score[0]),
                result.total().orElse(null), result.uncertainty().orElse(null));
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the agency */
    public Agency agency() {
        return agency;
    }

    /** @return each tool's score, in edition order; empty for a tool with no data */
    public List<Optional<Score>> tools() {
        return tools;
    }

    /** @return each indicator's score, tool by tool in edition order; empty where its tool has no data */
    public List<Optional<Score>> indicators() {
        return indicators;
    }

    /** @return the total, as {@link Result#total()} */
    public Optional<Score> total() {
        return Optional.ofNullable(total);
    }

    /** @return the rating of the total, as {@link Result#rating()} */
    public Optional<Rating> rating() {
        return total == null ? Optional.empty() : Optional.of(Method.rating(edition, total));
    }

    /** @return whether the total reaches the pass mark, as {@link Result#passed()} */
    public Optional<Boolean> passed() {
        return total == null ? Optional.empty() : Optional.of(Method.passes(total, edition.passMark()));
    }

    /**
     * @param score a score of this overview (a tool's or an indicator's), or empty
     * @return whether it reaches the edition's pass mark, as a node's {@code passed}; false without a score
     */
    public boolean passes(Optional<Score> score) {
        return score.isPresent() && Method.passes(score.get(), edition.passMark());
    }

    /** @return how sure the total is, as {@link Result#uncertainty()} */
    public Optional<Uncertainty> uncertainty() {
        return Optional.ofNullable(uncertainty);
    }

    /** @return the chance that the total reaches the pass mark, as {@link Result#chanceAtLeastPassMark()} */
    public OptionalDouble chanceAtLeastPassMark() {
        return Uncertainty.chanceAtLeast(uncertainty, edition.passMark());
    }

    /** @return whether the pass mark lies within the total's interval, as {@link Result#passInDoubt()} */
    public boolean passInDoubt() {
        return Uncertainty.inDoubt(uncertainty, edition.passMark());
    }

    // ---- made from a tally, without the tree -------------------------------------------------

    /**
     * The values of docs/method.md §3 made from the counts, for the default policies (exact values, a
     * missing answer an error), with no node for each question: a survey indicator as one fraction
     * from the tally's sums of the respondents' own roll-ups, a checklist sub-indicator from its
     * published items counted; tools, the total and its interval as the tree makes them from those
     * ({@link Method#toolShare}, {@link Uncertainty#ofTotal}). Checked equal to the tree's by OverviewTest.
     *
     * @return the overview, or null where the result tree must be made instead: another policy,
     *         assessed components, a problem to report (a question nobody answered, an item left out),
     *         or a shape the tree treats specially
     */
    static Overview fromCounts(Edition edition, ScoringOptions options, Layout layout, Method method, Agency agency,
                               Tally tally, Map<String, OitAnswer> oit) {
        if (options.rounding() != RoundingPolicy.EXACT || options.missingAnswers() != MissingAnswers.ERROR) {
            return null;
        }
        List<Tool> tools = edition.tools();
        Score[] toolScores = new Score[tools.size()];
        Rational[] toolValues = new Rational[tools.size()];
        Uncertainty[] toolUncertainty = new Uncertainty[tools.size()];
        List<Score> indicatorScores = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            Tool tool = tools.get(i);
            Rational[] indicators = new Rational[tool.indicators().size()];
            Rational value;
            if (tool.kind() == ToolKind.SURVEY) {
                Tally.Counts counts = tally.counts(layout.tools.get(tool.id()));
                long respondents = counts == null ? 0 : counts.respondents;
                long population;
                try {
                    population = Method.population(agency, tool.id(), respondents);
                } catch (InvalidAnswerException e) {
                    return null;   // the tree names the problem, after any it meets first
                }
                if (respondents == 0) {
                    value = null;
                } else {
                    Spread[] spread = new Spread[1];
                    value = survey(counts, indicators, spread);
                    if (value == null) {
                        return null;
                    }
                    toolScores[i] = Score.of(value);
                    toolUncertainty[i] = spread[0] == null ? null : Uncertainty.of(options.level(), toolScores[i], spread[0], population);
                }
            } else {
                int made = checklist(tool, oit, indicators);
                if (made < 0) {
                    return null;
                }
                value = made == 0 ? null : mean(indicators);
                if (made > 0 && value == null) {
                    return null;
                }
            }
            for (Rational v : indicators) {
                indicatorScores.add(v == null ? null : Score.of(v));
            }
            toolValues[i] = value;
            if (toolScores[i] == null && value != null) {
                toolScores[i] = Score.of(value);
            }
        }
        Score total = null;
        Rational sum = Rational.ZERO;
        for (int i = 0; i < tools.size() && sum != null; i++) {
            sum = toolValues[i] == null ? null : sum.add(method.toolShare(i).multiply(toolValues[i]));
        }
        Uncertainty uncertainty = null;
        if (sum != null) {
            total = Score.of(sum);
            List<Double> shares = new ArrayList<>();
            List<Uncertainty> parts = new ArrayList<>();
            for (int i = 0; i < tools.size(); i++) {
                if (tools.get(i).kind() != ToolKind.SURVEY) {
                    continue;
                }
                if (toolUncertainty[i] == null) {
                    parts = null;
                    break;
                }
                shares.add(method.toolShare(i).doubleValue());
                parts.add(toolUncertainty[i]);
            }
            if (parts != null && !parts.isEmpty()) {
                uncertainty = Uncertainty.ofTotal(options.level(), total, shares.stream().mapToDouble(Double::doubleValue).toArray(),
                        parts.toArray(new Uncertainty[0]));
            }
        }
        return new Overview(edition, agency, toolScores, indicatorScores.toArray(new Score[0]), total, uncertainty);
    }

    /** @return the mean of values, null when one of them is null or there are none */
    private static Rational mean(Rational[] values) {
        Rational sum = Rational.ZERO;
        for (Rational v : values) {
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return values.length == 0 ? null : sum.divide(values.length);
    }

    /**
     * A survey tool's value and its indicators', from its counts; its spread into {@code spread[0]}.
     * When the respondents who answered each scored question of an indicator are the same, the mean
     * of its question means (§3) is the mean of those respondents' own roll-ups of it, which the
     * tally sums ({@link Tally.Counts#completeSums}): one exact fraction for the indicator, with no
     * fraction for each question. Missing answers being an error, every respondent answers every
     * scored question, so this holds; where it does not (an indicator left unmeasured in an edition
     * of thousands of parts, sums beyond a long), the tree is made.
     *
     * @return the tool's value, or null where the tree must be made
     */
    private static Rational survey(Tally.Counts counts, Rational[] indicators, Spread[] spread) {
        Layout.ToolLayout l = counts.layout;
        int slots = l.slots();
        long[] answered = new long[slots];
        for (int s = 0; s < slots; s++) {
            long n = 0;
            for (int o = 0, at = l.slotOffset[s]; o < l.slotOptions[s]; o++, at++) {
                n += counts.counters[at];
            }
            answered[s] = n;
        }
        long[] sums;
        try {
            sums = counts.completeSums();
        } catch (ArithmeticException beyondLongs) {
            sums = null;
        }
        if (sums != null && l.groupUnit.length > 0 && l.groupUnit[0] != 0) {
            long fewest = Long.MAX_VALUE;
            for (int s : l.groupSlots[0]) {
                fewest = Math.min(fewest, answered[s]);
            }
            spread[0] = Method.spread(fewest, counts.complete(0), sums[0], counts.squaresHigh(0), counts.squaresLow[0], l.groupUnit[0]);
        }
        if (sums == null) {
            return null;
        }
        for (int i = 0; i < indicators.length; i++) {
            int g = l.indicatorGroup[i];
            if (g < 0 || (indicators[i] = wholeGroup(counts, l, g, answered, sums)) == null) {
                return null;
            }
        }
        return mean(indicators);
    }

    /** @return group g's value from the respondents' roll-ups when every scored question of it has the same respondents; else null */
    private static Rational wholeGroup(Tally.Counts counts, Layout.ToolLayout l, int g, long[] answered, long[] sums) {
        long complete = counts.complete(g);
        if (l.groupUnit[g] == 0 || complete == 0) {
            return null;
        }
        for (int s : l.groupSlots[g]) {
            if (answered[s] != complete) {
                return null;
            }
        }
        try {
            return Rational.of(sums[g], Math.multiplyExact(complete, l.groupUnit[g]));
        } catch (ArithmeticException tooLarge) {
            return Rational.of(BigInteger.valueOf(sums[g]), BigInteger.valueOf(complete).multiply(BigInteger.valueOf(l.groupUnit[g])));
        }
    }

    /**
     * A checklist tool's indicators' values into {@code indicators}: each item 100 when published and 0
     * when not (§2), so that a sub-indicator is 100 × its published items / its items, counted.
     *
     * @return 0 when the tool has no data (none of its items given), 1 when the values are set, or -1
     *         where the tree must be made: an item left out (an error it names), assessed components
     */
    private static int checklist(Tool tool, Map<String, OitAnswer> oit, Rational[] indicators) {
        if (!givesAny(tool, oit)) {
            return 0;
        }
        int[] n = new int[2];
        List<Indicator> list = tool.indicators();
        for (int i = 0; i < indicators.length; i++) {
            Indicator in = list.get(i);
            if (!count(in.questions(), oit, n)) {
                return -1;
            }
            Rational sum = Rational.of(100L * n[1]);   // the indicator's own items, each a part of its mean
            int parts = n[0];
            for (SubIndicator sub : in.subIndicators()) {
                if (!count(sub.questions(), oit, n) || n[0] == 0) {
                    return -1;
                }
                sum = sum.add(Rational.of(100L * n[1], n[0]));
                parts++;
            }
            if (parts == 0) {
                return -1;
            }
            indicators[i] = sum.divide(parts);
        }
        return 1;
    }

    /** @return whether any item of a checklist tool is given, as the tree asks before it scores the tool */
    private static boolean givesAny(Tool tool, Map<String, OitAnswer> oit) {
        for (Indicator in : tool.indicators()) {
            for (Question q : in.questions()) {
                if (oit.containsKey(q.id())) {
                    return true;
                }
            }
            for (SubIndicator sub : in.subIndicators()) {
                for (Question q : sub.questions()) {
                    if (oit.containsKey(q.id())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Counts the scored items of a list into {@code n[0]} and the published among them into {@code n[1]}.
     *
     * @return false for an item left out, or one the tree must take (assessed components, sub-items)
     */
    private static boolean count(List<Question> items, Map<String, OitAnswer> oit, int[] n) {
        n[0] = 0;
        n[1] = 0;
        for (Question q : items) {
            OitAnswer a = oit.get(q.id());
            if (a == null || a.components() != null || !q.items().isEmpty()) {
                return false;
            }
            if (q.isScored()) {
                n[0]++;
                n[1] += a.published() ? 1 : 0;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Overview[" + agency.id() + ", total " + total().map(Score::toString).orElse("none") + ", tools "
                + Arrays.toString(tools.toArray()) + "]";
    }
}

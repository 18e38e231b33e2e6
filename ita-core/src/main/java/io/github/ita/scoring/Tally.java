package io.github.ita.scoring;

import io.github.ita.InvalidAnswerException;
import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MissingAnswerException;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Question;
import io.github.ita.edition.Tool;
import io.github.ita.internal.Ids;
import io.github.ita.internal.Text;
import io.github.ita.response.Respondent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers of one agency's survey respondents, counted: for each question or sub-item, how
 * many respondents chose each option, and for each tool and inner node the exact sum of the
 * squares of every respondent's own roll-up, from which the sampling uncertainty of the scores
 * follows ({@link Uncertainty}). Memory does not grow with the number of respondents, and
 * two tallies of the same edition merge by adding, so files can be streamed and split across
 * threads; scoring a merged tally gives the same result as scoring one tally of all respondents.
 *
 * <p>A tally is a mutable accumulator and is not thread-safe: give each thread its own and
 * {@link #merge} them. Get one from {@link Scorer#newTally()}.
 *
 * <pre>{@code
 * Tally tally = scorer.newTally();
 * tally.add("IIT", Respondent.of("r1", Map.of("i1", "4", "i2", "3")));
 * Result result = scorer.score(agency, tally, Map.of());
 * }</pre>
 */
public final class Tally {

    final Layout layout;
    final MissingAnswers policy;
    /** By survey tool ({@link Layout.ToolLayout#index}); null until the tool's first respondent or merge. */
    private final Counts[] counts;

    /** The counters of one survey tool. */
    static final class Counts {
        final Layout.ToolLayout layout;
        final long[] counters;
        final long[] answeredQuestion;
        final long[] excludedSlot;
        /** Reused for each row's chosen options (tallies are not thread-safe). */
        final int[] scratch;
        long respondents;
        /**
         * By group of the layout ({@link Layout.ToolLayout#groupId}): the sum of the squares of the
         * integer roll-ups of the respondents who answered every scored question of it, its low 64
         * bits (unsigned); the sum of the complete respondents' roll-ups follows from the counters
         * ({@link #completeSums}), so that a complete respondent costs one square per group, and
         * the spread follows exactly ({@link Spread}).
         */
        final long[] squaresLow;
        /**
         * Null until needed, which is rare, so that a national batch's tallies stay small: by group,
         * the squares' high 64 bits (sum = high × 2^64 + low), then the number of respondents who left
         * a scored question of the group unanswered (under {@link MissingAnswers#EXCLUDE}), then the
         * sum of their partial roll-ups.
         */
        private long[] rare;
        /** Reused for each row: its integer roll-up per group, and the groups it left a question of unanswered. */
        final long[] rollUp;
        final boolean[] incomplete;

        Counts(Layout.ToolLayout layout) {
            this.layout = layout;
            this.counters = new long[layout.counters];
            this.answeredQuestion = new long[layout.questions.size()];
            this.excludedSlot = new long[layout.slots()];
            this.scratch = new int[layout.slots()];
            int groups = layout.groupId.length;
            this.squaresLow = new long[groups];
            this.rollUp = new long[groups];
            this.incomplete = new boolean[groups];
        }

        /** A copy with counters of its own. */
        Counts copy() {
            Counts c = new Counts(layout);
            c.add(this);
            return c;
        }

        void add(Counts other) {
            add(counters, other.counters);
            add(answeredQuestion, other.answeredQuestion);
            add(excludedSlot, other.excludedSlot);
            if (other.rare != null) {
                add(rare(), other.rare);
            }
            for (int g = 0; g < squaresLow.length; g++) {
                long low = squaresLow[g] + other.squaresLow[g];
                if (Long.compareUnsigned(low, squaresLow[g]) < 0) {
                    rare()[g]++;
                }
                squaresLow[g] = low;
            }
            respondents += other.respondents;
        }

        long[] rare() {
            return rare != null ? rare : (rare = new long[3 * squaresLow.length]);
        }

        /** @return the high 64 bits of group g's sum of squares */
        long squaresHigh(int g) {
            return rare == null ? 0 : rare[g];
        }

        /** @return by group, the respondents who answered every scored question of it */
        long complete(int g) {
            return respondents - (rare == null ? 0 : rare[squaresLow.length + g]);
        }

        /** Counts an incomplete respondent of group g, whose partial roll-up is x. */
        void incomplete(int g, long x) {
            long[] r = rare();
            r[squaresLow.length + g]++;
            r[2 * squaresLow.length + g] += x;
        }

        /**
         * @return by group, the sum of the complete respondents' integer roll-ups: everyone's, from
         *         the counters (each group's answers, then its child groups', times their coefficients),
         *         less the incomplete respondents' partial ones
         * @throws ArithmeticException when a sum overflows a long (beyond billions of respondents)
         */
        long[] completeSums() {
            Layout.ToolLayout l = layout;
            long[] total = new long[l.groupId.length];
            for (int s = 0; s < l.slots(); s++) {
                int g = l.slotGroup[s];
                if (g < 0) {
                    continue;
                }
                for (int o = 0, at = l.slotOffset[s]; o < l.slotOptions[s]; o++, at++) {
                    total[g] = Math.addExact(total[g], Math.multiplyExact(counters[at], l.slotPoints[at]));
                }
            }
            for (int g = total.length - 1; g > 0; g--) {
                total[l.groupParent[g]] = Math.addExact(total[l.groupParent[g]], Math.multiplyExact(l.groupCoefficient[g], total[g]));
            }
            for (int g = 0; g < total.length; g++) {
                total[g] = Math.subtractExact(total[g], rare == null ? 0 : rare[2 * total.length + g]);
            }
            return total;
        }

        private static void add(long[] into, long[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
        }
    }

    Tally(Layout layout, MissingAnswers policy) {
        this.layout = layout;
        this.policy = policy;
        this.counts = new Counts[layout.tools.size()];
    }

    /** @return the counts of a survey tool, or null when no respondent of it has been counted */
    Counts counts(Layout.ToolLayout tool) {
        return counts[tool.index];
    }

    private Counts counting(Layout.ToolLayout tool) {
        Counts c = counts[tool.index];
        return c != null ? c : (counts[tool.index] = new Counts(tool));
    }

    /**
     * Counts one respondent's answers into a survey tool. An answer is an option's code, matched
     * exactly, or else its label in the edition's Thai or English wording, trimmed (what a form
     * export holds: {@code มากที่สุด} for code {@code 4}); a label two options of the question share,
     * or that is another option's code, answers nothing (the code is the answer). The respondent is
     * checked whole before anything is counted: on error the tally is unchanged.
     *
     * @param toolId     a survey tool of the edition, e.g. {@code IIT}
     * @param respondent the respondent
     * @throws UnknownIdException     when the tool is not a survey tool of the edition, or an answer names
     *                                a question the tool does not have
     * @throws InvalidAnswerException when a code is not an option of its question, or a question with
     *                                sub-items is answered as a whole
     * @throws MissingAnswerException when a scored question is unanswered and missing answers are an error
     */
    public void add(String toolId, Respondent respondent) {
        Objects.requireNonNull(respondent, "respondent");
        Counts c = counting(tool(toolId));
        Layout.ToolLayout l = c.layout;
        int[] chosen = new int[l.slots()];
        Arrays.fill(chosen, -1);
        for (Map.Entry<String, String> e : respondent.answers().entrySet()) {
            String key = e.getKey();
            Integer slot = l.slotByKey.get(key);
            if (slot == null) {
                throw unknownKey(l, respondent.id(), key);
            }
            chosen[slot] = option(l, slot, respondent.id(), e.getValue());
        }
        count(c, respondent.id(), chosen);
    }

    /**
     * Counts one respondent given as a row of cells, the fast path for CSV files and database
     * rows: no map is built. Cells are codes or labels, and are checked whole before anything is
     * counted, as {@link #add(String, Respondent)}.
     *
     * @param columns      the header the cells follow, from {@link Scorer#columns}
     * @param respondentId the respondent's id, for messages
     * @param cells        one option code (or label) per column; {@code null} or empty for an unanswered question
     * @throws InvalidAnswerException when a code is not an option of its question, nor a label of one
     * @throws MissingAnswerException when a scored question is unanswered and missing answers are an error
     * @throws IllegalArgumentException when the number of cells differs from the number of columns
     */
    public void add(Columns columns, String respondentId, String[] cells) {
        Counts c = counts(columns, cells.length, "cells");
        Layout.ToolLayout l = c.layout;
        int[] chosen = c.scratch;
        Arrays.fill(chosen, -1);
        int[] slots = columns.slots;
        byte[][] single = l.slotSingleChar;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (cell == null) {
                continue;
            }
            int len = cell.length();
            if (len == 0) {
                continue;
            }
            int slot = slots[i];
            int o = -1;
            if (len == 1) {
                char ch = cell.charAt(0);
                o = ch < 128 ? single[slot][ch] : -1;
            }
            chosen[slot] = o >= 0 ? o : option(l, slot, respondentId, cell);
        }
        count(c, respondentId, chosen);
    }

    /**
     * Counts one respondent given as the indexes of the options chosen, one per column, for rows
     * already coded (a database that stores option numbers, a reader that matched the codes itself):
     * no code is looked up. Checked whole before anything is counted, as {@link #add(String, Respondent)}.
     *
     * @param columns      the header the options follow, from {@link Scorer#columns}
     * @param respondentId the respondent's id, for messages: any characters (a view of a row's bytes,
     *                     say), read only if a message is made, and not kept
     * @param options      for each column, the index of the chosen option in {@link Columns#options(int)},
     *                     or -1 when the question is unanswered
     * @throws MissingAnswerException   when a scored question is unanswered and missing answers are an error
     * @throws IllegalArgumentException when the number of options differs from the number of columns,
     *                                  or an index is not one of the column's options
     */
    public void add(Columns columns, CharSequence respondentId, int[] options) {
        Counts c = counts(columns, options.length, "options");
        Layout.ToolLayout l = c.layout;
        int[] chosen = c.scratch;
        Arrays.fill(chosen, -1);
        int[] slots = columns.slots;
        int[] optionsOf = l.slotOptions;
        for (int i = 0; i < options.length; i++) {
            int o = options[i];
            int slot = slots[i];
            if (o < -1 || o >= optionsOf[slot]) {
                throw new IllegalArgumentException("option " + o + " of column " + i + " (" + l.slotId[slot]
                        + "): the question has " + optionsOf[slot] + " options");
            }
            chosen[slot] = o;
        }
        count(c, respondentId, chosen);
    }

    /** The counters of the columns' tool, once the columns are checked to be this edition's and to match the row. */
    private Counts counts(Columns columns, int given, String what) {
        Layout.ToolLayout l = columns.layout == lastColumns ? lastLayout : layoutOf(columns);
        if (given != columns.size()) {
            throw new IllegalArgumentException(given + " " + what + " for " + columns.size() + " columns");
        }
        return counting(l);
    }

    /** The layout of the last columns counted, and this tally's layout of their tool: a tool's rows come together. */
    private Layout.ToolLayout lastColumns;
    private Layout.ToolLayout lastLayout;

    /** @return the layout of this tally's tool the columns are of, once checked to be this edition's */
    private Layout.ToolLayout layoutOf(Columns columns) {
        Layout.ToolLayout l = layout.tools.get(columns.toolId());
        if (l == null || l.tool != columns.layout.tool) {
            throw new IllegalArgumentException("the columns belong to another edition");
        }
        lastColumns = columns.layout;
        lastLayout = l;
        return l;
    }

    private static int option(Layout.ToolLayout l, int slot, String respondentId, String code) {
        String[] codes = l.slotCodes[slot];
        for (int o = 0; o < codes.length; o++) {
            if (codes[o] == code) {
                return o;
            }
        }
        for (int o = 0; o < codes.length; o++) {
            if (codes[o].equals(code)) {
                return o;
            }
        }
        int o = l.byLabel(slot, code);
        if (o >= 0) {
            return o;
        }
        throw notAnOption(l, slot, respondentId, code, o == Layout.AMBIGUOUS);
    }

    /**
     * The refusal of an answer that is no code of its question, nor one option's label. A label
     * two options share is refused naming them; a cell with letters in it, which may be a label
     * mistyped, is told the labels too.
     */
    private static InvalidAnswerException notAnOption(Layout.ToolLayout l, int slot, String respondentId, String code,
                                                      boolean ambiguous) {
        String[] codes = l.slotCodes[slot];
        String key = l.slotId[slot];
        List<AnswerOption> options = l.questions.get(l.slotQuestion[slot]).options();
        String problem;
        if (ambiguous) {
            String label = Ids.normal(code);
            List<String> sharing = options.stream().filter(op -> Ids.normal(op.label().th()).equals(label)
                    || Ids.normal(op.label().en()).equals(label)).map(AnswerOption::code).toList();
            problem = "answer \"" + Text.clip(code) + "\" is the label of more than one option of " + key + " ("
                    + String.join(", ", sharing) + "): answer by code";
        } else {
            problem = "answer \"" + Text.clip(code) + "\" is not an option of " + key + " (" + String.join(", ", codes)
                    + (code.codePoints().anyMatch(Character::isLetter) ? labels(l, slot, options) : "") + ")";
        }
        return new InvalidAnswerException(Location.answer(respondentId, key), problem, code, List.of(codes));
    }

    /** @return ", or their labels "…", …": the labels that answer the slot, Thai then English, in the options' order */
    private static String labels(Layout.ToolLayout l, int slot, List<AnswerOption> options) {
        List<String> shown = new ArrayList<>();
        for (boolean thai : new boolean[] {true, false}) {
            for (AnswerOption op : options) {
                String label = Ids.normal(thai ? op.label().th() : op.label().en());
                if (!label.isEmpty() && !shown.contains("\"" + label + "\"") && l.byLabel(slot, label) >= 0
                        && !label.equals(op.code())) {
                    shown.add("\"" + label + "\"");
                }
            }
        }
        return shown.isEmpty() ? "" : ", or their labels " + String.join(", ", shown);
    }

    /** Checks a respondent's chosen options for missing answers, then counts them. */
    private void count(Counts c, CharSequence respondentId, int[] chosen) {
        Layout.ToolLayout l = c.layout;
        boolean[] scored = l.slotScored;
        if (policy == MissingAnswers.ERROR) {
            for (int s = 0; s < chosen.length; s++) {
                if (chosen[s] < 0 && scored[s]) {
                    throw missing(l, respondentId, chosen);
                }
            }
        }
        long[] counters = c.counters;
        long[] excluded = c.excludedSlot;
        long[] answered = c.answeredQuestion;
        int[] first = l.questionFirstSlot;
        int[] count = l.questionSlots;
        int[] offset = l.slotOffset;
        int[] slotGroup = l.slotGroup;
        long[] slotPoints = l.slotPoints;
        long[] rollUp = c.rollUp;
        boolean anyIncomplete = false;
        for (int qi = 0; qi < count.length; qi++) {
            boolean any = false;
            for (int s = first[qi], end = s + count[qi]; s < end; s++) {
                int o = chosen[s];
                int g = slotGroup[s];
                if (o >= 0) {
                    int at = offset[s] + o;
                    counters[at]++;
                    any = true;
                    if (g >= 0) {
                        rollUp[g] += slotPoints[at];
                    }
                } else if (scored[s]) {
                    excluded[s]++;
                    if (g >= 0) {
                        c.incomplete[g] = true;
                        anyIncomplete = true;
                    }
                }
            }
            if (any) {
                answered[qi]++;
            }
        }
        rollUps(c, anyIncomplete);
        c.respondents++;
    }

    /**
     * Ends a respondent's row: deepest first (children come after their parents), each group's
     * roll-up is whole once its children's are in; it goes into its parent's, and its square
     * into the sums (or, when the respondent left a question of it unanswered, into the partial sums).
     * Apart from {@link #count}, so that the JIT compiles both small.
     */
    private static void rollUps(Counts c, boolean anyIncomplete) {
        Layout.ToolLayout l = c.layout;
        long[] rollUp = c.rollUp;
        int[] parent = l.groupParent;
        long[] coefficient = l.groupCoefficient;
        long[] low = c.squaresLow;
        boolean[] incomplete = c.incomplete;
        for (int g = rollUp.length - 1; g >= 0; g--) {
            long x = rollUp[g];
            rollUp[g] = 0;
            if (g > 0) {
                rollUp[parent[g]] += coefficient[g] * x;
            }
            if (anyIncomplete && incomplete[g]) {
                incomplete[g] = false;
                if (g > 0) {
                    incomplete[parent[g]] = true;
                }
                c.incomplete(g, x);
                continue;
            }
            long square = x * x;   // |x| < 2^31 (Layout), so the square fits
            long sum = low[g] + square;
            if (Long.compareUnsigned(sum, square) < 0) {
                c.rare()[g]++;
            }
            low[g] = sum;
        }
    }

    private static MissingAnswerException missing(Layout.ToolLayout l, CharSequence respondentId, int[] chosen) {
        List<String> missing = new ArrayList<>();
        for (int s = 0; s < chosen.length; s++) {
            if (chosen[s] < 0 && l.slotScored[s]) {
                missing.add(l.slotId[s]);
            }
        }
        String more = missing.size() == 1 ? "" : " (" + missing.size() + " unanswered: "
                + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                + (missing.size() > 10 ? ", …" : "") + ")";
        return new MissingAnswerException(Location.answer(respondentId.toString(), missing.get(0)), "no answer to " + missing.get(0) + more);
    }

    /**
     * Counts several respondents, each as {@link #add}.
     *
     * @param toolId      a survey tool
     * @param respondents the respondents
     */
    public void addAll(String toolId, Iterable<Respondent> respondents) {
        for (Respondent r : respondents) {
            add(toolId, r);
        }
    }

    private ItaException unknownKey(Layout.ToolLayout l, String respondent, String key) {
        Location at = Location.answer(respondent, key);
        Integer qi = l.questionIndexById.get(key);
        if (qi != null) {
            Question q = l.questions.get(qi);
            return new InvalidAnswerException(at, "question " + key + " is answered by its sub-items "
                    + String.join(", ", q.items().stream().map(i -> i.id()).toList()) + ", not as a whole");
        }
        Optional<Tool> elsewhere = layout.edition.toolOf(key);
        if (elsewhere.isPresent()) {
            return new UnknownIdException(at, key + " belongs to " + elsewhere.get().id() + ", not to " + l.tool.id(), key);
        }
        return new UnknownIdException(at, "edition " + layout.edition.id() + " has no question " + Text.clip(key), key);
    }

    private Layout.ToolLayout tool(String toolId) {
        Layout.ToolLayout l = layout.tools.get(toolId);
        if (l == null) {
            throw new UnknownIdException(Location.question(toolId), "edition " + layout.edition.id()
                    + " has no survey tool " + toolId + " (survey tools: " + String.join(", ", layout.tools.keySet()) + ")", toolId);
        }
        return l;
    }

    /**
     * Adds another tally of the same edition and policy into this one.
     *
     * @param other the other tally (unchanged)
     * @return this tally
     * @throws IllegalArgumentException when the tallies belong to different editions or policies
     */
    public Tally merge(Tally other) {
        return merge(other, false);
    }

    /**
     * As {@link #merge}, moving rather than copying: the counts of a tool this tally has none of are
     * taken over as they are, and the other tally is left empty. For parts counted side by side and
     * not used again.
     *
     * @param other the other tally (emptied)
     * @return this tally
     * @throws IllegalArgumentException when the other tally is this one, or of another edition or policy
     */
    public Tally absorb(Tally other) {
        if (other == this) {
            throw new IllegalArgumentException("a tally cannot absorb itself");
        }
        return merge(other, true);
    }

    private Tally merge(Tally other, boolean move) {
        if (other.layout.edition != layout.edition || other.policy != policy) {
            throw new IllegalArgumentException("cannot merge tallies of different editions or missing-answer policies");
        }
        for (int i = 0; i < counts.length; i++) {
            Counts theirs = other.counts[i];
            if (theirs == null) {
                continue;
            }
            if (counts[i] != null) {
                counts[i].add(theirs);
            } else {
                counts[i] = move ? theirs : theirs.copy();
            }
            if (move) {
                other.counts[i] = null;
            }
        }
        return this;
    }

    /**
     * @param toolId a survey tool
     * @return the number of respondents counted into it
     */
    public long respondents(String toolId) {
        Counts c = counts(tool(toolId));
        return c == null ? 0 : c.respondents;
    }

    /** @return the edition id of this tally */
    public String editionId() {
        return layout.edition.id();
    }
}

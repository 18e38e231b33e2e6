package io.github.ita.scoring;

import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Label;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.internal.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat layout of an edition's survey tools that tallies count into: one slot per question
 * answered as a whole and per sub-item, each with one counter per option. Built once per edition.
 */
final class Layout {

    /** {@link ToolLayout#byLabel}: a label that two options of a question share. */
    static final int AMBIGUOUS = -2;

    final Edition edition;
    final Map<String, ToolLayout> tools = new LinkedHashMap<>();

    Layout(Edition edition) {
        this.edition = edition;
        for (Tool tool : edition.tools()) {
            if (tool.kind() == ToolKind.SURVEY) {
                tools.put(tool.id(), new ToolLayout(tool, tools.size()));
            }
        }
    }

    /** One survey tool's slots. */
    static final class ToolLayout {
        final Tool tool;
        /** The tool's place among the edition's survey tools. */
        final int index;
        final List<Question> questions = new ArrayList<>();
        final Map<String, Integer> slotByKey = new HashMap<>();
        final Map<String, Integer> questionIndexById = new HashMap<>();
        /** The option codes of each slot's question (interned), for a scan faster than hashing short strings. */
        String[][] slotCodes;
        /** For each slot, option index by code character when codes are one ASCII character ('1'–'4'); -1 where none. */
        byte[][] slotSingleChar;
        /**
         * For each slot, its question's option labels (Thai and English, as {@link Ids#normal} gives
         * them) → the option's index, or {@link #AMBIGUOUS} for a label two options share; a label
         * that is another option's code is left out (codes are matched first). Shared by a question's slots.
         */
        Map<String, Integer>[] slotLabels;
        int[] questionFirstSlot;
        int[] questionSlots;
        int[] slotQuestion;
        boolean[] slotScored;
        String[] slotId;
        int[] slotOffset;
        int[] slotOptions;
        /** Option points scaled by 10^pointScale, so that sums stay exact in longs. */
        long[] points;
        int pointScale;
        /** 10^pointScale, or 0 when it does not fit a long (the scoring then fails as it reaches it). */
        long pointFactor;
        int counters;
        /**
         * The nodes a respondent's own roll-up is kept for, to measure the spread between respondents
         * ({@link Spread}): the tool (group 0), then each indicator, sub-indicator and question with
         * sub-items that carries a score, in the order of a depth-first walk of the tool's tree
         * ({@link ResultTree#structure}). A respondent's roll-up in group {@code g} is an integer
         * {@code x} divided by {@code groupUnit[g]}, exactly: each answer adds
         * {@link #slotPoints} to the group right above it ({@link #slotGroup}), then each group
         * adds {@code groupCoefficient[g] × x} to its parent, deepest first.
         */
        String[] groupId;
        /** What a group's integer roll-up is divided by to give points; 0 for a group left unmeasured. */
        long[] groupUnit;
        /** Each group's parent group (-1 for the tool), and what one unit of the group is worth in the parent's x. */
        int[] groupParent;
        long[] groupCoefficient;
        /** Each indicator's group, in the tool's order of indicators; -1 for one that is none. */
        int[] indicatorGroup;
        /** Each group's scored slots. */
        int[][] groupSlots;
        /** The group right above each slot (its question with sub-items, sub-indicator, indicator or tool); -1 when unscored. */
        int[] slotGroup;
        /** {@code slotPoints[slotOffset[s] + o]}: what option {@code o} of slot {@code s} adds to the x of {@code slotGroup[s]}. */
        long[] slotPoints;

        ToolLayout(Tool tool, int index) {
            this.tool = tool;
            this.index = index;
            questions.addAll(tool.questions());
            int scale = 0;
            for (Question q : questions) {
                for (AnswerOption o : q.options()) {
                    scale = Math.max(scale, Math.max(0, o.points().stripTrailingZeros().scale()));
                }
            }
            pointScale = scale;
            pointFactor = scale <= 18 ? java.math.BigInteger.TEN.pow(scale).longValueExact() : 0;
            List<Integer> slotQ = new ArrayList<>();
            List<String> slotIds = new ArrayList<>();
            questionFirstSlot = new int[questions.size()];
            questionSlots = new int[questions.size()];
            for (int qi = 0; qi < questions.size(); qi++) {
                Question q = questions.get(qi);
                questionIndexById.put(q.id(), qi);
                questionFirstSlot[qi] = slotQ.size();
                if (q.items().isEmpty()) {
                    slotByKey.put(q.id(), slotQ.size());
                    slotQ.add(qi);
                    slotIds.add(q.id());
                } else {
                    for (SubItem item : q.items()) {
                        slotByKey.put(item.id(), slotQ.size());
                        slotQ.add(qi);
                        slotIds.add(item.id());
                    }
                }
                questionSlots[qi] = slotQ.size() - questionFirstSlot[qi];
            }
            int slots = slotQ.size();
            slotQuestion = new int[slots];
            slotScored = new boolean[slots];
            slotId = slotIds.toArray(new String[0]);
            slotOffset = new int[slots];
            slotOptions = new int[slots];
            List<Long> pts = new ArrayList<>();
            int offset = 0;
            for (int s = 0; s < slots; s++) {
                slotQuestion[s] = slotQ.get(s);
                Question q = questions.get(slotQuestion[s]);
                slotScored[s] = q.isScored();
                slotOffset[s] = offset;
                slotOptions[s] = q.options().size();
                offset += slotOptions[s];
                for (AnswerOption o : q.options()) {
                    pts.add(o.points().movePointRight(pointScale).setScale(0).longValueExact());
                }
            }
            counters = offset;
            slotCodes = new String[slots][];
            slotSingleChar = new byte[slots][];
            for (int s = 0; s < slots; s++) {
                // interned, so that a reader handing the same interned strings is matched by identity first
                slotCodes[s] = questions.get(slotQuestion[s]).options().stream().map(o -> o.code().intern()).toArray(String[]::new);
                byte[] table = new byte[128];
                java.util.Arrays.fill(table, (byte) -1);
                for (int o = 0; o < slotCodes[s].length && o < Byte.MAX_VALUE; o++) {
                    String code = slotCodes[s][o];
                    if (code.length() == 1 && code.charAt(0) < 128) {
                        table[code.charAt(0)] = (byte) o;
                    }
                }
                slotSingleChar[s] = table;
            }
            points = pts.stream().mapToLong(Long::longValue).toArray();
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<String, Integer>[] labels = new Map[slots];
            Map<Integer, Map<String, Integer>> byQuestion = new HashMap<>();
            for (int s = 0; s < slots; s++) {
                labels[s] = byQuestion.computeIfAbsent(slotQuestion[s], qi -> labels(questions.get(qi).options()));
            }
            slotLabels = labels;
            groups();
            indicatorGroup = new int[tool.indicators().size()];
            List<String> groupIds = List.of(groupId);
            for (int i = 0; i < indicatorGroup.length; i++) {
                indicatorGroup[i] = groupIds.indexOf(tool.indicators().get(i).id());
            }
        }

        /**
         * The groups' integer arithmetic. Every mean of docs/method.md §3 is unweighted: a group of
         * {@code k} scored parts has r = (Σ its slots' points + Σ its child groups' r) / k. With
         * {@code L} the lcm of the child groups' denominators {@code D}, take {@code D = k × L}:
         * then x = L × Σ points + Σ (L / D_child) × x_child is an integer and r = x / (D × 10^pointScale).
         * A group whose integer roll-up could exceed {@value Integer#MAX_VALUE} (an edition of
         * thousands of parts), and every group above it, is left unmeasured rather than risk an overflow.
         */
        private void groups() {
            int slots = slots();
            slotGroup = new int[slots];
            java.util.Arrays.fill(slotGroup, -1);
            slotPoints = new long[counters];
            List<String> ids = new ArrayList<>();
            List<Integer> parents = new ArrayList<>();
            List<int[]> scoredSlots = new ArrayList<>();
            List<long[]> denominatorAndBound = new ArrayList<>();
            List<Long> coefficients = new ArrayList<>();
            group(ResultTree.structure(tool), -1, ids, parents, scoredSlots, denominatorAndBound, coefficients);
            groupId = ids.toArray(new String[0]);
            groupParent = parents.stream().mapToInt(Integer::intValue).toArray();
            groupCoefficient = coefficients.stream().mapToLong(Long::longValue).toArray();
            groupSlots = scoredSlots.toArray(new int[0][]);
            groupUnit = new long[ids.size()];
            long scale = java.math.BigInteger.TEN.pow(pointScale).longValueExact();
            for (int g = 0; g < ids.size(); g++) {
                long d = denominatorAndBound.get(g)[0];
                groupUnit[g] = d == 0 ? 0 : Math.multiplyExact(d, scale);
            }
        }

        /**
         * Walks a scored inner node as group {@code g} (pre-order, so that the indexes are the walk's):
         * its slots and child groups, then its denominator and bound from theirs.
         *
         * @return the group's index
         */
        private int group(ResultNode.Draft d, int parent, List<String> ids, List<Integer> parents, List<int[]> scoredSlots,
                          List<long[]> denominatorAndBound, List<Long> coefficients) {
            int g = ids.size();
            ids.add(d.id);
            parents.add(parent);
            scoredSlots.add(null);
            denominatorAndBound.add(null);
            coefficients.add(0L);
            List<Integer> direct = new ArrayList<>();
            List<Integer> children = new ArrayList<>();
            long k = 0;
            for (ResultNode.Draft c : d.children) {
                if (!c.scored) {
                    continue;
                }
                k++;
                if (c.children.isEmpty()) {
                    direct.add(slotByKey.get(c.id));
                } else {
                    children.add(group(c, g, ids, parents, scoredSlots, denominatorAndBound, coefficients));
                }
            }
            List<Integer> all = new ArrayList<>(direct);
            for (int c : children) {
                for (int s : scoredSlots.get(c)) {
                    all.add(s);
                }
            }
            scoredSlots.set(g, all.stream().mapToInt(Integer::intValue).toArray());
            long denominator = 0;
            long bound = 0;
            try {
                long lcm = 1;
                boolean measured = k > 0;
                for (int c : children) {
                    long dc = denominatorAndBound.get(c)[0];
                    measured &= dc != 0;
                    lcm = dc == 0 ? lcm : Math.multiplyExact(lcm / gcd(lcm, dc), dc);
                }
                if (measured) {
                    for (int s : direct) {
                        long most = 0;
                        for (int o = 0; o < slotOptions[s]; o++) {
                            most = Math.max(most, Math.abs(points[slotOffset[s] + o]));
                        }
                        bound = Math.addExact(bound, Math.multiplyExact(lcm, most));
                    }
                    for (int c : children) {
                        long coefficient = lcm / denominatorAndBound.get(c)[0];
                        coefficients.set(c, coefficient);
                        bound = Math.addExact(bound, Math.multiplyExact(coefficient, denominatorAndBound.get(c)[1]));
                    }
                    if (bound <= Integer.MAX_VALUE) {
                        denominator = Math.multiplyExact(k, lcm);
                        for (int s : direct) {
                            slotGroup[s] = g;
                            for (int o = 0; o < slotOptions[s]; o++) {
                                slotPoints[slotOffset[s] + o] = lcm * points[slotOffset[s] + o];
                            }
                        }
                    }
                }
            } catch (ArithmeticException tooFine) {
                denominator = 0;   // unmeasured, as the method comment says
            }
            if (denominator == 0) {
                for (int c : children) {
                    coefficients.set(c, 0L);
                }
            }
            denominatorAndBound.set(g, new long[] {denominator, bound});
            return g;
        }

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }

        /**
         * @return the options' labels → option index: each option's Thai and English label, trimmed;
         *         a label of two options {@link #AMBIGUOUS}; a label that is another option's code left out
         */
        private static Map<String, Integer> labels(List<AnswerOption> options) {
            Map<String, Integer> codes = new HashMap<>();
            for (int o = 0; o < options.size(); o++) {
                codes.put(options.get(o).code(), o);
            }
            Map<String, Integer> labels = new HashMap<>();
            for (int o = 0; o < options.size(); o++) {
                Label label = options.get(o).label();
                for (String text : new String[] {label.th(), label.en()}) {
                    String l = Ids.normal(text);
                    Integer code = codes.get(l);
                    if (l.isEmpty() || code != null && code != o) {
                        continue;
                    }
                    Integer before = labels.putIfAbsent(l, o);
                    if (before != null && before != o) {
                        labels.put(l, AMBIGUOUS);
                    }
                }
            }
            return Map.copyOf(labels);
        }

        /**
         * @param slot a slot
         * @param cell an answer that is no code of the slot's options
         * @return the index of the option whose label the cell is (trimmed), -1 when none, or
         *         {@link #AMBIGUOUS} when two options share it
         */
        int byLabel(int slot, String cell) {
            Integer o = slotLabels[slot].get(Ids.normal(cell));
            return o == null ? -1 : o;
        }

        int slots() {
            return slotId.length;
        }
    }
}

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
        int counters;
        /**
         * The nodes a respondent's own roll-up is kept for, to measure the spread between respondents
         * ({@link Spread}): the tool (group 0), then each indicator, sub-indicator and question with
         * sub-items that carries a score, in the order of a depth-first walk of the tool's tree
         * ({@link ResultTree#structure}). A respondent's roll-up in group {@code g}
         * is the integer {@code x} summed over their answers from {@link #pairPoints}, divided by
         * {@code groupUnit[g]}; it is exact.
         */
        String[] groupId;
        /** What a group's integer roll-up is divided by to give points; 0 for a group left unmeasured. */
        long[] groupUnit;
        /** Each group's scored slots. */
        int[][] groupSlots;
        private List<List<Integer>> groupSlotLists = new ArrayList<>();
        /** For slot s, its entries {@code k} in [slotPairs[s], slotPairs[s + 1]): group pairGroup[k], option points from pairBase[k]. */
        int[] slotPairs;
        int[] pairGroup;
        int[] pairBase;
        /** {@code pairPoints[pairBase[k] + o]}: what option {@code o} adds to the respondent's integer roll-up of group pairGroup[k]. */
        long[] pairPoints;

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
        }

        /**
         * The groups' integer weights. In a group every mean is unweighted (docs/method.md §3), so a
         * slot's weight in the group is a fraction: 1 / (the parts entering each mean on the way
         * down); over the lcm {@code D} of those denominators every weight is an integer {@code m},
         * and a respondent's roll-up is {@code Σ m × points / (D × 10^pointScale)}. A group whose
         * integer roll-up could exceed {@value Integer#MAX_VALUE} (an edition of thousands of
         * parts) is left out: its spread is not measured, rather than risk an overflow.
         */
        private void groups() {
            List<String> ids = new ArrayList<>();
            List<Long> units = new ArrayList<>();
            List<Map<Integer, Long>> multipliers = new ArrayList<>();
            collectGroups(ResultTree.structure(tool), ids, units, multipliers);
            groupSlots = groupSlotLists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
            groupSlotLists = null;
            int slots = slots();
            List<List<Integer>> bySlot = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                bySlot.add(new ArrayList<>());
            }
            for (int g = 0; g < ids.size(); g++) {
                for (Integer s : multipliers.get(g).keySet()) {
                    bySlot.get(s).add(g);
                }
            }
            slotPairs = new int[slots + 1];
            List<Integer> pg = new ArrayList<>();
            List<Integer> pb = new ArrayList<>();
            List<Long> pp = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                slotPairs[s] = pg.size();
                for (int g : bySlot.get(s)) {
                    long m = multipliers.get(g).get(s);
                    pg.add(g);
                    pb.add(pp.size());
                    for (int o = 0; o < slotOptions[s]; o++) {
                        pp.add(m * points[slotOffset[s] + o]);
                    }
                }
            }
            slotPairs[slots] = pg.size();
            groupId = ids.toArray(new String[0]);
            groupUnit = units.stream().mapToLong(Long::longValue).toArray();
            pairGroup = pg.stream().mapToInt(Integer::intValue).toArray();
            pairBase = pb.stream().mapToInt(Integer::intValue).toArray();
            pairPoints = pp.stream().mapToLong(Long::longValue).toArray();
        }

        private void collectGroups(ResultNode.Draft d, List<String> ids, List<Long> units, List<Map<Integer, Long>> multipliers) {
            if (d.children.isEmpty() || !d.scored) {
                return;
            }
            Map<Integer, Rational> weights = new LinkedHashMap<>();
            weigh(d, Rational.of(1), weights);
            List<Integer> scoredSlots = new ArrayList<>(weights.keySet());
            Map<Integer, Long> m = new LinkedHashMap<>();
            long unit = 0;
            try {
                long lcm = 1;
                for (Rational w : weights.values()) {
                    long den = w.denominator().longValueExact();
                    lcm = Math.multiplyExact(lcm / gcd(lcm, den), den);
                }
                long bound = 0;
                for (Map.Entry<Integer, Rational> e : weights.entrySet()) {
                    Rational w = e.getValue();
                    long mult = Math.multiplyExact(w.numerator().longValueExact(), lcm / w.denominator().longValueExact());
                    m.put(e.getKey(), mult);
                    int s = e.getKey();
                    long most = 0;
                    for (int o = 0; o < slotOptions[s]; o++) {
                        most = Math.max(most, Math.abs(points[slotOffset[s] + o]));
                    }
                    bound = Math.addExact(bound, Math.multiplyExact(mult, most));
                }
                if (bound <= Integer.MAX_VALUE) {
                    unit = Math.multiplyExact(lcm, java.math.BigInteger.TEN.pow(pointScale).longValueExact());
                }
            } catch (ArithmeticException tooFine) {
                // not measured, as the method comment says
            }
            ids.add(d.id);
            units.add(unit);
            multipliers.add(unit == 0 ? Map.of() : m);
            groupSlotLists.add(scoredSlots);
            for (ResultNode.Draft c : d.children) {
                collectGroups(c, ids, units, multipliers);
            }
        }

        /** Each scored slot under {@code d} → its weight in {@code d}'s mean. */
        private void weigh(ResultNode.Draft d, Rational w, Map<Integer, Rational> out) {
            if (d.children.isEmpty()) {
                if (d.scored) {
                    out.put(slotByKey.get(d.id), w);
                }
                return;
            }
            long entering = d.children.stream().filter(c -> c.scored).count();
            for (ResultNode.Draft c : d.children) {
                if (c.scored) {
                    weigh(c, w.divide(entering), out);
                }
            }
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

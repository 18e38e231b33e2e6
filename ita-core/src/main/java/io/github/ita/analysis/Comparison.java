package io.github.ita.analysis;

import io.github.ita.edition.Rating;
import io.github.ita.scoring.ChangeTest;
import io.github.ita.scoring.Uncertainty;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two results, usually of one agency year over year (or of an agency and a peer: see
 * {@link #sameAgency()}): the change of the total, of each tool and of each indicator (matched by
 * id, so editions may differ), the rating before and after, and the indicators that crossed the pass
 * mark either way. A change is the difference of the two scores as shown (78.35 → 81.72 is +3.37),
 * so that a reader who subtracts finds the same; the difference of the exact scores, which may round
 * otherwise (+3.38), is kept as {@link Delta#exactChange()}. When both results were scored from
 * answers, the total's and each survey tool's change is tested against sampling
 * ({@link Delta#sampling()}): is it more than other respondents alone could have made?
 *
 * <pre>{@code
 * Comparison c = Comparison.of(fy2565, fy2566);
 * c.total().change();        // e.g. 4.12: after.shown() − before.shown()
 * c.crossedUp();             // indicators that now pass
 * }</pre>
 */
public final class Comparison {

    /** Which way a node crossed the pass mark. */
    public enum Crossing {
        /** It passes now and did not before. */
        UP,
        /** It fails now and passed before. */
        DOWN,
        /** No crossing (or a side has no score). */
        NONE
    }

    /**
     * One node before and after.
     *
     * @param id          the tool or indicator id ({@code total} for the total)
     * @param before      its score before, or null
     * @param after       its score after, or null
     * @param change      the score after as shown minus the score before as shown (two decimals), or
     *                    null when a side has no score
     * @param exactChange the exact score after minus the exact score before, or null when a side has
     *                    no score; shown to two decimals it may differ from {@code change} by 0.01
     * @param crossing    whether it crossed the pass mark
     * @param test        whether the change is more than sampling explains, for a total or a survey
     *                    tool scored from answers on both sides; null otherwise
     */
    public record Delta(String id, Score before, Score after, BigDecimal change, Score exactChange, Crossing crossing,
                        ChangeTest test) {

        /** @return the test of the change against sampling, when both sides were scored from answers */
        public Optional<ChangeTest> sampling() {
            return Optional.ofNullable(test);
        }
    }

    private final Result before;
    private final Result after;
    private final Delta total;
    private final List<Delta> tools;
    private final List<Delta> indicators;

    private Comparison(Result before, Result after) {
        this.before = before;
        this.after = after;
        this.total = delta("total", before.total().orElse(null), after.total().orElse(null),
                before.edition().passMark(), after.edition().passMark(), test(before.uncertainty(), after.uncertainty()));
        this.tools = deltas(before, after, true);
        this.indicators = deltas(before, after, false);
    }

    /**
     * @param before the earlier result
     * @param after  the later result
     * @return their comparison
     */
    public static Comparison of(Result before, Result after) {
        return new Comparison(before, after);
    }

    private static List<Delta> deltas(Result before, Result after, boolean toolLevel) {
        Map<String, ResultNode> old = new LinkedHashMap<>();
        Map<String, ResultNode> now = new LinkedHashMap<>();
        for (ResultNode t : before.tools()) {
            if (toolLevel) {
                old.put(t.id(), t);
            } else {
                t.children().forEach(i -> old.put(i.id(), i));
            }
        }
        for (ResultNode t : after.tools()) {
            if (toolLevel) {
                now.put(t.id(), t);
            } else {
                t.children().forEach(i -> now.put(i.id(), i));
            }
        }
        List<Delta> out = new ArrayList<>();
        for (Map.Entry<String, ResultNode> e : now.entrySet()) {
            ResultNode o = old.get(e.getKey());
            out.add(delta(e.getKey(), o == null ? null : o.score().orElse(null), e.getValue().score().orElse(null),
                    before.edition().passMark(), after.edition().passMark(),
                    toolLevel && o != null ? test(o.uncertainty(), e.getValue().uncertainty()) : null));
        }
        for (Map.Entry<String, ResultNode> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                out.add(delta(e.getKey(), e.getValue().score().orElse(null), null, before.edition().passMark(),
                        after.edition().passMark(), null));
            }
        }
        return out;
    }

    private static Delta delta(String id, Score b, Score a, BigDecimal markBefore, BigDecimal markAfter, ChangeTest test) {
        if (a == null || b == null) {
            return new Delta(id, b, a, null, null, Crossing.NONE, null);
        }
        boolean was = b.reaches(markBefore);
        boolean is = a.reaches(markAfter);
        return new Delta(id, b, a, a.shown().subtract(b.shown()), a.minus(b),
                was == is ? Crossing.NONE : is ? Crossing.UP : Crossing.DOWN, test);
    }

    /** The test of a change against sampling, when both sides have an estimated uncertainty. */
    private static ChangeTest test(Optional<Uncertainty> before, Optional<Uncertainty> after) {
        if (before.isEmpty() || after.isEmpty() || !before.get().isEstimated() || !after.get().isEstimated()) {
            return null;
        }
        return after.get().changeFrom(before.get());
    }

    /** @return whether both results are of the same agency (the same id) */
    public boolean sameAgency() {
        return before.agency().id().equals(after.agency().id());
    }

    /** @return the earlier result */
    public Result before() {
        return before;
    }

    /** @return the later result */
    public Result after() {
        return after;
    }

    /** @return the total before and after */
    public Delta total() {
        return total;
    }

    /** @return each tool before and after, in the later edition's order */
    public List<Delta> tools() {
        return tools;
    }

    /** @return each indicator before and after, matched by id, in the later edition's order */
    public List<Delta> indicators() {
        return indicators;
    }

    /** @return the rating before */
    public Optional<Rating> ratingBefore() {
        return before.rating();
    }

    /** @return the rating after */
    public Optional<Rating> ratingAfter() {
        return after.rating();
    }

    /** @return the indicators that reach the pass mark now and did not before */
    public List<Delta> crossedUp() {
        return indicators.stream().filter(d -> d.crossing() == Crossing.UP).toList();
    }

    /** @return the indicators that fall below the pass mark now and reached it before */
    public List<Delta> crossedDown() {
        return indicators.stream().filter(d -> d.crossing() == Crossing.DOWN).toList();
    }
}

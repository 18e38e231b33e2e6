package io.github.ita.analysis;

import io.github.ita.scoring.Level;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Score;
import java.util.List;

/**
 * The shortest list of improvements that reaches a target: raise this item or question (or, for
 * an audited sheet, this indicator) to 100, in order of the points of the total each gains, with
 * the total after each step — or, when even raising everything falls short, every step and
 * {@code reachable == false}.
 *
 * @param target    what was aimed at
 * @param from      the total before
 * @param reachable whether the steps reach the target
 * @param steps     the improvements, biggest gain first
 * @param after     the result once every step is taken
 */
public record Plan(Target target, Score from, boolean reachable, List<Step> steps, Result after) {

    /**
     * One improvement.
     *
     * @param id         the node raised
     * @param level      its level
     * @param from       its score before
     * @param to         its score after (100)
     * @param gain       the points of the total it adds, exactly
     * @param totalAfter the total once this and every earlier step are taken
     */
    public record Step(String id, Level level, Score from, Score to, Score gain, Score totalAfter) {
    }

    /**
     * Copies the steps into an unmodifiable list.
     *
     * @param target    what was aimed at
     * @param from      the total before
     * @param reachable whether the steps reach the target
     * @param steps     the improvements, biggest gain first
     * @param after     the result once every step is taken
     */
    public Plan {
        steps = List.copyOf(steps);
    }
}

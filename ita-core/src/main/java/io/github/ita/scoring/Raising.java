package io.github.ita.scoring;

import io.github.ita.Location;
import io.github.ita.UnknownIdException;
import io.github.ita.internal.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A what-if kept up to date one raise at a time: inputs of a result raised to 100, each in turn,
 * with the total always exactly what {@link Scorer#whatIf} would give for the inputs raised so
 * far. A raise recomputes only the means above the raised node, from running sums, so trying every
 * input costs the depth of the tree rather than the whole tree. Mutable; not thread-safe.
 *
 * <pre>{@code
 * Raising r = scorer.raising(result);
 * r.gain("o24");          // how much the total would rise with o24 at 100
 * r.raise("o24");         // the total with o24 at 100
 * }</pre>
 */
public final class Raising {

    private final RoundingPolicy rounding;
    private final Map<String, Node> nodes = new HashMap<>();
    private final List<Rational> toolWeights = new ArrayList<>();
    private final List<Node> toolNodes = new ArrayList<>();
    private Rational total;

    /** One node: its value, whether it is given (kept, not recomputed) and, when computed, the sum of its parts. */
    private static final class Node {
        final Node parent;
        final int tool;
        final boolean enters;
        Rational value;
        boolean given;
        /** The sum of the used values of the children entering the mean, and how many they are; null when not computed. */
        Rational sum;
        int count;

        Node(Node parent, int tool, boolean enters) {
            this.parent = parent;
            this.tool = tool;
            this.enters = enters;
        }
    }

    Raising(Method method, List<ResultNode.Draft> tools) {
        this.rounding = method.rounding();
        Rational sum = Rational.ZERO;
        boolean complete = true;
        for (int i = 0; i < tools.size(); i++) {
            ResultNode.Draft t = tools.get(i);
            toolWeights.add(method.toolShare(i));
            add(t, null, i);
            if (t.value == null) {
                complete = false;
            } else {
                sum = sum.add(toolWeights.get(i).multiply(used(t.value)));
            }
        }
        this.total = complete ? sum : null;
    }

    private void add(ResultNode.Draft d, Node parent, int tool) {
        Node n = new Node(parent, tool, d.scored && !d.left);
        n.value = d.value;
        n.given = d.given;
        if (!d.given && d.scored && d.value != null && !d.children.isEmpty()) {
            Rational sum = Rational.ZERO;
            int count = 0;
            for (ResultNode.Draft c : d.children) {
                if (c.scored && !c.left) {
                    sum = sum.add(used(c.value));
                    count++;
                }
            }
            n.sum = sum;
            n.count = count;
        }
        nodes.putIfAbsent(d.id, n);
        if (parent == null) {
            toolNodes.add(n);
        }
        for (ResultNode.Draft c : d.children) {
            add(c, n, tool);
        }
    }

    private Rational used(Rational v) {
        return Method.used(rounding, v);
    }

    /** @return the total with the inputs raised so far; empty when a tool has no data */
    public Optional<Score> total() {
        return Optional.ofNullable(total).map(Score::of);
    }

    /**
     * @param id the id of a node of the result: a question, an OIT item, a given node
     * @return how much the total would rise with this node raised to 100 (given) now; zero when a
     *         given node above it, or its leaving its parent's mean, keeps it out of the total
     * @throws UnknownIdException    when the result has no such node
     * @throws IllegalStateException when the result has no total
     */
    public Score gain(String id) {
        Node n = node(id);
        return Score.of(live(n) ? delta(n) : Rational.ZERO);
    }

    /**
     * The gain of a node split in two: its part (the node itself, or its ancestor, right under a
     * tool) would change the used value it brings to its tool's mean by this much were the node at
     * 100 now, and {@link #gain(String, Score)} turns such a change into the gain of the total. The
     * change depends only on the nodes between the node and its tool; the gain rises (never falls)
     * with the change, whatever the rounding, as the tool's mean and its rounding do.
     *
     * @param id the id of a node of the result: a question, an OIT item, a given node
     * @return the change of its part's used value were it at 100 now; empty when the node is a
     *         tool or its gain is zero for the reason {@link #gain(String)} gives
     * @throws UnknownIdException    when the result has no such node
     * @throws IllegalStateException when the result has no total
     */
    public Optional<Score> partChange(String id) {
        Node n = node(id);
        if (n.parent == null || !live(n)) {
            return Optional.empty();
        }
        Rational value = Rational.HUNDRED;
        Node c = n;
        for (; c.parent.parent != null; c = c.parent) {
            Node p = c.parent;
            value = p.sum.subtract(used(c.value)).add(used(value)).divide(p.count);
        }
        return Optional.of(Score.of(used(value).subtract(used(c.value))));
    }

    /**
     * @param id     the id of a node below a tool
     * @param change a change of the used value of its part, as {@link #partChange} gives
     * @return how much the total would rise were the node's part to change so now: for the
     *         node's own change, exactly {@link #gain(String)}
     * @throws UnknownIdException    when the result has no such node
     * @throws IllegalStateException when the result has no total
     */
    public Score gain(String id, Score change) {
        Node tool = toolNodes.get(node(id).tool);
        Rational value = tool.sum.add(change.value()).divide(tool.count);
        return Score.of(toolWeights.get(tool.tool).multiply(used(value).subtract(used(tool.value))));
    }

    /**
     * Raises a node to 100, as given, and recomputes the means above it.
     *
     * @param id the id of a node of the result: a question, an OIT item, a given node
     * @return the new total
     * @throws UnknownIdException    when the result has no such node
     * @throws IllegalStateException when the result has no total
     */
    public Score raise(String id) {
        Node n = node(id);
        n.given = true;
        if (!live(n)) {
            n.value = Rational.HUNDRED;
            return Score.of(total);
        }
        total = total.add(delta(n));
        Rational value = Rational.HUNDRED;
        while (true) {
            Rational old = n.value;
            n.value = value;
            if (n.parent == null) {
                return Score.of(total);
            }
            Node p = n.parent;
            p.sum = p.sum.subtract(used(old)).add(used(value));
            value = p.sum.divide(p.count);
            n = p;
        }
    }

    private Node node(String id) {
        Node n = nodes.get(id);
        if (n == null) {
            throw new UnknownIdException(Location.question(id), "the result has no node " + Text.clip(id), id);
        }
        if (total == null) {
            throw new IllegalStateException("the result has no total (a tool has no data), so nothing raises it");
        }
        return n;
    }

    /** @return whether a change of the node reaches the total: no given node above it, and every node on the way entering its parent's mean */
    private static boolean live(Node n) {
        for (Node c = n; c.parent != null; c = c.parent) {
            if (c.parent.given || !c.enters) {
                return false;
            }
        }
        return true;
    }

    /** The change of the total were a live node at 100: the new means up the path, the tool's last. */
    private Rational delta(Node n) {
        Rational value = Rational.HUNDRED;
        for (Node c = n; ; c = c.parent) {
            if (c.parent == null) {
                return toolWeights.get(c.tool).multiply(used(value).subtract(used(c.value)));
            }
            Node p = c.parent;
            value = p.sum.subtract(used(c.value)).add(used(value)).divide(p.count);
        }
    }
}

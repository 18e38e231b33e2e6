package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Label;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A node's children by level: in edition order, whether they are all, some or none of its children. */
class ResultNodeTest {

    private static ResultNode node(Level level, String id, ResultNode... children) {
        return new ResultNode(new ResultNode.Draft(level, id, new Label(id, id)), Weight.ZERO, new BigDecimal("85"), null, children);
    }

    @Test
    void givesTheChildrenAtALevelInEditionOrder() {
        ResultNode q1 = node(Level.QUESTION, "i1");
        ResultNode q2 = node(Level.QUESTION, "i2");
        ResultNode sub = node(Level.SUB_INDICATOR, "9.1", node(Level.QUESTION, "i3"));
        ResultNode mixed = node(Level.INDICATOR, "9", q1, sub, q2);
        ResultNode questions = node(Level.INDICATOR, "1", q1, q2);

        assertThat(mixed.children(Level.QUESTION)).containsExactly(q1, q2);
        assertThat(mixed.children(Level.SUB_INDICATOR)).containsExactly(sub);
        assertThat(mixed.children(Level.ITEM)).isEmpty();
        assertThat(questions.children(Level.QUESTION)).containsExactly(q1, q2);
        assertThat(questions.children(Level.SUB_INDICATOR)).isEmpty();
        assertThat(q1.children(Level.ITEM)).isEmpty();
    }
}

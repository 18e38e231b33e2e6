package io.github.ita.scoring;

import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.Location;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Question;
import io.github.ita.internal.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A header of answer columns bound to a survey tool's questions and sub-items: the shape of
 * {@code iit.csv}, {@code eit.csv} or a database table, checked once so that each row can be counted
 * with {@link Tally#add(Columns, String, String[])} without building a map. Immutable.
 *
 * <pre>{@code
 * Columns columns = scorer.columns("IIT", List.of("i1", "i2", "i27a"));
 * tally.add(columns, "r1", new String[] {"4", "3", "yes"});
 * }</pre>
 */
public final class Columns {

    final Layout.ToolLayout layout;
    final int[] slots;
    private final List<String> ids;

    Columns(Layout.ToolLayout layout, List<String> ids) {
        this.layout = layout;
        this.ids = List.copyOf(ids);
        this.slots = new int[ids.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (seen.putIfAbsent(id, i) != null) {
                throw new DuplicateIdException(Location.question(id), "column " + io.github.ita.internal.Text.clip(id) + " appears twice", id);
            }
            Integer slot = layout.slotByKey.get(id);
            if (slot == null) {
                Integer qi = layout.questionIndexById.get(id);
                if (qi != null) {
                    Question q = layout.questions.get(qi);
                    throw new InvalidAnswerException(Location.question(id), "question " + id + " is answered by its sub-items "
                            + String.join(", ", q.items().stream().map(it -> it.id()).toList()) + ": give those columns instead");
                }
                throw new UnknownIdException(Location.question(id), Text.clip(id) + " is not a question or sub-item of "
                        + layout.tool.id(), id);
            }
            slots[i] = slot;
        }
    }

    /** @return the tool the columns belong to */
    public String toolId() {
        return layout.tool.id();
    }

    /** @return the question and sub-item ids, in column order */
    public List<String> ids() {
        return ids;
    }

    /**
     * The options a column's cells choose among, in the order that {@link Tally#add(Columns, String, int[])}
     * numbers them: the options of the column's question (a sub-item takes its question's).
     *
     * @param column a column index, from 0
     * @return the options of the column's question
     * @throws IndexOutOfBoundsException when there is no such column
     */
    public List<AnswerOption> options(int column) {
        return layout.questions.get(layout.slotQuestion[slots[column]]).options();
    }

    /** @return the number of columns */
    public int size() {
        return slots.length;
    }

    /**
     * @return the scored questions or sub-items of the tool that no column holds: with missing
     *         answers an error, every respondent would lack them
     */
    public List<String> absent() {
        boolean[] present = new boolean[layout.slots()];
        for (int s : slots) {
            present[s] = true;
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int s = 0; s < present.length; s++) {
            if (!present[s] && layout.slotScored[s]) {
                out.add(layout.slotId[s]);
            }
        }
        return out;
    }
}

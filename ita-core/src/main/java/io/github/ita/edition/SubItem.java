package io.github.ita.edition;

import java.util.Objects;

/**
 * A sub-item (ข้อย่อย) of a question, answered on the question's scale.
 *
 * @param id     the item id, unique in the edition (e.g. {@code i27a})
 * @param label  the label
 * @param source where it comes from
 */
public record SubItem(String id, Label label, String source) {

    /**
     * Checks that the id, label and source are given.
     *
     * @param id     the item id, unique in the edition (e.g. {@code i27a})
     * @param label  the label
     * @param source where it comes from
     */
    public SubItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }
}

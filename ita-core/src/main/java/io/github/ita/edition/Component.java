package io.github.ita.edition;

import java.util.Objects;

/**
 * A required data component (องค์ประกอบด้านข้อมูล) of an OIT item: the item counts as published only
 * when every one of its components is present.
 *
 * @param id     the component id, unique in the edition (e.g. {@code o24.1})
 * @param label  what must be shown
 * @param source where it comes from
 */
public record Component(String id, Label label, String source) {

    /**
     * Checks that the id, label and source are given.
     *
     * @param id     the component id, unique in the edition (e.g. {@code o24.1})
     * @param label  what must be shown
     * @param source where it comes from
     */
    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }
}

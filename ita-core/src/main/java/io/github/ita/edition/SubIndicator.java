package io.github.ita.edition;

import java.util.List;
import java.util.Objects;

/**
 * A sub-indicator (ตัวชี้วัดย่อย) of an OIT indicator, e.g. 9.1 ข้อมูลพื้นฐาน.
 *
 * @param id        the id, e.g. {@code 9.1}
 * @param label     the name
 * @param source    where it comes from
 * @param questions its items
 */
public record SubIndicator(String id, Label label, String source, List<Question> questions) {

    /**
     * Checks that the id, label and source are given and copies the questions.
     *
     * @param id        the id, e.g. {@code 9.1}
     * @param label     the name
     * @param source    where it comes from
     * @param questions its items
     */
    public SubIndicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        questions = List.copyOf(questions);
    }
}

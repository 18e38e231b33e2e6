package io.github.ita.edition;

import java.util.List;
import java.util.Objects;

/**
 * An indicator (ตัวชี้วัด), 1–10 in the ITA. It holds either questions or sub-indicators.
 *
 * @param id            the id, e.g. {@code 4}
 * @param label         the name, e.g. การใช้ทรัพย์สินของราชการ
 * @param source        where it comes from
 * @param questions     its questions (empty when it has sub-indicators)
 * @param subIndicators its sub-indicators (empty when it has questions)
 */
public record Indicator(String id, Label label, String source, List<Question> questions, List<SubIndicator> subIndicators) {

    /**
     * Checks that the id, label and source are given and copies the questions and sub-indicators.
     *
     * @param id            the id, e.g. {@code 4}
     * @param label         the name, e.g. การใช้ทรัพย์สินของราชการ
     * @param source        where it comes from
     * @param questions     its questions (empty when it has sub-indicators)
     * @param subIndicators its sub-indicators (empty when it has questions)
     */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        questions = List.copyOf(questions);
        subIndicators = List.copyOf(subIndicators);
    }

    /** @return true when the indicator is the mean of sub-indicators rather than of questions */
    public boolean hasSubIndicators() {
        return !subIndicators.isEmpty();
    }
}

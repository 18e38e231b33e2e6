package io.github.ita.edition;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of an answer scale: its code (what respondents' files contain), its label, and the
 * points out of 100 a respondent choosing it earns.
 *
 * @param code   the code, unique within its scale
 * @param label  the label
 * @param points the points, 0–100
 */
public record AnswerOption(String code, Label label, BigDecimal points) {

    /**
     * Checks that the code, label and points are given.
     *
     * @param code   the code, unique within its scale
     * @param label  the label
     * @param points the points, 0–100
     */
    public AnswerOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(points, "points");
    }
}

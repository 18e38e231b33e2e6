package io.github.ita.response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One IIT or EIT respondent: an id and the option code chosen for each question or sub-item.
 *
 * @param id      the respondent's id, unique within the agency's tool
 * @param answers question or sub-item id → option code
 */
public record Respondent(String id, Map<String, String> answers) {

    /**
     * Checks that the id, every question id and every option code are given, and copies the answers in order.
     *
     * @param id      the respondent's id, unique within the agency's tool
     * @param answers question or sub-item id → option code
     */
    public Respondent {
        Objects.requireNonNull(id, "id");
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : answers.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "question id"), Objects.requireNonNull(e.getValue(), "option code"));
        }
        answers = Collections.unmodifiableMap(copy);
    }

    /**
     * @param id      the respondent's id
     * @param answers question or sub-item id → option code
     * @return the respondent
     */
    public static Respondent of(String id, Map<String, String> answers) {
        return new Respondent(id, answers);
    }
}

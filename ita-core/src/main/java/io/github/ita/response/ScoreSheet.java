package io.github.ita.response;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Published scores to audit: numbers at any level of the edition's tree (indicator, sub-indicator
 * or question ids, mixed). Each node takes the given number or else the mean of its children;
 * giving a node and one of its descendants is an error, found when the sheet is audited.
 *
 * @param editionId the edition the numbers belong to, or {@code null} when the user names it
 * @param agency    the agency
 * @param scores    node id → published score (0–100)
 */
public record ScoreSheet(String editionId, Agency agency, Map<String, BigDecimal> scores) {

    /**
     * Checks that the agency is given and copies the scores, keeping their order.
     *
     * @param editionId the edition the numbers belong to, or {@code null} when the user names it
     * @param agency    the agency
     * @param scores    node id → published score (0–100)
     */
    public ScoreSheet {
        Objects.requireNonNull(agency, "agency");
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** @return the edition id, when the sheet names it */
    public Optional<String> edition() {
        return Optional.ofNullable(editionId);
    }
}

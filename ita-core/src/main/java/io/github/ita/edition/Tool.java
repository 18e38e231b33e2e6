package io.github.ita.edition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A tool (เครื่องมือ / แบบสำรวจ): IIT, EIT or OIT, with its weight in the total.
 *
 * @param id         the id: {@code IIT}, {@code EIT}, {@code OIT}
 * @param kind       survey or checklist
 * @param weight     its weight in percent (30, 30, 40)
 * @param label      its name
 * @param source     where it comes from
 * @param indicators its indicators
 */
public record Tool(String id, ToolKind kind, BigDecimal weight, Label label, String source, List<Indicator> indicators) {

    /**
     * Checks that the id, kind, weight, label and source are given and copies the indicators.
     *
     * @param id         the id: {@code IIT}, {@code EIT}, {@code OIT}
     * @param kind       survey or checklist
     * @param weight     its weight in percent (30, 30, 40)
     * @param label      its name
     * @param source     where it comes from
     * @param indicators its indicators
     */
    public Tool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        indicators = List.copyOf(indicators);
    }

    /** @return every question (or OIT item) of the tool, in edition order: indicator by indicator, sub-indicators in turn */
    public List<Question> questions() {
        List<Question> out = new java.util.ArrayList<>();
        for (Indicator indicator : indicators) {
            out.addAll(indicator.questions());
            for (SubIndicator sub : indicator.subIndicators()) {
                out.addAll(sub.questions());
            }
        }
        return List.copyOf(out);
    }
}

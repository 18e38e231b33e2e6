package io.github.ita.analysis;

import io.github.ita.edition.Edition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The summaries of a batch: of all agencies, and per group when asked. Immutable. */
public final class BatchSummary {

    private final Edition edition;
    private final BatchOptions options;
    private final Summary all;
    private final Map<String, Summary> groups;
    private final Map<String, Map<String, String>> attributes;

    BatchSummary(Edition edition, BatchOptions options, Summary all, Map<String, Summary> groups,
                 Map<String, Map<String, String>> attributes) {
        this.edition = edition;
        this.options = options;
        this.all = all;
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.attributes = Map.copyOf(attributes);
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the options summarised with */
    public BatchOptions options() {
        return options;
    }

    /** @return the summary of all agencies */
    public Summary all() {
        return all;
    }

    /** @return the attribute grouped by, if any */
    public Optional<String> groupBy() {
        return Optional.ofNullable(options.groupBy());
    }

    /**
     * @return group value → its summary, in the order a Thai reader expects (Thai collation: เชียงใหม่ between
     *         ชลบุรี and ตรัง; then by code point for names that collate as equal); agencies without the attribute under ""
     */
    public Map<String, Summary> groups() {
        return groups;
    }

    /**
     * @param agencyId an agency
     * @return its attributes from agencies.csv, empty when none
     */
    public Map<String, String> attributes(String agencyId) {
        return attributes.getOrDefault(agencyId, Map.of());
    }
}

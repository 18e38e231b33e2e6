package io.github.ita.response;

import io.github.ita.DuplicateIdException;
import io.github.ita.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one agency's respondents answered in one edition: the IIT and EIT respondents and
 * the OIT checklist. A tool with no data (no respondents, an empty checklist) is absent from the
 * result: its score, the total and the rating are then null.
 *
 * <pre>{@code
 * AgencyResponses responses = AgencyResponses.builder(new Agency("5330301", "อบต.ตัวอย่าง"))
 *     .iit(Respondent.of("r1", Map.of("i1", "4", "i2", "3")))
 *     .oit("o1", OitAnswer.published("https://example.go.th/structure"))
 *     .build();
 * }</pre>
 */
public final class AgencyResponses {

    private final String editionId;
    private final Agency agency;
    private final Map<String, List<Respondent>> respondents;
    private final Map<String, OitAnswer> oit;

    private AgencyResponses(Builder b) {
        this.editionId = b.editionId;
        this.agency = b.agency;
        Map<String, List<Respondent>> copy = new LinkedHashMap<>();
        b.respondents.forEach((tool, list) -> {
            checkUnique(tool, list);
            copy.put(tool, List.copyOf(list));
        });
        this.respondents = Collections.unmodifiableMap(copy);
        this.oit = Collections.unmodifiableMap(new LinkedHashMap<>(b.oit));
    }

    private static void checkUnique(String tool, List<Respondent> respondents) {
        Set<String> seen = new HashSet<>();
        for (Respondent r : respondents) {
            if (!seen.add(r.id())) {
                throw new DuplicateIdException(Location.answer(r.id(), null),
                        "respondent id " + io.github.ita.internal.Text.clip(r.id()) + " appears twice among the " + tool + " respondents", r.id());
            }
        }
    }

    /**
     * @param agency the agency
     * @return a builder
     */
    public static Builder builder(Agency agency) {
        return new Builder(agency);
    }

    /** @return the edition id the input names, if it names one */
    public Optional<String> editionId() {
        return Optional.ofNullable(editionId);
    }

    /** @return the agency */
    public Agency agency() {
        return agency;
    }

    /** @return the IIT respondents */
    public List<Respondent> iit() {
        return respondents("IIT");
    }

    /** @return the EIT respondents */
    public List<Respondent> eit() {
        return respondents("EIT");
    }

    /**
     * @param toolId a survey tool id such as {@code IIT}
     * @return that tool's respondents; empty when none were given
     */
    public List<Respondent> respondents(String toolId) {
        return respondents.getOrDefault(toolId, List.of());
    }

    /** @return survey tool id → respondents, for every tool given respondents */
    public Map<String, List<Respondent>> respondentsByTool() {
        return respondents;
    }

    /** @return the OIT checklist: item id → answer (empty when OIT is absent) */
    public Map<String, OitAnswer> oit() {
        return oit;
    }

    /** Builds {@link AgencyResponses}. */
    public static final class Builder {
        private final Agency agency;
        private String editionId;
        private final Map<String, List<Respondent>> respondents = new LinkedHashMap<>();
        private final Map<String, OitAnswer> oit = new LinkedHashMap<>();

        private Builder(Agency agency) {
            this.agency = Objects.requireNonNull(agency, "agency");
        }

        /**
         * @param id the edition id, e.g. {@code ita-2566}, or {@code null} to leave it unnamed
         * @return this, naming the edition the answers were given in
         */
        public Builder edition(String id) {
            this.editionId = id;
            return this;
        }

        /**
         * @param respondents IIT respondents to add
         * @return this, with IIT respondents added
         */
        public Builder iit(Respondent... respondents) {
            return iit(List.of(respondents));
        }

        /**
         * @param respondents IIT respondents to add
         * @return this, with IIT respondents added
         */
        public Builder iit(List<Respondent> respondents) {
            return respondents("IIT", respondents);
        }

        /**
         * @param respondents EIT respondents to add
         * @return this, with EIT respondents added
         */
        public Builder eit(Respondent... respondents) {
            return eit(List.of(respondents));
        }

        /**
         * @param respondents EIT respondents to add
         * @return this, with EIT respondents added
         */
        public Builder eit(List<Respondent> respondents) {
            return respondents("EIT", respondents);
        }

        /**
         * @param toolId a survey tool id of the edition
         * @param list   respondents to add to it
         * @return this
         */
        public Builder respondents(String toolId, List<Respondent> list) {
            respondents.computeIfAbsent(Objects.requireNonNull(toolId, "toolId"), k -> new ArrayList<>()).addAll(list);
            return this;
        }

        /**
         * @param itemId an OIT item id, e.g. {@code o24}
         * @param answer the agency's answer for that item
         * @return this, with the answer for one OIT item
         * @throws DuplicateIdException when the item already has an answer
         */
        public Builder oit(String itemId, OitAnswer answer) {
            if (oit.putIfAbsent(Objects.requireNonNull(itemId, "itemId"), Objects.requireNonNull(answer, "answer")) != null) {
                throw new DuplicateIdException(Location.question(itemId), "OIT item " + itemId + " is answered twice", itemId);
            }
            return this;
        }

        /**
         * @param answers OIT item id → answer
         * @return this, with the answers for several OIT items
         * @throws DuplicateIdException when an item already has an answer
         */
        public Builder oit(Map<String, OitAnswer> answers) {
            answers.forEach(this::oit);
            return this;
        }

        /**
         * @return the responses
         * @throws DuplicateIdException when a respondent id repeats within a tool
         */
        public AgencyResponses build() {
            return new AgencyResponses(this);
        }
    }
}

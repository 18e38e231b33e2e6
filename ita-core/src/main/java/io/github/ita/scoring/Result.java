package io.github.ita.scoring;

import io.github.ita.Location;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Rating;
import io.github.ita.response.Agency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scored result of one agency in one edition: the total, the rating, whether it passes, and the
 * edition's tree with a score on every node. Immutable; the same input always gives an equal result.
 *
 * <pre>{@code
 * Result r = Scorer.of(Editions.bundled("ita-2565")).audit(sheet);
 * r.total().orElseThrow().shown();     // 83.67
 * r.rating().orElseThrow();            // Rating.B
 * r.belowPassMark();                   // indicators 1–8 and any question under 85
 * }</pre>
 */
public final class Result {

    private final Edition edition;
    private final Agency agency;
    private final ScoringOptions options;
    private final List<ResultNode> tools;
    private final Score total;
    private final Rating rating;
    private final Boolean passed;
    /** Node id → the first node of that id in {@link #nodes()} order, made on the first look-up. */
    private volatile Map<String, ResultNode> index;

    Result(Edition edition, Agency agency, ScoringOptions options, List<ResultNode> tools, Score total) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.options = Objects.requireNonNull(options, "options");
        this.tools = List.copyOf(tools);
        this.total = total;
        this.rating = total == null ? null : Method.rating(edition, total);
        this.passed = total == null ? null : Method.passes(total, edition.passMark());
    }

    /** @return the edition scored against */
    public Edition edition() {
        return edition;
    }

    /** @return the agency */
    public Agency agency() {
        return agency;
    }

    /** @return the rounding and missing-answer policies used */
    public ScoringOptions options() {
        return options;
    }

    /** @return the total (คะแนนรวม); empty when any tool has no data */
    public Optional<Score> total() {
        return Optional.ofNullable(total);
    }

    /** @return the AA–F rating of the total (computed for pass/fail editions too); empty without a total */
    public Optional<Rating> rating() {
        return Optional.ofNullable(rating);
    }

    /** @return whether the total reaches the pass mark; empty without a total */
    public Optional<Boolean> passed() {
        return Optional.ofNullable(passed);
    }

    /** @return the tools, in edition order */
    public List<ResultNode> tools() {
        return tools;
    }

    /**
     * @param id a tool id
     * @return the tool's node
     * @throws UnknownIdException when the edition has no such tool
     */
    public ResultNode tool(String id) {
        return tools.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownIdException(Location.question(id), "the result has no tool " + id, id));
    }

    /**
     * @param toolId a tool id
     * @return the tool's weighted score (weight × score / 100) as it enters the total: under
     *         {@link RoundingPolicy#EACH_LEVEL} the weight times the tool score rounded to two decimals
     */
    public Optional<Score> weighted(String toolId) {
        ResultNode tool = tool(toolId);
        return tool.score().map(s -> Method.weighted(options.rounding(), tool.weight(), s));
    }

    /** @return every node, tools first then depth first, in edition order */
    public Stream<ResultNode> nodes() {
        return tools.stream().flatMap(ResultNode::nodes);
    }

    /**
     * @param id the id of a tool, indicator, sub-indicator, question or item
     * @return its node
     */
    public Optional<ResultNode> find(String id) {
        Map<String, ResultNode> byId = index;
        if (byId == null) {
            byId = new HashMap<>();
            for (ResultNode n : (Iterable<ResultNode>) nodes()::iterator) {
                byId.putIfAbsent(n.id(), n);
            }
            index = byId;
        }
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @param id the id of a tool, indicator, sub-indicator, question or item
     * @return its node
     * @throws UnknownIdException when the result has no such node
     */
    public ResultNode node(String id) {
        return find(id).orElseThrow(() -> new UnknownIdException(Location.question(id),
                "edition " + edition.id() + " has no node " + id, id));
    }

    /**
     * @return the indicators, sub-indicators and scored questions or items whose score is below the
     *         pass mark, in edition order (the ones the ITA flags ไม่ผ่านเกณฑ์)
     */
    public List<ResultNode> belowPassMark() {
        return nodes().filter(n -> n.level() != Level.TOOL && n.passed().map(p -> !p).orElse(false)).toList();
    }

    /** @return the number of answers excluded as missing, over all tools */
    public long excluded() {
        return tools.stream().mapToLong(ResultNode::excluded).sum();
    }

    @Override
    public String toString() {
        return "Result[" + edition.id() + ", " + agency.id() + ", total " + (total == null ? "–" : total) + "]";
    }
}

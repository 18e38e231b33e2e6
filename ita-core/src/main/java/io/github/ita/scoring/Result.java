package io.github.ita.scoring;

import io.github.ita.Location;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Rating;
import io.github.ita.internal.Numbers;
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
    private final Uncertainty uncertainty;
    /** Node id → the first node of that id in {@link #nodes()} order, made on the first look-up. */
    private volatile Map<String, ResultNode> index;

    Result(Edition edition, Agency agency, ScoringOptions options, List<ResultNode> tools, Score total, Uncertainty uncertainty) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.options = Objects.requireNonNull(options, "options");
        this.tools = List.copyOf(tools);
        this.total = total;
        this.rating = total == null ? null : Method.rating(edition, total);
        this.passed = total == null ? null : Method.passes(total, edition.passMark());
        this.uncertainty = uncertainty;
    }

    /**
     * @return how sure the total is, when its survey tools were scored from answers: the tools'
     *         standard errors combined (docs/method.md §7); empty for a total from published numbers
     */
    public Optional<Uncertainty> uncertainty() {
        return Optional.ofNullable(uncertainty);
    }

    /**
     * @return the chance, from 0 to 1, that the total over all possible respondents reaches the
     *         pass mark; empty without an estimated {@link #uncertainty()}
     */
    public java.util.OptionalDouble chanceAtLeastPassMark() {
        return Uncertainty.chanceAtLeast(uncertainty, edition.passMark());
    }

    /**
     * @return the ratings the total's interval spans, from the lowest to the highest, each end
     *         rounded to two decimals as a total is: {@code [B, A]} reads "B, possibly A" when the
     *         total is rated B; one rating when the interval stays within one band; empty without an
     *         estimated {@link #uncertainty()}
     */
    public List<Rating> ratingsWithin() {
        if (uncertainty == null || !uncertainty.isEstimated()) {
            return List.of();
        }
        Rating low = edition.ratingScheme().rate(Numbers.hundredths(uncertainty.low()));
        Rating high = edition.ratingScheme().rate(Numbers.hundredths(uncertainty.high()));
        if (low == high) {
            return List.of(low);   // most intervals: within one band, and no bands to order
        }
        List<Rating> all = new java.util.ArrayList<>();
        boolean in = false;
        for (io.github.ita.edition.RatingBand band : ascending()) {
            in |= band.rating() == low;
            if (in) {
                all.add(band.rating());
            }
            if (band.rating() == high) {
                break;
            }
        }
        return List.copyOf(all);
    }

    /**
     * @return whether the pass mark lies within the total's interval, so that pass or fail is
     *         within the noise of sampling; false without an estimated {@link #uncertainty()}
     */
    public boolean passInDoubt() {
        return Uncertainty.inDoubt(uncertainty, edition.passMark());
    }

    private List<io.github.ita.edition.RatingBand> ascending() {
        List<io.github.ita.edition.RatingBand> bands = new java.util.ArrayList<>(edition.ratingScheme().bands());
        bands.sort(java.util.Comparator.comparing(io.github.ita.edition.RatingBand::min));
        return bands;
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
        for (int i = 0; i < tools.size(); i++) {   // a loop: a batch's writer asks for every tool of every agency
            if (tools.get(i).id().equals(id)) {
                return tools.get(i);
            }
        }
        throw new UnknownIdException(Location.question(id), "the result has no tool " + id, id);
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
        long n = 0;
        for (int i = 0; i < tools.size(); i++) {
            n += tools.get(i).excluded();
        }
        return n;
    }

    @Override
    public String toString() {
        return "Result[" + edition.id() + ", " + agency.id() + ", total " + (total == null ? "–" : total) + "]";
    }
}

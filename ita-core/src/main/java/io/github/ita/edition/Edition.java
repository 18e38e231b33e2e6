package io.github.ita.edition;

import io.github.ita.Location;
import io.github.ita.UnknownIdException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One fiscal year's ITA questionnaire: its tools and their weights, indicators, sub-indicators,
 * questions with their answer scales, the rating scheme and the pass mark. Editions are data,
 * read from JSON files by {@link Editions}; this class is their immutable, validated form.
 *
 * <pre>{@code
 * Edition edition = Editions.bundled("ita-2565");
 * Question q = edition.question("i20");            // a question of indicator 4
 * edition.indicatorOf("i20").id();                 // "4"
 * edition.ratingScheme().rate(new BigDecimal("83.67")); // Rating.B
 * }</pre>
 */
public final class Edition {

    private final String id;
    private final int fiscalYear;
    private final Label name;
    private final String source;
    private final BigDecimal passMark;
    private final Presentation presentation;
    private final RatingScheme ratingScheme;
    private final Map<String, Scale> scales;
    private final List<Tool> tools;
    /** The digest in hex, or how to compute it when first asked for (see {@link Editions#bundled(String)}). */
    private final Supplier<String> sha256;
    private final String passMarkSource;
    private final String ratingsSource;

    private final Map<String, Tool> toolById = new LinkedHashMap<>();
    private final Map<String, Question> questionById = new LinkedHashMap<>();
    private final Map<String, Tool> toolOf = new LinkedHashMap<>();
    private final Map<String, Indicator> indicatorOf = new LinkedHashMap<>();
    private final Map<String, SubIndicator> subIndicatorOf = new LinkedHashMap<>();
    private final Map<String, Indicator> indicatorById = new LinkedHashMap<>();
    private final Map<String, SubIndicator> subIndicatorById = new LinkedHashMap<>();
    private final Map<String, Question> questionOfItem = new LinkedHashMap<>();

    Edition(String id, int fiscalYear, Label name, String source, BigDecimal passMark, Presentation presentation,
            RatingScheme ratingScheme, Map<String, Scale> scales, List<Tool> tools) {
        this(id, fiscalYear, name, source, passMark, presentation, ratingScheme, scales, tools, () -> "", source, source);
    }

    private Edition(String id, int fiscalYear, Label name, String source, BigDecimal passMark, Presentation presentation,
                    RatingScheme ratingScheme, Map<String, Scale> scales, List<Tool> tools, Supplier<String> sha256,
                    String passMarkSource, String ratingsSource) {
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.passMarkSource = Objects.requireNonNull(passMarkSource, "passMarkSource");
        this.ratingsSource = Objects.requireNonNull(ratingsSource, "ratingsSource");
        this.id = Objects.requireNonNull(id, "id");
        this.fiscalYear = fiscalYear;
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.passMark = Objects.requireNonNull(passMark, "passMark");
        this.presentation = Objects.requireNonNull(presentation, "presentation");
        this.ratingScheme = Objects.requireNonNull(ratingScheme, "ratingScheme");
        this.scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
        this.tools = List.copyOf(tools);
        for (Tool tool : this.tools) {
            toolById.put(tool.id(), tool);
            for (Indicator indicator : tool.indicators()) {
                indicatorById.put(indicator.id(), indicator);
                toolOf.put(indicator.id(), tool);
                for (Question q : indicator.questions()) {
                    index(tool, indicator, null, q);
                }
                for (SubIndicator sub : indicator.subIndicators()) {
                    subIndicatorById.put(sub.id(), sub);
                    indicatorOf.put(sub.id(), indicator);
                    toolOf.put(sub.id(), tool);
                    for (Question q : sub.questions()) {
                        index(tool, indicator, sub, q);
                    }
                }
            }
        }
    }

    private void index(Tool tool, Indicator indicator, SubIndicator sub, Question q) {
        questionById.put(q.id(), q);
        toolOf.put(q.id(), tool);
        indicatorOf.put(q.id(), indicator);
        if (sub != null) {
            subIndicatorOf.put(q.id(), sub);
        }
        for (SubItem item : q.items()) {
            questionOfItem.put(item.id(), q);
            toolOf.put(item.id(), tool);
            indicatorOf.put(item.id(), indicator);
        }
    }

    /** @return the edition's id, e.g. {@code ita-2565} */
    public String id() {
        return id;
    }

    /** @return the SHA-256 of the edition file it was read from, in hex (empty when not read from a file) */
    public String sha256() {
        return sha256.get();
    }

    /** @param hex gives the digest in hex, always the same: a constant, or computed once when first asked for (thread-safe) */
    Edition withSha256(Supplier<String> hex) {
        return new Edition(id, fiscalYear, name, source, passMark, presentation, ratingScheme, scales, tools, hex,
                passMarkSource, ratingsSource);
    }

    Edition withSources(String passMarkFrom, String ratingsFrom) {
        return new Edition(id, fiscalYear, name, source, passMark, presentation, ratingScheme, scales, tools, sha256,
                passMarkFrom, ratingsFrom);
    }

    /** @return where the pass mark comes from (the edition's source unless the file says otherwise) */
    public String passMarkSource() {
        return passMarkSource;
    }

    /** @return where the rating bands come from (the edition's source unless the file says otherwise) */
    public String ratingsSource() {
        return ratingsSource;
    }

    /** @return the Buddhist-era fiscal year, e.g. 2565 */
    public int fiscalYear() {
        return fiscalYear;
    }

    /** @return the edition's name */
    public Label name() {
        return name;
    }

    /** @return where the edition as a whole comes from */
    public String source() {
        return source;
    }

    /** @return the pass mark (ผ่านเกณฑ์), 85 in the ITA */
    public BigDecimal passMark() {
        return passMark;
    }

    /** @return how results are published */
    public Presentation presentation() {
        return presentation;
    }

    /** @return what a list of editions shows of this one: id, fiscal year, presentation and the number of questions */
    public EditionSummary summary() {
        return new EditionSummary(id, fiscalYear, presentation, questionById.size());
    }

    /** @return the rating bands */
    public RatingScheme ratingScheme() {
        return ratingScheme;
    }

    /** @return the answer scales by name */
    public Map<String, Scale> scales() {
        return scales;
    }

    /** @return the tools in order */
    public List<Tool> tools() {
        return tools;
    }

    /**
     * @param toolId a tool id such as {@code IIT}
     * @return the tool
     * @throws UnknownIdException when the edition has no such tool
     */
    public Tool tool(String toolId) {
        Tool t = toolById.get(toolId);
        if (t == null) {
            throw new UnknownIdException(Location.question(toolId),
                    "edition " + id + " has no tool " + io.github.ita.internal.Text.clip(toolId) + " (it has " + String.join(", ", toolById.keySet()) + ")", toolId);
        }
        return t;
    }

    /**
     * @param questionId a question or OIT item id
     * @return the question
     * @throws UnknownIdException when the edition has no such question
     */
    public Question question(String questionId) {
        return findQuestion(questionId).orElseThrow(() -> new UnknownIdException(Location.question(questionId),
                "edition " + id + " has no question " + questionId, questionId));
    }

    /**
     * @param questionId a question or OIT item id
     * @return the question with this id, if the edition has one
     */
    public Optional<Question> findQuestion(String questionId) {
        return Optional.ofNullable(questionById.get(questionId));
    }

    /**
     * @param indicatorId an indicator id, e.g. {@code 4}
     * @return the indicator with this id, if any
     */
    public Optional<Indicator> findIndicator(String indicatorId) {
        return Optional.ofNullable(indicatorById.get(indicatorId));
    }

    /**
     * @param subIndicatorId a sub-indicator id, e.g. {@code 9.1}
     * @return the sub-indicator with this id, if any
     */
    public Optional<SubIndicator> findSubIndicator(String subIndicatorId) {
        return Optional.ofNullable(subIndicatorById.get(subIndicatorId));
    }

    /**
     * @param itemId a sub-item id, e.g. {@code i27a}
     * @return the question a sub-item belongs to, if the id is a sub-item's
     */
    public Optional<Question> questionOfItem(String itemId) {
        return Optional.ofNullable(questionOfItem.get(itemId));
    }

    /**
     * @param nodeId the id of an indicator, sub-indicator, question or sub-item
     * @return the tool it belongs to
     */
    public Optional<Tool> toolOf(String nodeId) {
        return Optional.ofNullable(toolOf.get(nodeId));
    }

    /**
     * @param nodeId the id of a sub-indicator, question or sub-item
     * @return the indicator it belongs to
     */
    public Optional<Indicator> indicatorOf(String nodeId) {
        return Optional.ofNullable(indicatorOf.get(nodeId));
    }

    /** @return the questions of every tool, in order */
    public List<Question> questions() {
        return List.copyOf(questionById.values());
    }

    @Override
    public String toString() {
        return "Edition[" + id + "]";
    }
}

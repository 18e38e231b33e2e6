package io.github.ita.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question of an edition. On a survey tool (IIT, EIT) it has an answer {@link Scale}, a
 * {@link Polarity}, optionally sub-items, and may be informational (not scored). On a checklist
 * tool (OIT) it is an item: no scale, optionally required data {@link Component components}.
 */
public final class Question {

    private final String id;
    private final Label label;
    private final String source;
    private final Scale scale;
    private final Polarity polarity;
    private final boolean scored;
    private final List<SubItem> items;
    private final List<Component> components;
    private final List<AnswerOption> options;

    private Question(String id, Label label, String source, Scale scale, Polarity polarity, boolean scored,
                     List<SubItem> items, List<Component> components) {
        this.id = Objects.requireNonNull(id, "id");
        this.label = Objects.requireNonNull(label, "label");
        this.source = Objects.requireNonNull(source, "source");
        this.scale = scale;
        this.polarity = Objects.requireNonNull(polarity, "polarity");
        this.scored = scored;
        this.items = List.copyOf(items);
        this.components = List.copyOf(components);
        this.options = scale == null ? List.of() : applyPolarity(scale.options(), polarity);
    }

    /**
     * A question of a survey tool.
     *
     * @param id       the id, e.g. {@code i4}
     * @param label    the question's text
     * @param source   where it comes from
     * @param scale    its answer scale
     * @param polarity which way the scale runs
     * @param scored   false for an informational question
     * @param items    its sub-items, or an empty list
     * @return the question
     */
    public static Question survey(String id, Label label, String source, Scale scale, Polarity polarity,
                                  boolean scored, List<SubItem> items) {
        return new Question(id, label, source, Objects.requireNonNull(scale, "scale"), polarity, scored, items, List.of());
    }

    /**
     * An item of a checklist tool.
     *
     * @param id         the id, e.g. {@code o24}
     * @param label      what must be published
     * @param source     where it comes from
     * @param components its required data components, or an empty list
     * @return the item
     */
    public static Question checklist(String id, Label label, String source, List<Component> components) {
        return new Question(id, label, source, null, Polarity.POSITIVE, true, List.of(), components);
    }

    private static List<AnswerOption> applyPolarity(List<AnswerOption> options, Polarity polarity) {
        if (polarity == Polarity.POSITIVE) {
            return List.copyOf(options);
        }
        List<AnswerOption> mirrored = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            AnswerOption o = options.get(i);
            mirrored.add(new AnswerOption(o.code(), o.label(), options.get(options.size() - 1 - i).points()));
        }
        return List.copyOf(mirrored);
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the label */
    public Label label() {
        return label;
    }

    /** @return where it comes from */
    public String source() {
        return source;
    }

    /** @return the answer scale; empty for a checklist item */
    public Optional<Scale> scale() {
        return Optional.ofNullable(scale);
    }

    /** @return which way the scale runs */
    public Polarity polarity() {
        return polarity;
    }

    /** @return false for an informational question, which carries no score */
    public boolean isScored() {
        return scored;
    }

    /** @return true for an item of a checklist tool */
    public boolean isChecklistItem() {
        return scale == null;
    }

    /** @return the sub-items, empty when the question is answered as a whole */
    public List<SubItem> items() {
        return items;
    }

    /** @return the required data components of a checklist item */
    public List<Component> components() {
        return components;
    }

    /**
     * @return the options with the points a respondent choosing each earns, polarity applied;
     *         empty for a checklist item
     */
    public List<AnswerOption> options() {
        return options;
    }

    @Override
    public String toString() {
        return "Question[" + id + "]";
    }
}

package io.github.ita.edition;

import java.util.Objects;

/**
 * What a list of editions shows of one: its id, fiscal year, how its results are published and how many
 * questions and checklist items it has ({@code ita editions}). {@link Editions#bundledSummaries()} gives the
 * bundled editions' without reading them whole; {@link Edition#summary()} gives any edition's.
 *
 * @param id           the edition's id, e.g. {@code ita-2565}
 * @param fiscalYear   the Buddhist-era fiscal year, e.g. 2565
 * @param presentation how its results are published
 * @param questions    how many questions and checklist items it has, as {@link Edition#questions()} lists them
 */
public record EditionSummary(String id, int fiscalYear, Presentation presentation, int questions) {

    /**
     * Checks that the id and presentation are given and the count is not negative.
     *
     * @param id           the edition's id
     * @param fiscalYear   the fiscal year
     * @param presentation how its results are published
     * @param questions    how many questions and checklist items it has
     */
    public EditionSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(presentation, "presentation");
        if (questions < 0) {
            throw new IllegalArgumentException("questions must not be negative: " + questions);
        }
    }
}

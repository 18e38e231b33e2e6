package io.github.ita.analysis;

import io.github.ita.edition.Edition;
import io.github.ita.scoring.Result;
import java.util.List;

/**
 * The results of a batch small enough to keep, sorted by agency id, with its summaries. Immutable.
 *
 * @param edition the edition
 * @param results every agency's result, sorted by agency id
 * @param summary the summaries
 */
public record BatchResult(Edition edition, List<Result> results, BatchSummary summary) {

    /**
     * Copies the results into an unmodifiable list.
     *
     * @param edition the edition
     * @param results every agency's result, sorted by agency id
     * @param summary the summaries
     */
    public BatchResult {
        results = List.copyOf(results);
    }
}

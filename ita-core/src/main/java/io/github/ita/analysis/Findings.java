package io.github.ita.analysis;

import io.github.ita.scoring.Level;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The analysis of a result in seed 001's three columns: what to fix urgently, what to improve,
 * what to keep. By default a question or OIT item below the pass mark is urgent (an unpublished
 * item scores 0), one from the pass mark to below 95 is to improve, one at 95 or more is kept.
 * Where a result has no question scores (an audited sheet of indicators), each indicator is a
 * finding: urgent below the pass mark, kept otherwise, as seed 001's indicator table reads.
 *
 * <pre>{@code
 * Findings f = Findings.of(result);
 * f.urgent();   // e.g. i20 65.94, i23 66.89, e10 56.52, o11 0, o24 0
 * }</pre>
 */
public final class Findings {

    private final List<Finding> urgent;
    private final List<Finding> improve;
    private final List<Finding> keep;

    private Findings(List<Finding> all) {
        this.urgent = all.stream().filter(f -> f.category() == Finding.Category.URGENT).toList();
        this.improve = all.stream().filter(f -> f.category() == Finding.Category.IMPROVE).toList();
        this.keep = all.stream().filter(f -> f.category() == Finding.Category.KEEP).toList();
    }

    /**
     * @param result the result to analyse
     * @return the findings of a result with the default marks (the edition's pass mark; keep from 95)
     */
    public static Findings of(Result result) {
        return of(result, new BigDecimal("95"));
    }

    /**
     * @param result   the result
     * @param keepFrom the score from which a question or item is kept rather than improved
     * @return the findings, each list in edition order
     */
    public static Findings of(Result result, BigDecimal keepFrom) {
        Objects.requireNonNull(keepFrom, "keepFrom");
        BigDecimal pass = result.edition().passMark();
        List<Finding> all = new ArrayList<>();
        for (ResultNode tool : result.tools()) {
            for (ResultNode indicator : tool.children()) {
                List<ResultNode> questions = indicator.nodes()
                        .filter(n -> n.level() == Level.QUESTION && n.isScored() && n.score().isPresent()).toList();
                if (questions.isEmpty()) {
                    indicator.score().ifPresent(s -> all.add(new Finding(indicator.id(), Level.INDICATOR, tool.id(),
                            indicator.id(), indicator.label(), s,
                            s.reaches(pass) ? Finding.Category.KEEP : Finding.Category.URGENT)));
                    continue;
                }
                for (ResultNode q : questions) {
                    var s = q.score().get();
                    Finding.Category c = !s.reaches(pass) ? Finding.Category.URGENT
                            : s.reaches(keepFrom) ? Finding.Category.KEEP : Finding.Category.IMPROVE;
                    all.add(new Finding(q.id(), q.level(), tool.id(), indicator.id(), q.label(), s, c));
                }
            }
        }
        return new Findings(all);
    }

    /** @return the points to fix urgently */
    public List<Finding> urgent() {
        return urgent;
    }

    /** @return the points to improve */
    public List<Finding> improve() {
        return improve;
    }

    /** @return the strengths to keep */
    public List<Finding> keep() {
        return keep;
    }
}

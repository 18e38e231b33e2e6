package io.github.ita.examples;

import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.ScoringOptions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Audits a published result: the ten indicator scores of องค์การบริหารส่วนตำบลด่าน (seed 001, FY2565)
 * give back the published total 83.67 and rating B, under both rounding policies.
 */
public final class AuditPublishedResult {

    private AuditPublishedResult() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        String[] scores = {"84.72", "75.90", "81.11", "71.62", "78.38", "74.76", "66.78", "70.81", "94.64", "100"};
        for (int i = 0; i < scores.length; i++) {
            published.put(String.valueOf(i + 1), new BigDecimal(scores[i]));
        }
        ScoreSheet sheet = new ScoreSheet("ita-2565", new Agency("dan", "องค์การบริหารส่วนตำบลด่าน"), published);
        for (RoundingPolicy policy : RoundingPolicy.values()) {
            Result r = Scorer.of(Editions.bundled("ita-2565"), ScoringOptions.DEFAULT.withRounding(policy)).audit(sheet);
            System.out.printf("%-10s total %s (exact %s)  rating %s  IIT %s  EIT %s  OIT %s%n", policy,
                    r.total().orElseThrow(), r.total().orElseThrow().exact(), r.rating().orElseThrow(),
                    r.tool("IIT").score().orElseThrow(), r.tool("EIT").score().orElseThrow(),
                    r.tool("OIT").score().orElseThrow());
        }
    }
}

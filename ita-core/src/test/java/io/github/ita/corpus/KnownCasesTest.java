package io.github.ita.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.ScoringOptions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real published results, kept forever (src/test/resources/corpus): each is recomputed under both
 * rounding policies and must give back every published number; each file notes which policy
 * reproduces what.
 */
class KnownCasesTest {

    static List<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = KnownCasesTest.class.getResourceAsStream("/corpus/index.txt")) {
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!name.isBlank()) {
                    for (RoundingPolicy p : RoundingPolicy.values()) {
                        out.add(Arguments.of(name.strip(), p));
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void givesBackEveryPublishedNumber(String file, RoundingPolicy policy) throws IOException {
        JsonNode c;
        try (InputStream in = KnownCasesTest.class.getResourceAsStream("/corpus/" + file)) {
            c = new ObjectMapper().readTree(in);
        }
        Edition e = Editions.bundled(c.get("edition").asText());
        Scorer scorer = Scorer.of(e, ScoringOptions.DEFAULT.withRounding(policy));
        String key = policy == RoundingPolicy.EXACT ? "exact" : "each-level";
        assertThat(c.at("/reproducedBy/" + key).asText()).as("the file notes what %s reproduces", key).startsWith("every number");
        Result r;
        if (c.has("scores")) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            c.get("scores").fields().forEachRemaining(f -> scores.put(f.getKey(), f.getValue().decimalValue()));
            r = scorer.audit(new ScoreSheet(e.id(), new Agency("case", ""), scores));
        } else {
            AgencyResponses.Builder b = AgencyResponses.builder(new Agency("case", ""));
            List<String> off = new ArrayList<>();
            c.get("oitNotPublished").forEach(n -> off.add(n.asText()));
            for (var q : e.tool("OIT").questions()) {
                b.oit(q.id(), off.contains(q.id()) ? OitAnswer.notPublished() : OitAnswer.published("https://example.go.th/" + q.id()));
            }
            r = scorer.score(b.build());
        }
        Result result = r;
        c.get("published").fields().forEachRemaining(f -> {
            switch (f.getKey()) {
                case "total" -> assertThat(result.total().orElseThrow().shown()).isEqualByComparingTo(f.getValue().decimalValue());
                case "rating" -> assertThat(result.rating().orElseThrow().name()).isEqualTo(f.getValue().asText());
                default -> assertThat(result.node(f.getKey()).score().orElseThrow().shown()).as(f.getKey())
                        .isEqualByComparingTo(f.getValue().decimalValue());
            }
        });
    }
}

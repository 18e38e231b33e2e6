package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editions of tens of thousands of indicators, or of a thousand questions an indicator, are planned
 * and reported on without a step that grows with the square of their size: each command here would
 * take hours so, and fails at its timeout instead of hanging. Not a measure of speed.
 */
class BigEditionTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void planOfThirtyThousandIndicatorsFromPublishedScores() throws IOException {
        Path[] f = new BigEdition(30_000, 2, 11).write(dir);
        ItaTest.Run r = ItaTest.ita("plan", f[1].toString(), "--edition", f[0].toString(), "--target", "AA", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(r.out()).get("plan");
        assertThat(plan.get("reachable").asBoolean()).isTrue();
        assertThat(plan.get("steps").size()).isGreaterThan(1000);
        BigDecimal last = null;
        for (JsonNode step : plan.get("steps")) {
            BigDecimal gain = new BigDecimal(step.get("gainExact").asText());
            assertThat(last == null || gain.compareTo(last) <= 0).as("gains never grow: %s after %s", gain, last).isTrue();
            last = gain;
        }
        assertThat(plan.get("after").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("95"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void planOfThirtyThousandIndicatorsRoundedAtEachLevel() throws IOException {
        Path[] f = new BigEdition(30_000, 2, 14).write(dir);
        ItaTest.Run r = ItaTest.ita("plan", f[1].toString(), "--edition", f[0].toString(), "--target", "AA",
                "--rounding", "each_level", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(r.out()).get("plan");
        assertThat(plan.get("reachable").asBoolean()).isTrue();
        assertThat(plan.get("steps").size()).isGreaterThan(1000);
        assertThat(plan.get("after").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("95"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void planOfAThousandQuestionsAnIndicatorFromAnswers() throws IOException {
        Path[] f = new BigEdition(20, 1000, 12).write(dir);
        for (String format : new String[] {"md", "html", "json"}) {
            ItaTest.Run r = ItaTest.ita("plan", f[2].toString(), "--edition", f[0].toString(), "--target", "AA", "--format", format);
            assertThat(r.status()).as(r.err()).isZero();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void compareAndReportsOfTwoThousandIndicators() throws IOException {
        Path[] f = new BigEdition(2_000, 2, 13).write(dir);
        for (String format : new String[] {"md", "html", "json"}) {
            assertThat(ItaTest.ita("compare", f[1].toString(), f[2].toString(), "--edition", f[0].toString(), "--format", format)
                    .status()).isZero();
            assertThat(ItaTest.ita("plan", f[2].toString(), "--edition", f[0].toString(), "--rounding", "each_level",
                    "--format", format).status()).isZero();
        }
        assertThat(ItaTest.ita("plan", f[1].toString(), "--edition", f[0].toString(), "--measures-skeleton", "--format", "json")
                .status()).isZero();
    }
}

package io.github.ita.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples run and print what their documentation says. */
class ExamplesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void capture() {
        saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(saved);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void auditPublishedResult() {
        AuditPublishedResult.main(new String[0]);
        assertThat(printed()).contains("EXACT      total 83.67 (exact 83.6668)  rating B  IIT 78.35  EIT 70.78  OIT 97.32")
                .contains("EACH_LEVEL total 83.67 (exact 83.667)  rating B");
    }

    /**
     * By hand: i20 = (100 + 50)/2 = 75; i27c = "no" twice = 0, so i27 = (100 + 100 + 0)/3 = 66.67;
     * e10 = "no" twice = 0, so indicator 7 = (4 × 100 + 0)/5 = 80; o24 unpublished = 0. Weights:
     * an IIT question 0.3/5/6 = 0.01, a sub-item of i27 a third of that, indicator 7 0.3/3 = 0.1,
     * an EIT question 0.1/5 = 0.02, o24 (one of 7 items of 9.3, one of 5 sub-indicators of 9)
     * 0.4/2/5/7 = 1/175.
     */
    @Test
    void scoreFromAnswers() {
        ScoreFromAnswers.main(new String[0]);
        assertThat(printed()).contains("below 85: i20 75.00  (one point of it is worth 0.01 of the total)")
                .contains("below 85: i27c 0.00  (one point of it is worth 1/300 of the total)")
                .contains("below 85: 7 80.00  (one point of it is worth 0.1 of the total)")
                .contains("below 85: o24 0.00  (one point of it is worth 1/175 of the total)");
    }

    @Test
    void loadCustomEdition() throws Exception {
        LoadCustomEdition.main(new String[0]);
        assertThat(printed()).contains("refused: ").contains("the tools' weights sum to 110, not 100")
                .contains("loaded my-2565: fiscal year 2565, 47 survey questions, 43 OIT items, pass mark 85");
    }
}

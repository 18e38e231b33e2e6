package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.InvalidAnswerException;
import io.github.ita.InvalidEditionException;
import io.github.ita.ItaException;
import io.github.ita.MalformedInputException;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.Target;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absurd numbers in every JSON input and in the library's numeric arguments: refused at the place
 * they are read with a short located message, never an unchecked exception, a hang or an
 * {@link OutOfMemoryError}.
 */
class NumberLimitsTest {

    @TempDir
    Path dir;

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A located one-line message of a few hundred characters at most, quoting only a prefix of the value. */
    private static void short_(ItaException e, String file) {
        assertThat(e.getMessage()).startsWith(file + ":1:").doesNotContain("\n").hasSizeLessThan(200);
    }

    private static ItaException thrown(Runnable r) {
        try {
            r.run();
        } catch (ItaException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "-1e999999999", "1e-999999999", "0e999999999",
        "0E-2147483648", "1e99999999999999999999", "1e101", "1e-101"})
    void aScoreSheetRefusesAnAbsurdNumberWhereItStands(String v) {
        String json = "{\"agency\": {\"id\": \"a\"}, \"scores\": {\"1\": " + v + "}}";
        ItaException e = thrown(() -> ResponsesJson.readScoreSheet(stream(json), "s.json"));
        assertThat(e).isInstanceOf(MalformedInputException.class);
        short_(e, "s.json");
        assertThat(e.getMessage()).startsWith("s.json:1:41: scores.1: number " + v + " is out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "1e-999999999", "0e999999999"})
    void answersAndIdsRefuseAnAbsurdNumber(String v) {
        String answer = "{\"agency\": {\"id\": \"a\"}, \"iit\": [{\"respondent\": \"r\", \"answers\": {\"i1\": " + v + "}}]}";
        short_(thrown(() -> ResponsesJson.readResponses(stream(answer), "r.json")), "r.json");
        String respondent = "{\"agency\": {\"id\": \"a\"}, \"iit\": [{\"respondent\": " + v + ", \"answers\": {}}]}";
        short_(thrown(() -> ResponsesJson.readResponses(stream(respondent), "r.json")), "r.json");
        String agency = "{\"agency\": {\"id\": " + v + "}, \"scores\": {}}";
        short_(thrown(() -> ResponsesJson.readScoreSheet(stream(agency), "r.json")), "r.json");
    }

    /** A score outside 0–100 is refused as it is read, quoting the number as written. */
    @Test
    void aScoreOutsideTheRangeIsQuotedAsWritten() {
        String json = "{\"agency\": {\"id\": \"a\"}, \"scores\": {\"1\": 1.4e2, \"2\": 50}}";
        ItaException e = thrown(() -> ResponsesJson.readScoreSheet(stream(json), "s.json"));
        assertThat(e).isInstanceOf(InvalidAnswerException.class)
                .hasMessage("s.json:1:41: scores.1: score 1.4e2 of 1 is outside 0–100");
        String many = "{\"agency\": {\"id\": \"a\"}, \"scores\": {\"1\": 100." + "0".repeat(80) + "1}}";
        ItaException m = thrown(() -> ResponsesJson.readScoreSheet(stream(many), "s.json"));
        assertThat(m).isInstanceOf(InvalidAnswerException.class).hasMessageContaining("score 100.000000").hasMessageContaining("…");
        short_(m, "s.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "-1e999999999", "1e-999999999", "0e999999999",
        "4294969862", "2566.5", "2566.0e1"})
    void aMeasuresFileRefusesAnAbsurdFiscalYear(String v) {
        String json = "{\"agency\": {\"id\": \"a\"}, \"fiscalYear\": " + v + ", \"edition\": \"ita-2565\", \"measures\": []}";
        ItaException e = thrown(() -> MeasuresJson.read(stream(json), "m.json"));
        short_(e, "m.json");
        assertThat(e.getMessage()).startsWith("m.json:1:39: fiscalYear: ");
        assertThat(MeasuresJson.read(stream(json.replace(v, "2566.0")), "m.json").fiscalYear()).isEqualTo(2566);
    }

    private static String bundledText() throws IOException {
        try (InputStream in = Edition.class.getResourceAsStream("ita-2565.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Edition edition(String text) {
        return Editions.read(stream(text), "e.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "-1e999999999", "1e-999999999", "0e999999999",
        "50.00001", "50.123456789012345678901234567890", "1e-5"})
    void anEditionRefusesAnAbsurdNumberInEveryPlace(String v) throws IOException {
        String text = bundledText();
        for (String field : new String[] {"\"points\": 50", "\"weight\": 40", "\"passMark\": 85", "\"min\": 50.00",
            "\"fiscalYear\": 2565"}) {
            String name = field.substring(0, field.indexOf(':') + 2);
            ItaException e = thrown(() -> edition(text.replace(field, name + v)));
            assertThat(e).as(field).isInstanceOfAny(MalformedInputException.class, InvalidEditionException.class);
            assertThat(e.getMessage()).as(field).startsWith("e.json:").doesNotContain("\n").hasSizeLessThan(200);
        }
    }

    /** Four decimals (and trailing zeros beyond them) are read, and the edition scores as before. */
    @Test
    void anEditionWithFourDecimalsOrTrailingZerosLoads() throws IOException {
        String text = bundledText().replace("\"points\": 50", "\"points\": 50.0000000000").replace("\"points\": 85", "\"points\": 85.1234");
        Edition e = edition(text);
        assertThat(e.scales().get("level4").options().get(2).points()).isEqualByComparingTo("85.1234");
        assertThatCode(() -> Scorer.of(e)).doesNotThrowAnyException();
    }

    @Test
    void theScorersNumbersAreBoundedToo() {
        Scorer scorer = Scorer.of(Editions.bundled("ita-2565"));
        for (String v : new String[] {"1e999999999", "-1e999999999", "1e-999999999", "0e999999999", "1e-101"}) {
            ScoreSheet sheet = new ScoreSheet("ita-2565", new Agency("a", ""), Map.of("1", new BigDecimal(v)));
            assertThatThrownBy(() -> scorer.audit(sheet)).as(v).isInstanceOf(InvalidAnswerException.class)
                    .message().hasSizeLessThan(200);
        }
        BigDecimal eighty = new BigDecimal("80");
        Result base = scorer.audit(new ScoreSheet("ita-2565", new Agency("a", ""), Map.of("IIT", eighty, "EIT", eighty, "OIT", eighty)));
        assertThatThrownBy(() -> scorer.whatIf(base, Map.of("1", new BigDecimal("1e-999999999"))))
                .isInstanceOf(InvalidAnswerException.class).message().hasSizeLessThan(200);
        assertThatThrownBy(() -> scorer.whatIf(base, Map.of("1", new BigDecimal("1e999999999"))))
                .isInstanceOf(InvalidAnswerException.class).message().hasSizeLessThan(200);
    }

    @Test
    void aTargetIsANumberOfBoundedSize() {
        Edition e = Editions.bundled("ita-2565");
        for (String v : new String[] {"1e999999999", "1E+2147483647", "1e-2147483648", "-1e999999999", "1e-999999999",
            "0e999999999", "1".repeat(300), "50." + "1".repeat(300), "-5"}) {
            assertThatThrownBy(() -> Target.parse(v, e)).as(v).isInstanceOf(MalformedInputException.class)
                    .message().hasSizeLessThan(200);
        }
        assertThatThrownBy(() -> Target.parse("1e-999999999", e)).hasMessage("a target score is from 0 to 100, not 1e-999999999");
        assertThatThrownBy(() -> Target.parse("1".repeat(1_000_000) + "x", e)).hasMessageStartingWith("a target is a score (85)")
                .message().hasSizeLessThan(200);
        assertThat(Target.parse("-0", e).label()).isEqualTo("0");
        assertThat(Target.parse("๘๕", e).label()).isEqualTo("85");
        assertThat(Target.parse("8.5e1", e).label()).isEqualTo("85");
        assertThat(Target.parse("84.995", e).score()).isEqualByComparingTo("84.995");
    }

    @Test
    void batchOptionsRefuseAnUnboundedTarget() {
        assertThatThrownBy(() -> BatchOptions.DEFAULT.withTarget(new BigDecimal("1e-999999999")))
                .isInstanceOf(IllegalArgumentException.class).message().hasSizeLessThan(200);
        assertThatThrownBy(() -> BatchOptions.DEFAULT.withTarget(new BigDecimal("1e999999999")))
                .isInstanceOf(IllegalArgumentException.class).message().hasSizeLessThan(200);
        assertThat(BatchOptions.DEFAULT.withTarget(new BigDecimal("84.5")).targetShare()).isEqualByComparingTo("84.5");
    }

    /** Telling a score sheet from answers reads the top-level names only, whatever the rest holds. */
    @Test
    void aScoreSheetIsToldByItsTopLevelNames() throws IOException {
        Path sheet = Files.writeString(dir.resolve("s.json"),
                "{\"agency\": {\"id\": \"a\", \"scores\": 1}, \"iit\": [" + "[1e999999999, {\"x\": 1}],".repeat(1000) + "1],"
                        + " \"scores\": {\"1\": 1e-2147483648}}");
        Path answers = Files.writeString(dir.resolve("a.json"), "{\"agency\": {\"id\": \"a\", \"scores\": 1}, \"iit\": []}");
        Path broken = Files.writeString(dir.resolve("b.json"), "{\"agency\": {\"id\": ");
        Path array = Files.writeString(dir.resolve("c.json"), "[{\"scores\": {}}]");
        assertThat(ResponsesJson.isScoreSheet(sheet)).isTrue();
        assertThat(ResponsesJson.isScoreSheet(answers)).isFalse();
        assertThat(ResponsesJson.isScoreSheet(broken)).isFalse();
        assertThat(ResponsesJson.isScoreSheet(array)).isFalse();
        assertThat(ResponsesJson.isScoreSheet(dir.resolve("missing.json"))).isFalse();
    }
}

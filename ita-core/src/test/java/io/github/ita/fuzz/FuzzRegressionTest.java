package io.github.ita.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.ItaException;
import io.github.ita.MalformedInputException;
import io.github.ita.io.MeasuresJson;
import io.github.ita.io.ResponsesJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every input that ever found a bug, kept. */
class FuzzRegressionTest {

    static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Found by FuzzTest.responses (20,000 tries): a field name holding a newline made a two-line message. */
    @Test
    void aNewlineInAFieldNameStillGivesOneLine() {
        assertThatThrownBy(() -> ResponsesJson.readResponses(bytes(
                "{\"agency\": {\"id\": \"a\"}, \"iit\": [{\"respondent\": \"r0\", \"a\\nswers\": {}}]}"), "fuzz.json"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessage("fuzz.json:1:66: iit[0].a\\u000Aswers: unknown field \"a\\u000Aswers\" (allowed: answers, respondent)")
                .satisfies(e -> assertThat(((ItaException) e).problem()).doesNotContain("\n"));
    }

    /** Found by FuzzTest.measures: the same through the measures reader. */
    @Test
    void aNewlineInAMeasureFieldName() {
        assertThatThrownBy(() -> MeasuresJson.read(bytes("{\"agency\": {\"id\": \"a\"}, \"fiscalYear\": 2566, \"edition\": \"ita-2565\","
                + " \"measures\": [{\"id\": \"m1\", \"in\\r\\ndicator\": \"4\"}]}"), "fuzz.json"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("measures[0].in\\u000D\\u000Adicator: unknown field")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
    }

    /** An answer value with control characters is quoted on one line too. */
    @Test
    void controlCharactersInValuesStayOnOneLine() {
        assertThatThrownBy(() -> ResponsesJson.readResponses(bytes(
                "{\"agency\": {\"id\": \"a\\nb\"}, \"oit\": {\"o1\": {\"published\": \"y\\u0000es\\n\"}}}"), "fuzz.json"))
                .isInstanceOf(MalformedInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u0000"));
    }

    /** Found by a hostile trial: Jackson's advice to its programmers leaked into the reader's messages. */
    @Test
    void jacksonsAdviceStaysOutOfMessages() {
        assertThatThrownBy(() -> ResponsesJson.readScoreSheet(bytes(
                "{\"edition\": \"ita-2565\", \"agency\": {\"id\": \"a\"}, \"scores\": {\"1\": NaN}}"), "nan.json"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessage("nan.json:1:67: malformed JSON: NaN is not a JSON number");
        assertThatThrownBy(() -> ResponsesJson.readScoreSheet(bytes("{\"" + "k".repeat(60_000) + "\": 1}"), "key.json"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageEndingWith("input refused: a field name longer than 50000 characters");
    }
}

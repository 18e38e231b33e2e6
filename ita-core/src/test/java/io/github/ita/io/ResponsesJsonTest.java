package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.ConflictingScoresException;
import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.ItaException;
import io.github.ita.MalformedInputException;
import io.github.ita.MissingAnswerException;
import io.github.ita.edition.Editions;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reading the JSON inputs, and errors that name the file, line and field. */
class ResponsesJsonTest {

    private static Located<AgencyResponses> responses(String json) {
        return ResponsesJson.readResponses(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
    }

    private static Located<ScoreSheet> sheet(String json) {
        return ResponsesJson.readScoreSheet(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "scores.json");
    }

    private static final String SEED_001 = """
            { "edition": "ita-2565",
              "agency": { "id": "dan", "name": "องค์การบริหารส่วนตำบลด่าน" },
              "scores": { "1": 84.72, "2": 75.90, "3": 81.11, "4": 71.62, "5": 78.38,
                          "6": 74.76, "7": 66.78, "8": 70.81, "9": 94.64, "10": 100 } }
            """;

    @Test
    void readsAScoreSheetAndAuditsIt() {
        Located<ScoreSheet> in = sheet(SEED_001);
        assertThat(in.value().scores()).hasSize(10).containsEntry("2", new java.math.BigDecimal("75.90"));
        Result r = in.apply(Scorer.of(Editions.bundled("ita-2565"))::audit);
        assertThat(r.total().orElseThrow().shown()).isEqualByComparingTo("83.67");
        String json = ResultJson.write(r);
        assertThat(json).contains("\"total\" : 83.67", "\"rating\" : \"B\"", "\"passed\" : false",
                "\"score\" : 75.90", "\"weighted\" : 23.50");
    }

    @Test
    void engineErrorsArePlacedAtTheLineOfTheFile() {
        Located<ScoreSheet> in = sheet("""
                { "edition": "ita-2565", "agency": { "id": "a" },
                  "scores": { "9": 90,
                              "o12": 0 } }
                """);
        assertThatThrownBy(() -> in.apply(Scorer.of(Editions.bundled("ita-2565"))::audit))
                .isInstanceOf(ConflictingScoresException.class)
                .hasMessageStartingWith("scores.json:3:22: scores.o12: ")
                .hasMessageContaining("scores.o12");
    }

    @Test
    void aStaffIsAWholeNumberAtLeastTheIitRespondents() {
        Located<AgencyResponses> in = responses("""
                { "edition": "ita-2565", "agency": { "id": "a", "name": "x", "staff": 30 },
                  "iit": [ { "respondent": "r1", "answers": { "i1": "4" } } ] }
                """);
        assertThat(in.value().agency().staff()).hasValue(30);
        assertThatThrownBy(() -> responses("""
                { "edition": "ita-2565", "agency": { "id": "a", "name": "x", "staff": 1 },
                  "iit": [ { "respondent": "r1", "answers": { "i1": "4" } },
                           { "respondent": "r2", "answers": { "i1": "4" } } ] }
                """)).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining(":1:").hasMessageContaining("agency.staff: a staff of 1 but 2 IIT respondents");
        assertThatThrownBy(() -> responses("""
                { "edition": "ita-2565", "agency": { "id": "a", "staff": 2.5 } }
                """)).isInstanceOf(MalformedInputException.class).hasMessageContaining("staff 2.5 is not a number of people");
    }

    @Test
    void answersArePlacedAtTheirLine() {
        Located<AgencyResponses> in = responses("""
                { "edition": "ita-2565", "agency": { "id": "a", "name": "x" },
                  "iit": [ { "respondent": "r1",
                             "answers": { "i1": "4",
                                          "i2": "9" } } ] }
                """);
        assertThatThrownBy(() -> in.apply(Scorer.of(Editions.bundled("ita-2565"))::score))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("in.json:4:33: iit[0].answers.i2: respondent r1: answer \"9\" is not an option of i2 (1, 2, 3, 4)");
    }

    @Test
    void aMissingAnswerIsPlacedAtItsRespondent() {
        Located<AgencyResponses> in = responses("""
                { "agency": { "id": "a" },
                  "iit": [ { "respondent": "r1", "answers": { "i1": "4" } },
                           { "respondent": "r2", "answers": { "i1": "4" } } ] }
                """);
        assertThatThrownBy(() -> in.apply(Scorer.of(Editions.bundled("ita-2565"))::score))
                .isInstanceOf(MissingAnswerException.class)
                .hasMessageStartingWith("in.json:2:")
                .hasMessageContaining("respondent r1: question i2: no answer to i2");
    }

    @Test
    void oitPublishedMustBeABoolean() {
        assertThatThrownBy(() -> responses("""
                { "agency": { "id": "a" }, "oit": { "o1": { "published": "yes" } } }
                """)).isInstanceOf(MalformedInputException.class)
                .hasMessage("in.json:1:58: oit.o1.published: expected true or false but found the string \"yes\"");
    }

    @Test
    void aScoreMustBeANumber() {
        assertThatThrownBy(() -> sheet("{ \"agency\": { \"id\": \"a\" }, \"scores\": { \"1\": \"84.72\" } }"))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("scores.1: expected a number but found the string \"84.72\"");
    }

    @Test
    void duplicateRespondentIdsAreNamedAtTheirLine() {
        assertThatThrownBy(() -> responses("""
                { "agency": { "id": "a" },
                  "eit": [ { "respondent": "p1", "answers": {} },
                           { "respondent": "p1", "answers": {} } ] }
                """)).isInstanceOf(DuplicateIdException.class)
                .hasMessageStartingWith("in.json:3:")
                .hasMessageContaining("respondent id p1 appears twice");
    }

    @Test
    void malformedEmptyMissingAndUnexpected() {
        assertThatThrownBy(() -> responses("{ \"agency\": ")).isInstanceOf(MalformedInputException.class)
                .hasMessageStartingWith("in.json:1:").hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> responses("")).isInstanceOf(MalformedInputException.class)
                .hasMessage("in.json: empty input: expected a JSON document");
        assertThatThrownBy(() -> responses("  \n ")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("empty input");
        assertThatThrownBy(() -> ResponsesJson.readResponses(Path.of("no/such/file.json")))
                .isInstanceOf(MalformedInputException.class).hasMessage("no/such/file.json: no such file");
        assertThatThrownBy(() -> responses("{ \"agency\": { \"id\": \"a\" }, \"iit\": [], \"extra\": 1 }"))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("unknown field \"extra\"");
        assertThatThrownBy(() -> responses("{ \"agency\": { \"id\": \"a\" } } {}"))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("after the JSON document");
        assertThatThrownBy(() -> responses("{ \"agency\": { \"id\": \"a\" }, \"agency\": { \"id\": \"b\" } }"))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("Duplicate field 'agency'");
        assertThatThrownBy(() -> responses("[1, 2]")).isInstanceOf(MalformedInputException.class)
                .hasMessage("in.json:1:1: expected an object but found an array");
    }

    @Test
    void everyErrorIsOneLine() {
        String[] bad = {"", "{", "{\"agency\": {\"id\": \"a\"}, \"oit\": {\"o1\": {\"published\": 1}}}", "nul"};
        for (String b : bad) {
            assertThatThrownBy(() -> responses(b)).isInstanceOf(ItaException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    /** The edition a file names is read at its top level only, whatever else it holds, and never guessed. */
    @Test
    void theEditionAFileNamesIsReadAtItsTopLevel(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path sheet = java.nio.file.Files.writeString(dir.resolve("s.json"), SEED_001);
        Path answersLast = java.nio.file.Files.writeString(dir.resolve("a.json"),
                "{\"agency\": {\"id\": \"a\", \"edition\": \"inner\"}, \"iit\": [" + "{\"x\": [1, 2]},".repeat(1000)
                        + "{}], \"edition\": \"ita-2568\"}");
        Path none = java.nio.file.Files.writeString(dir.resolve("n.json"), "{\"agency\": {\"id\": \"a\", \"edition\": \"inner\"}}");
        Path number = java.nio.file.Files.writeString(dir.resolve("x.json"), "{\"edition\": 2565}");
        Path broken = java.nio.file.Files.writeString(dir.resolve("b.json"), "{\"agency\": {\"id\": ");
        Path array = java.nio.file.Files.writeString(dir.resolve("c.json"), "[{\"edition\": \"ita-2565\"}]");
        assertThat(ResponsesJson.editionOf(sheet)).contains("ita-2565");
        assertThat(ResponsesJson.editionOf(answersLast)).contains("ita-2568");
        assertThat(ResponsesJson.editionOf(none)).isEmpty();
        assertThat(ResponsesJson.editionOf(number)).isEmpty();
        assertThat(ResponsesJson.editionOf(broken)).isEmpty();
        assertThat(ResponsesJson.editionOf(array)).isEmpty();
        assertThat(ResponsesJson.editionOf(dir.resolve("missing.json"))).isEmpty();
        assertThat(ResponsesJson.editionOf(dir)).isEmpty();
    }
}

package io.github.ita;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ita.analysis.Target;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.io.MeasuresJson;
import io.github.ita.io.ResponsesJson;
import io.github.ita.measures.Period;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.Respondent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exceptions say what went wrong as fields, not only as text: the id, the value, the codes accepted. */
class ExceptionFieldsTest {

    private static final Edition ITA_2565 = Editions.bundled("ita-2565");

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownEditionToolOrQuestionIsNamedWhole() {
        String longId = "ita-" + "9".repeat(100);
        UnknownIdException e = catchThrowableOfType(UnknownIdException.class, () -> Editions.bundled(longId));
        assertThat(e.id()).contains(longId);
        assertThat(e.getMessage()).isEqualTo("unknown edition \"ita-" + "9".repeat(56) + "…\" (bundled: ita-2565, ita-2568)");

        UnknownIdException tool = catchThrowableOfType(UnknownIdException.class, () -> ITA_2565.tool("XIT"));
        assertThat(tool.id()).contains("XIT");
        assertThat(tool.location().question()).isEqualTo("XIT");
        assertThat(tool.problem()).isEqualTo("edition ita-2565 has no tool XIT (it has IIT, EIT, OIT)");

        UnknownIdException question = catchThrowableOfType(UnknownIdException.class, () -> ITA_2565.question("i999"));
        assertThat(question.id()).contains("i999");
        assertThat(question.getMessage()).isEqualTo("question i999: edition ita-2565 has no question i999");
    }

    @Test
    void aNodeTheResultLacksIsNamed() {
        java.util.Map<String, java.math.BigDecimal> scores = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            scores.put(String.valueOf(i), java.math.BigDecimal.valueOf(80));
        }
        io.github.ita.scoring.Scorer scorer = io.github.ita.scoring.Scorer.of(ITA_2565);
        io.github.ita.scoring.Result result = scorer.audit(new io.github.ita.response.ScoreSheet("ita-2565", new Agency("a", "A"), scores));
        UnknownIdException tool = catchThrowableOfType(UnknownIdException.class, () -> result.tool("XIT"));
        assertThat(tool.id()).contains("XIT");
        assertThat(tool.getMessage()).isEqualTo("question XIT: the result has no tool XIT");
        UnknownIdException node = catchThrowableOfType(UnknownIdException.class, () -> result.node("11"));
        assertThat(node.id()).contains("11");
        assertThat(node.getMessage()).isEqualTo("question 11: edition ita-2565 has no node 11");
        UnknownIdException raised = catchThrowableOfType(UnknownIdException.class, () -> scorer.raising(result).gain("11"));
        assertThat(raised.id()).contains("11");
        assertThat(raised.problem()).isEqualTo("the result has no node 11");
    }

    @Test
    void aDuplicateRespondentOrItemIsNamed() {
        Respondent r = Respondent.of("r1", Map.of("i1", "1"));
        DuplicateIdException twice = catchThrowableOfType(DuplicateIdException.class,
                () -> AgencyResponses.builder(new Agency("a", "A")).iit(r, r).build());
        assertThat(twice.id()).contains("r1");
        assertThat(twice.location().respondent()).isEqualTo("r1");
        assertThat(twice.problem()).isEqualTo("respondent id r1 appears twice among the IIT respondents");

        DuplicateIdException item = catchThrowableOfType(DuplicateIdException.class,
                () -> AgencyResponses.builder(new Agency("a", "A")).oit("o1", io.github.ita.response.OitAnswer.notPublished())
                        .oit("o1", io.github.ita.response.OitAnswer.notPublished()));
        assertThat(item.id()).contains("o1");
        assertThat(item.getMessage()).isEqualTo("question o1: OIT item o1 is answered twice");
    }

    @Test
    void aDuplicateIdInAnEditionFileIsNamedAndKeptWhenPlacedInTheFile() throws IOException {
        String text;
        try (InputStream in = Edition.class.getResourceAsStream("ita-2565.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"id\": \"i2\"", "\"id\": \"i1\"");
        }
        String broken = text;
        DuplicateIdException e = catchThrowableOfType(DuplicateIdException.class, () -> Editions.read(utf8(broken), "my.json"));
        assertThat(e.id()).contains("i1");
        assertThat(e.location().file()).isEqualTo("my.json");
        assertThat(e.problem()).startsWith("id i1 is used twice in the edition (first at line ");
    }

    @Test
    void aJsonInputNamesTheRespondentIdAndTheScoreAsWritten() {
        DuplicateIdException twice = catchThrowableOfType(DuplicateIdException.class, () -> ResponsesJson.readResponses(utf8("""
                { "edition": "ita-2565", "agency": { "id": "a" },
                  "iit": [ { "respondent": "r7", "answers": {} }, { "respondent": "r7", "answers": {} } ] }
                """), "in.json"));
        assertThat(twice.id()).contains("r7");
        assertThat(twice.getMessage()).isEqualTo("in.json:2:67: iit[1].respondent: respondent r7: respondent id r7 appears twice");

        InvalidAnswerException score = catchThrowableOfType(InvalidAnswerException.class, () -> ResponsesJson.readScoreSheet(utf8("""
                { "edition": "ita-2565", "agency": { "id": "a" }, "scores": { "9": 100.50 } }
                """), "scores.json"));
        assertThat(score.value()).contains("100.50");
        assertThat(score.accepted()).isEmpty();
        assertThat(score.getMessage()).isEqualTo("scores.json:1:68: scores.9: score 100.50 of 9 is outside 0–100");
    }

    private static final String MEASURES = """
            { "agency": { "id": "a", "name": "A" }, "fiscalYear": %s, "edition": "ita-2565",
              "measures": [ { "id": "m1", "indicator": "%s", "title": "t", "owner": "o", "period": "%s", "status": "%s" },
                            { "id": "%s", "indicator": "9", "title": "t", "owner": "o", "period": "ต.ค. ๖๕ – ก.ย. ๖๖", "status": "done" } ] }
            """;

    private static <T extends ItaException> T measures(Class<T> type, String year, String indicator, String period, String status,
            String secondId) {
        String json = MEASURES.formatted(year, indicator, period, status, secondId);
        return catchThrowableOfType(type, () -> MeasuresJson.read(utf8(json), "m.json"));
    }

    @Test
    void aMeasuresFileNamesTheValueItCannotRead() {
        String fy = "ต.ค. ๖๕ – ก.ย. ๖๖";
        MalformedInputException year = measures(MalformedInputException.class, "2566.5", "9", fy, "done", "m2");
        assertThat(year.value()).contains("2566.5");
        assertThat(year.getMessage()).isEqualTo("m.json:1:55: fiscalYear: fiscalYear must be a Buddhist-era year such as 2566, not 2566.5");

        MalformedInputException status = measures(MalformedInputException.class, "2566", "9", fy, "half done", "m2");
        assertThat(status.value()).contains("half done");
        assertThat(status.problem()).endsWith("not \"half done\"");
        assertThat(status.location().field()).isEqualTo("measures[0].status");

        MalformedInputException period = measures(MalformedInputException.class, "2566", "9", "ตุลาคม", "done", "m2");
        assertThat(period.value()).contains("ตุลาคม");
        assertThat(period.location().field()).isEqualTo("measures[0].period");

        UnknownIdException indicator = measures(UnknownIdException.class, "2566", "99", fy, "done", "m2");
        assertThat(indicator.id()).contains("99");
        assertThat(indicator.problem()).isEqualTo("edition ita-2565 has no indicator 99");

        DuplicateIdException id = measures(DuplicateIdException.class, "2566", "9", fy, "done", "m1");
        assertThat(id.id()).contains("m1");
        assertThat(id.problem()).isEqualTo("measure id m1 is used twice");
    }

    @Test
    void aPeriodOrTargetThatCannotBeReadIsKeptWhole() {
        MalformedInputException period = catchThrowableOfType(MalformedInputException.class, () -> Period.parse("ก.ย. ๖๖ – ต.ค. ๖๕"));
        assertThat(period.value()).contains("ก.ย. ๖๖ – ต.ค. ๖๕");

        String huge = " 1e999999999";
        MalformedInputException number = catchThrowableOfType(MalformedInputException.class, () -> Target.parse(huge, ITA_2565));
        assertThat(number.value()).contains(huge);
        assertThat(number.getMessage()).isEqualTo("a target score is from 0 to 100, not 1e999999999");

        MalformedInputException word = catchThrowableOfType(MalformedInputException.class, () -> Target.parse("best", ITA_2565));
        assertThat(word.value()).contains("best");
        assertThat(word.getMessage()).isEqualTo("a target is a score (85), a rating (A, AA…) or pass, not \"best\"");

        MalformedInputException over = catchThrowableOfType(MalformedInputException.class, () -> Target.parse("101", ITA_2565));
        assertThat(over.value()).contains("101");
    }

    @Test
    void theFieldsSurvivePlacingTheProblemInAFile() {
        Location file = new Location("in.json", 3, 9, "scores.9", null, null);
        List<ItaException> all = new ArrayList<>(List.of(
                new UnknownIdException(Location.question("x"), "p", "x"),
                new DuplicateIdException(Location.question("d"), "p", "d"),
                new MalformedInputException(Location.NONE, "p", "v"),
                new InvalidAnswerException(Location.answer("r1", "i7"), "p", "5", List.of("1", "2", "3", "4")),
                new ConflictingScoresException(Location.question("o12"), "p", "9", "o12")));
        for (ItaException e : all) {
            ItaException placed = e.within(file);
            assertThat(placed).isInstanceOf(e.getClass()).hasMessageStartingWith("in.json:3:9: scores.9: ");
            assertThat(placed).usingRecursiveComparison().ignoringFields("location", "detailMessage", "stackTrace")
                    .isEqualTo(e);
        }
        InvalidAnswerException answer = (InvalidAnswerException) all.get(3).within(file);
        assertThat(answer.value()).contains("5");
        assertThat(answer.accepted()).containsExactly("1", "2", "3", "4");
        assertThat(answer.location().respondent()).isEqualTo("r1");
        ConflictingScoresException both = (ConflictingScoresException) all.get(4).within(file);
        assertThat(both.node()).contains("9");
        assertThat(both.descendant()).contains("o12");
    }

    @Test
    void withoutTheFieldTheAccessorsAreEmpty() {
        assertThat(new UnknownIdException(Location.NONE, "p").id()).isEmpty();
        assertThat(new DuplicateIdException(Location.NONE, "p").id()).isEmpty();
        assertThat(new MalformedInputException(Location.NONE, "p").value()).isEmpty();
        InvalidAnswerException a = new InvalidAnswerException(Location.NONE, "p");
        assertThat(a.value()).isEmpty();
        assertThat(a.accepted()).isEmpty();
        ConflictingScoresException c = new ConflictingScoresException(Location.NONE, "p", null, null);
        assertThat(c.node()).isEmpty();
        assertThat(c.descendant()).isEmpty();
    }

    @Test
    void theCodesAcceptedAreACopy() {
        List<String> codes = new ArrayList<>(List.of("1", "2"));
        InvalidAnswerException e = new InvalidAnswerException(Location.NONE, "p", "9", codes);
        codes.add("3");
        assertThat(e.accepted()).containsExactly("1", "2");
    }

    @Test
    void messagesQuoteValuesAsTheLibraryDoes() {
        assertThat(ItaException.clip("a\u0000b\u202Ec ")).isEqualTo("a\\u0000b\\u202Ec\\u0020");
        assertThat(ItaException.clip("x".repeat(100))).isEqualTo("x".repeat(60) + "…");
        assertThat(ItaException.clip(null)).isEqualTo("null");
        assertThat(ItaException.reason(new NoSuchFileException("/a/b"))).isEqualTo("no such file");
        assertThat(ItaException.reason(new AccessDeniedException("/a/b"))).isEqualTo("permission denied");
        assertThat(ItaException.reason(new FileSystemException("/a/b", null, "Is a directory"))).isEqualTo("Is a directory");
        assertThat(ItaException.reason(new IOException("first line\nsecond"))).isEqualTo("first line");
        assertThat(ItaException.reason(new IOException())).isEqualTo("IOException");
    }
}

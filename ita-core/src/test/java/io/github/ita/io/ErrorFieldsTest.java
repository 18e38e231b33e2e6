package io.github.ita.io;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.io.BatchCsvReaderTest.E;
import static io.github.ita.io.BatchCsvReaderTest.IIT;
import static io.github.ita.io.BatchCsvReaderTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ita.ConflictingScoresException;
import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.ItaException;
import io.github.ita.MalformedInputException;
import io.github.ita.UnknownIdException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Question;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed fields of the exceptions, reached as a user reaches them: a batch directory of CSV files, a JSON
 * file, a score sheet. The messages stay as they were; the fields hold the id or the value whole.
 */
class ErrorFieldsTest {

    @TempDir
    Path dir;

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private void iit(String header, String... rows) throws IOException {
        Files.writeString(dir.resolve("iit.csv"), header + "\n" + String.join("", rows), StandardCharsets.UTF_8);
    }

    /** Reads the directory with the fast reader (the public way) and with the reference reader: both must fail alike. */
    private <T extends ItaException> T readBatch(Class<T> type) {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        T fast = catchThrowableOfType(type, () -> {
            try (BatchTally t = BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE)) {
                assertThat(t).isNull();   // not reached: the reading fails
            }
        });
        T reference = catchThrowableOfType(type, () -> {
            try (BatchTally t = BatchCsvReader.read(dir, BatchScorer.of(Scorer.of(E)), StandardCharsets.UTF_8, BatchListener.NONE,
                    0, false, new HashMap<>())) {
                assertThat(t).isNull();   // not reached: the reading fails
            }
        });
        assertThat(fast).as("the fast reader").isNotNull();
        assertThat(reference).as("the reference reader").isNotNull().hasMessage(fast.getMessage());
        assertThat(fields(reference)).as("the reference reader's fields").isEqualTo(fields(fast));
        return fast;
    }

    /** @return an exception's typed fields, to compare */
    private static List<Object> fields(ItaException e) {
        if (e instanceof UnknownIdException u) {
            return List.of(u.id());
        }
        if (e instanceof DuplicateIdException d) {
            return List.of(d.id());
        }
        if (e instanceof MalformedInputException m) {
            return List.of(m.value());
        }
        if (e instanceof InvalidAnswerException a) {
            return List.of(a.value(), a.accepted());
        }
        return List.of();
    }

    private static String header() {
        return "agency,respondent," + String.join(",", IIT);
    }

    @Test
    void anAnswerThatIsNotAnOptionCarriesTheValueAndTheCodesAccepted() throws IOException {
        String column = IIT.get(0);
        Map<String, String> answers = new LinkedHashMap<>(bestAnswers(E, "IIT", Map.of()));
        answers.put(column, "ดีมาก");
        iit(header(), row("north", "n1", IIT, bestAnswers(E, "IIT", Map.of())), row("north", "n2", IIT, answers));

        InvalidAnswerException e = readBatch(InvalidAnswerException.class);
        Question q = E.findQuestion(column).or(() -> E.questionOfItem(column)).orElseThrow();
        List<String> codes = q.options().stream().map(AnswerOption::code).toList();
        assertThat(codes).isNotEmpty().doesNotContain("ดีมาก");
        assertThat(e.value()).contains("ดีมาก");
        assertThat(e.accepted()).isEqualTo(codes);
        assertThat(e.location().respondent()).isEqualTo("n2");
        assertThat(e.location().line()).isEqualTo(3);
        // a cell with letters may have meant a label: the labels are listed after the codes
        assertThat(e.problem()).startsWith("answer \"ดีมาก\" is not an option of " + column + " (" + String.join(", ", codes)
                + ", or their labels \"น้อยที่สุดหรือไม่มีเลย\", \"น้อย\", \"มาก\", \"มากที่สุด\"");
    }

    @Test
    void aRepeatedRespondentIsNamed() throws IOException {
        String best = row("north", "n1", IIT, bestAnswers(E, "IIT", Map.of()));
        iit(header(), best, row("north", "n2", IIT, bestAnswers(E, "IIT", Map.of())), best);

        DuplicateIdException e = readBatch(DuplicateIdException.class);
        assertThat(e.id()).contains("n1");
        assertThat(e.location().line()).isEqualTo(4);
        assertThat(e.problem()).isEqualTo("respondent id n1 appears twice among the IIT respondents of agency north (first at line 2)");
    }

    @Test
    void anUnknownOrRepeatedQuestionColumnIsNamed() throws IOException {
        iit(header() + ",i999", row("north", "n1", IIT, bestAnswers(E, "IIT", Map.of())).replace("\n", ",1\n"));
        UnknownIdException unknown = readBatch(UnknownIdException.class);
        assertThat(unknown.id()).contains("i999");
        assertThat(unknown.problem()).isEqualTo("i999 is not a question or sub-item of IIT");

        iit(header() + "," + IIT.get(1), row("north", "n1", IIT, bestAnswers(E, "IIT", Map.of())).replace("\n", ",1\n"));
        DuplicateIdException twice = readBatch(DuplicateIdException.class);
        assertThat(twice.id()).contains(IIT.get(1));
        assertThat(twice.problem()).isEqualTo("column " + IIT.get(1) + " appears twice");
    }

    /** oit.csv's components column: a component the item lacks, or one given twice, is named at its row and column. */
    @Test
    void anOitComponentIsCheckedAtItsCell() throws IOException {
        iit(header(), row("north", "n1", IIT, bestAnswers(E, "IIT", Map.of())));
        String head = "agency,item,published,url,note,components\n";
        Files.writeString(dir.resolve("oit.csv"), head + "north,o1,yes,https://x/1,,\nnorth,o11,yes,https://x/11,,o11.1;o11.9\n",
                StandardCharsets.UTF_8);
        UnknownIdException unknown = readBatch(UnknownIdException.class);
        assertThat(unknown.id()).contains("o11.9");
        assertThat(unknown.location().line()).isEqualTo(3);
        assertThat(unknown.location().field()).isEqualTo("column components");
        assertThat(unknown.location().question()).isEqualTo("o11");
        assertThat(unknown.problem()).isEqualTo("item o11 has no component o11.9 (it has o11.1, o11.2, o11.3)");
        assertThat(unknown.getMessage()).startsWith(dir.resolve("oit.csv") + ":3: column components: question o11: ");

        Files.writeString(dir.resolve("oit.csv"), head + "north,o24,yes,https://x/24,, o24.2 ;o24.1;o24.2\n", StandardCharsets.UTF_8);
        DuplicateIdException twice = readBatch(DuplicateIdException.class);
        assertThat(twice.id()).contains("o24.2");
        assertThat(twice.location().line()).isEqualTo(2);
        assertThat(twice.problem()).isEqualTo("component o24.2 is given twice");
    }

    @Test
    void anOitFileNamesTheAgencyAndThePublishedValue() throws IOException {
        Files.writeString(dir.resolve("oit.csv"), "agency,item,published\nnorth,o1,maybe\n", StandardCharsets.UTF_8);
        InvalidAnswerException published = readBatch(InvalidAnswerException.class);
        assertThat(published.value()).contains("maybe");
        assertThat(published.accepted()).contains("yes", "no", "มี", "ไม่มี");
        assertThat(published.problem()).isEqualTo("published must be yes/no, true/false or มี/ไม่มี, not \"maybe\"");

        Files.writeString(dir.resolve("oit.csv"), "agency,item,published,comment\nnorth,o1,yes,x\n", StandardCharsets.UTF_8);
        MalformedInputException column = readBatch(MalformedInputException.class);
        assertThat(column.value()).contains("comment");

        Files.writeString(dir.resolve("oit.csv"), "agency,item,published\nnorth,o1,yes\n", StandardCharsets.UTF_8);
        iit(header(), row("south", "s1", IIT, bestAnswers(E, "IIT", Map.of())));
        UnknownIdException agency = readBatch(UnknownIdException.class);
        assertThat(agency.id()).contains("north");
        assertThat(agency.problem()).isEqualTo("agency north has no respondents in iit.csv or eit.csv");
    }

    @Test
    void anAgenciesFileNamesTheRepeatedColumnOrAgency() throws IOException {
        iit(header(), row("north", "n1", IIT, bestAnswers(E, "IIT", Map.of())));
        Files.writeString(dir.resolve("agencies.csv"), "id,name,group, group\nnorth,N,a,a\n", StandardCharsets.UTF_8);
        DuplicateIdException column = readBatch(DuplicateIdException.class);
        assertThat(column.id()).contains("group");
        assertThat(column.problem()).isEqualTo("column group appears twice in the header");

        Files.writeString(dir.resolve("agencies.csv"), "id,name\nnorth,N\nnorth,N again\n", StandardCharsets.UTF_8);
        DuplicateIdException agency = readBatch(DuplicateIdException.class);
        assertThat(agency.id()).contains("north");
    }

    @Test
    void aHeaderThatDoesNotBeginRightIsQuoted() throws IOException {
        iit("respondent,agency," + String.join(",", IIT));
        MalformedInputException e = readBatch(MalformedInputException.class);
        assertThat(e.value()).contains("respondent,agency");
        assertThat(e.problem()).isEqualTo("the header must begin with agency,respondent, not respondent,agency");
        iit("\nagency,respondent," + String.join(",", IIT));
        assertThat(readBatch(MalformedInputException.class).problem())
                .isEqualTo("the header must begin with agency,respondent, not an empty line (the header is the file's first line)");
    }

    private static final String SHEET = """
            { "edition": "ita-2565", "agency": { "id": "a" }, "scores": { %s } }
            """;

    private static MalformedInputException malformedSheet(String scores) {
        return catchThrowableOfType(MalformedInputException.class,
                () -> ResponsesJson.readScoreSheet(utf8(SHEET.formatted(scores)), "s.json"));
    }

    @Test
    void aNumberAJsonFileCannotReadIsKeptAsWritten() {
        MalformedInputException huge = malformedSheet("\"9\": 1e999999999");
        assertThat(huge.value()).contains("1e999999999");
        assertThat(huge.getMessage()).isEqualTo("s.json:1:68: scores.9: number 1e999999999 is out of range: at most 100 digits"
                + " before and after the decimal point");

        MalformedInputException text = malformedSheet("\"9\": \"8o\"");
        assertThat(text.value()).contains("8o");
        assertThat(text.getMessage()).isEqualTo("s.json:1:68: scores.9: expected a number but found the string \"8o\"");

        assertThat(malformedSheet("\"9\": true").value()).contains("true");
        assertThat(malformedSheet("\"9\": [1]").value()).isEmpty();

        MalformedInputException field = catchThrowableOfType(MalformedInputException.class, () -> ResponsesJson.readScoreSheet(
                utf8("{ \"edition\": \"ita-2565\", \"agency\": { \"id\": \"a\" }, \"scores\": {}, \"notes\": 1 }"), "s.json"));
        assertThat(field.value()).contains("notes");
        assertThat(field.problem()).startsWith("unknown field \"notes\" (allowed: ");

        MalformedInputException missing = catchThrowableOfType(MalformedInputException.class, () -> ResponsesJson.readScoreSheet(
                utf8("{ \"edition\": \"ita-2565\", \"agency\": { \"id\": \"a\" } }"), "s.json"));
        assertThat(missing.value()).isEmpty();
        assertThat(missing.problem()).isEqualTo("missing required field \"scores\"");
    }

    @Test
    void aJsonAnswerThatIsNotAnOptionCarriesTheCodesAccepted() {
        String column = IIT.get(0);
        Question q = E.findQuestion(column).or(() -> E.questionOfItem(column)).orElseThrow();
        Located<io.github.ita.response.AgencyResponses> in = ResponsesJson.readResponses(utf8("""
                { "edition": "ita-2565", "agency": { "id": "a" },
                  "iit": [ { "respondent": "r1", "answers": { "%s": "x9" } } ] }
                """.formatted(column)), "r.json");
        InvalidAnswerException e = catchThrowableOfType(InvalidAnswerException.class,
                () -> in.apply(Scorer.of(E, io.github.ita.scoring.ScoringOptions.DEFAULT
                        .withMissingAnswers(io.github.ita.scoring.MissingAnswers.EXCLUDE))::score));
        assertThat(e.value()).contains("x9");
        assertThat(e.accepted()).isEqualTo(q.options().stream().map(AnswerOption::code).toList());
        assertThat(e.location().file()).isEqualTo("r.json");
        assertThat(e.location().respondent()).isEqualTo("r1");
    }

    @Test
    void aScoreSheetNamesTheNodesAndTheScores() {
        Scorer scorer = Scorer.of(E);
        String indicator = E.tool("IIT").indicators().get(0).id();
        ConflictingScoresException both = catchThrowableOfType(ConflictingScoresException.class,
                () -> scorer.audit(new ScoreSheet("ita-2565", new Agency("a", "A"), Map.of("IIT", BigDecimal.TEN, indicator, BigDecimal.ONE))));
        assertThat(both.node()).contains("IIT");
        assertThat(both.descendant()).contains(indicator);
        assertThat(both.problem()).isEqualTo("the sheet gives both IIT and " + indicator + ", which is part of it; give one or the other");

        UnknownIdException unknown = catchThrowableOfType(UnknownIdException.class,
                () -> scorer.audit(new ScoreSheet("ita-2565", new Agency("a", "A"), Map.of("x1", BigDecimal.TEN))));
        assertThat(unknown.id()).contains("x1");

        UnknownIdException edition = catchThrowableOfType(UnknownIdException.class,
                () -> scorer.audit(new ScoreSheet("ita-2568", new Agency("a", "A"), Map.of("IIT", BigDecimal.TEN))));
        assertThat(edition.id()).contains("ita-2568");
        assertThat(edition.problem()).isEqualTo("the input is for edition ita-2568 but is scored with edition ita-2565");

        InvalidAnswerException over = catchThrowableOfType(InvalidAnswerException.class,
                () -> scorer.audit(new ScoreSheet("ita-2565", new Agency("a", "A"), Map.of("IIT", new BigDecimal("100.5")))));
        assertThat(over.value()).contains("100.5");
        assertThat(over.accepted()).isEmpty();

        Result result = scorer.audit(new ScoreSheet("ita-2565", new Agency("a", "A"), Map.of("IIT", BigDecimal.TEN)));
        String informational = E.questions().stream().filter(qq -> !qq.isScored() && !qq.isChecklistItem()).findFirst().orElseThrow().id();
        InvalidAnswerException info = catchThrowableOfType(InvalidAnswerException.class,
                () -> scorer.whatIf(result, Map.of(informational, new BigDecimal("50.0"))));
        assertThat(info.value()).contains("50.0");
        assertThat(info.problem()).isEqualTo(informational + " is informational and carries no score");
    }
}

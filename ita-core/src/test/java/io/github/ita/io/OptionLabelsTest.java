package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.InvalidAnswerException;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.response.Agency;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.Tally;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form export answers with the options' labels: a directory (or an agency's JSON) answered by
 * labels, Thai or English, scores byte for byte as the same answered by codes.
 */
class OptionLabelsTest {

    @TempDir
    Path tmp;

    @Test
    void aDirectoryAnsweredByLabelsScoresAsTheSameAnsweredByCodes() throws IOException {
        String codes = FormsDirs.results(FormsDirs.writeCsv(tmp.resolve("codes"), FormsDirs.rows((q, o) -> o.code())));
        Path thai = FormsDirs.writeCsv(tmp.resolve("thai"), FormsDirs.rows((q, o) -> o.label().th()));
        // English labels, with the spaces a form may leave around them
        Path english = FormsDirs.writeCsv(tmp.resolve("english"), FormsDirs.rows((q, o) -> " " + o.label().en() + " "));
        assertThat(Files.readString(thai.resolve("iit.csv"))).contains(",มากที่สุด,").contains(",ข้าราชการ / พนักงาน,")
                .doesNotContain(",4,");
        assertThat(Files.readString(english.resolve("eit.csv"))).contains(", most ,");
        assertThat(codes).contains("\"id\":\"north\"");
        assertThat(FormsDirs.results(thai)).isEqualTo(codes);
        assertThat(FormsDirs.results(english)).isEqualTo(codes);
    }

    @Test
    void oitPublishedTakesTheWordsOfTheYesNoScaleToo() throws IOException {
        var files = FormsDirs.rows((q, o) -> o.code());
        String codes = FormsDirs.results(FormsDirs.writeCsv(tmp.resolve("yes"), files));
        int[] n = {0};
        for (List<Object> row : files.get("oit").subList(1, files.get("oit").size())) {
            boolean yes = row.get(2).equals("yes");
            String[] words = yes ? new String[] {"มี / ใช่", "ใช่", "มี"} : new String[] {"ไม่มี / ไม่ใช่", "ไม่ใช่", "ไม่มี"};
            row.set(2, words[n[0]++ % 3]);
        }
        Path thai = FormsDirs.writeCsv(tmp.resolve("thai-oit"), files);
        assertThat(Files.readString(thai.resolve("oit.csv"))).contains(",มี / ใช่,").contains(",ไม่ใช่,");
        assertThat(FormsDirs.results(thai)).isEqualTo(codes);
    }

    @Test
    void anAgencysJsonAnsweredByLabelsScoresAsTheSameAnsweredByCodes() {
        String codes = scoreJson((q, o) -> o.code());
        assertThat(scoreJson((q, o) -> o.label().th())).isEqualTo(codes);
        assertThat(scoreJson((q, o) -> o.label().en())).isEqualTo(codes);
    }

    /** The agency north of {@link FormsDirs}, as the JSON answers of {@code ita score}, scored. */
    private static String scoreJson(java.util.function.BiFunction<Question, AnswerOption, Object> cell) {
        var files = FormsDirs.rows(cell);
        StringBuilder json = new StringBuilder("{\"edition\": \"ita-2565\", \"agency\": {\"id\": \"north\"}");
        for (String tool : List.of("iit", "eit")) {
            List<List<Object>> rows = files.get(tool);
            json.append(", \"").append(tool).append("\": [");
            String sep = "";
            for (List<Object> row : rows.subList(1, rows.size())) {
                if (!row.get(0).equals("north")) {
                    continue;
                }
                json.append(sep).append("{\"respondent\": \"").append(row.get(1)).append("\", \"answers\": {");
                for (int i = 2; i < row.size(); i++) {
                    json.append(i == 2 ? "" : ", ").append('"').append(rows.get(0).get(i)).append("\": \"")
                            .append(row.get(i)).append('"');
                }
                json.append("}}");
                sep = ", ";
            }
            json.append(']');
        }
        json.append(", \"oit\": {");
        String sep = "";
        for (List<Object> row : files.get("oit")) {
            if (row.get(0).equals("north")) {
                json.append(sep).append('"').append(row.get(1)).append("\": {\"published\": ").append(row.get(2).equals("yes")).append('}');
                sep = ", ";
            }
        }
        json.append("}}");
        InputStream in = new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8));
        Scorer scorer = Scorer.of(FormsDirs.E);
        return ResultJson.write(ResponsesJson.readResponses(in, "north.json").apply(scorer::score));
    }

    @Test
    void anUnknownLabelIsRefusedListingTheCodesAndTheLabels() {
        Tally tally = Scorer.of(FormsDirs.E).newTally();
        assertThatThrownBy(() -> tally.add("IIT", Respondent.of("r1", Map.of("i1", "มากๆ"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("respondent r1: question i1: answer \"มากๆ\" is not an option of i1 (1, 2, 3, 4, or their labels"
                        + " \"น้อยที่สุดหรือไม่มีเลย\", \"น้อย\", \"มาก\", \"มากที่สุด\", \"least or none\", \"little\", \"much\", \"most\")")
                .satisfies(e -> {
                    InvalidAnswerException x = (InvalidAnswerException) e;
                    assertThat(x.value()).contains("มากๆ");
                    assertThat(x.accepted()).containsExactly("1", "2", "3", "4");
                });
        // a yes/no question: its English labels are its codes, so only the Thai ones are listed besides
        assertThatThrownBy(() -> tally.add("IIT", Respondent.of("r1", Map.of("i27a", "Yes"))))
                .hasMessageEndingWith("answer \"Yes\" is not an option of i27a (yes, no, or their labels \"มี / ใช่\", \"ไม่มี / ไม่ใช่\")");
        // a cell with no letter is no label mistyped: the codes alone, as before
        assertThatThrownBy(() -> tally.add("IIT", Respondent.of("r1", Map.of("i1", "5"))))
                .hasMessageEndingWith("answer \"5\" is not an option of i1 (1, 2, 3, 4)");
        assertThat(tally.respondents("IIT")).isZero();
    }

    @Test
    void labelsAreMatchedExactlyOnceTrimmed() {
        Tally tally = Scorer.of(FormsDirs.E).newTally();
        assertThatThrownBy(() -> tally.add("IIT", Respondent.of("r1", Map.of("i1", "Most"))))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> tally.add("IIT", Respondent.of("r1", Map.of("i1", "มาก ที่สุด"))))
                .isInstanceOf(InvalidAnswerException.class);
        // codes stay exact: a code with a space is not one, and a digit is no label
        assertThatThrownBy(() -> tally.add("IIT", Respondent.of("r1", Map.of("i1", " 4"))))
                .isInstanceOf(InvalidAnswerException.class);
    }

    /** An edition whose level-4 options are relabelled: text replaced in the bundled ita-2565 file. */
    private static Edition relabelled(String from, String to) throws IOException {
        String json;
        try (InputStream in = Editions.class.getResourceAsStream("ita-2565.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json).contains(from);
        return Editions.read(new ByteArrayInputStream(json.replace(from, to).getBytes(StandardCharsets.UTF_8)), "relabelled.json");
    }

    @Test
    void aLabelTwoOptionsShareIsRefusedNamingThem() throws IOException {
        Edition e = relabelled("\"th\": \"น้อย\",", "\"th\": \"มาก\",");
        Tally tally = Scorer.of(e).newTally();
        assertThatThrownBy(() -> tally.add("IIT", Respondent.of("r1", Map.of("i1", "มาก"))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("respondent r1: question i1: answer \"มาก\" is the label of more than one option of i1 (2, 3): answer by code");
        // the other labels of the question, and the codes, still answer
        assertThat(score(e, "little")).isEqualTo(score(e, "2"));
        assertThat(score(e, "much")).isEqualTo(score(e, "3"));
    }

    @Test
    void aLabelThatIsAnotherOptionsCodeAnswersAsTheCode() throws IOException {
        Edition e = relabelled("\"en\": \"least or none\"", "\"en\": \"2\"");
        assertThat(score(e, "2")).isNotEqualTo(score(e, "1")).isEqualTo(score(e, "น้อย"));
        assertThat(score(e, "น้อยที่สุดหรือไม่มีเลย")).isEqualTo(score(e, "1"));
    }

    /** @return the JSON result of one respondent answering every IIT question with its best option, and i1 so */
    private static String score(Edition e, String i1) {
        Scorer scorer = Scorer.of(e);
        Tally tally = scorer.newTally();
        Map<String, String> answers = new java.util.HashMap<>(io.github.ita.Fixtures.bestAnswers(e, "IIT", Map.of()));
        answers.put("i1", i1);
        tally.add("IIT", Respondent.of("r1", answers));
        return ResultJson.write(scorer.score(new Agency("a", ""), tally, Map.of()));
    }
}

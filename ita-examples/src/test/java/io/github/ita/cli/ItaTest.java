package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code ita} command line, run in-process. */
class ItaTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run ita(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Ita.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path resource(String name) throws IOException {
        return resource(dir, name);
    }

    /** Copies a sample file of ita-examples into a directory (once) and returns its path. */
    static Path resource(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        if (Files.exists(p)) {
            return p;
        }
        try (InputStream in = ItaTest.class.getResourceAsStream("/io/github/ita/examples/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static JsonNode json(String s) throws IOException {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void auditsTheWorkedCaseOfSeed001() throws IOException {
        Run r = ita("audit", resource("seed-001-scores.json").toString(), "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = json(r.out());
        assertThat(j.get("edition").asText()).isEqualTo("ita-2565");
        assertThat(j.get("total").decimalValue()).isEqualByComparingTo("83.67");
        assertThat(j.get("rating").asText()).isEqualTo("B");
        assertThat(j.get("passed").asBoolean()).isFalse();
        List<String> tools = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (JsonNode t : j.get("tools")) {
            tools.add(t.get("id").asText() + "=" + t.get("score").decimalValue().toPlainString() + "@" + t.get("weight").asInt());
            for (JsonNode in : t.get("indicators")) {
                if (!in.get("passed").asBoolean()) {
                    failing.add(in.get("id").asText());
                }
            }
        }
        assertThat(tools).containsExactly("IIT=78.35@30", "EIT=70.78@30", "OIT=97.32@40");
        assertThat(failing).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(j.at("/tools/0/weighted").decimalValue()).isEqualByComparingTo("23.50");
    }

    @Test
    void auditAsAMarkdownReport() throws IOException {
        Run r = ita("audit", resource("seed-001-scores.json").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("คะแนนรวม **83.67** คะแนน ระดับผลการประเมิน **B**")
                .contains("| 8 | EIT | การปรับปรุงการทำงาน | 70.81 | ไม่ผ่านเกณฑ์ |");
        Run en = ita("audit", resource("seed-001-scores.json").toString(), "--lang", "en", "--rounding", "each_level");
        assertThat(en.out()).contains("Total **83.67**, rating **B**").contains("every level rounded to two decimals");
    }

    @Test
    void scoresRawAnswersToTheContractsJson() throws IOException {
        Run r = ita("score", resource("sample-agency.json").toString(), "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.at("/agency/id").asText()).isEqualTo("6330199");
        JsonNode iit = j.at("/tools/0");
        assertThat(iit.get("respondents").asInt()).isEqualTo(24);
        JsonNode q = iit.at("/indicators/0/questions/1");
        assertThat(q.get("id").asText()).isEqualTo("i1");
        assertThat(q.get("respondents").asInt()).isEqualTo(24);
        assertThat(q.has("score")).isTrue();
        assertThat(q.has("passed")).isTrue();
        assertThat(iit.at("/indicators/0/questions/0/scored").asBoolean(true)).isFalse();   // i0
        JsonNode oit = j.at("/tools/2");
        assertThat(oit.at("/indicators/0/questions")).isEmpty();
        assertThat(oit.at("/indicators/0/subIndicators/1/id").asText()).isEqualTo("9.2");
        assertThat(oit.at("/indicators/0/subIndicators/1/questions/1/id").asText()).isEqualTo("o11");
        assertThat(oit.at("/indicators/0/subIndicators/1/questions/1/score").decimalValue()).isZero();
        // every number carries at most two decimals
        j.findValues("score").forEach(n -> assertThat(n.isNull() || n.decimalValue().scale() <= 2).isTrue());
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        Path in = resource("sample-agency.json");
        assertThat(ita("score", in.toString(), "--format", "json").out())
                .isEqualTo(ita("score", in.toString(), "--format", "json").out());
    }

    @Test
    void provenanceInEveryOutputAndATimestampOnlyWhenAsked() throws IOException {
        Path in = resource("seed-001-scores.json");
        JsonNode j = json(ita("audit", in.toString(), "--format", "json").out());
        assertThat(j.at("/provenance/edition").asText()).isEqualTo("ita-2565");
        assertThat(j.at("/provenance/editionSha256").asText()).hasSize(64);
        assertThat(j.at("/provenance/inputs").get(in.toString()).asText()).hasSize(64);
        assertThat(j.at("/provenance").has("timestamp")).isFalse();
        assertThat(json(ita("audit", in.toString(), "--format", "json", "--timestamp").out()).at("/provenance/timestamp").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(ita("audit", in.toString()).out()).contains("seed-001-scores.json (sha256 ");
    }

    @Test
    void demoPrintsTheSampleReport() {
        Run r = ita("demo");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("องค์การบริหารส่วนตำบลบ้านตัวอย่าง").contains("| 10 | OIT |");
    }

    @Test
    void listsAndShowsEditions() throws IOException {
        assertThat(ita("editions").out()).contains("| ita-2565 | 2565 | ระดับ AA–F |").contains("| ita-2568 | 2568 | ผ่าน / ไม่ผ่าน |");
        Run show = ita("editions", "show", "ita-2565");
        assertThat(show.status()).isZero();
        JsonNode e = json(show.out());
        JsonNode iit = e.at("/tools/0");
        assertThat(iit.get("id").asText()).isEqualTo("IIT");
        assertThat(iit.get("weight").asInt()).isEqualTo(30);
        JsonNode i5 = iit.at("/indicators/0/questions/5");
        assertThat(i5.get("id").asText()).isEqualTo("i5");
        assertThat(i5.get("polarity").asText()).isEqualTo("negative");
        assertThat(i5.findValues("points")).extracting(JsonNode::asInt).containsExactly(100, 85, 50, 0);
        assertThat(iit.at("/indicators/0/questions/0/scored").asBoolean(true)).isFalse();
        JsonNode i27 = iit.at("/indicators/4/questions/2");
        assertThat(i27.get("id").asText()).isEqualTo("i27");
        assertThat(i27.at("/items/0/id").asText()).isEqualTo("i27a");
        assertThat(i27.at("/items/0/options/0/code").asText()).isEqualTo("yes");
        JsonNode o1 = e.at("/tools/2/indicators/0/subIndicators/0/questions/0");
        assertThat(o1.get("id").asText()).isEqualTo("o1");
        assertThat(o1.has("options")).isFalse();
    }

    @Test
    void writesToOutOnlyOnSuccess() throws IOException {
        Path out = dir.resolve("result.json");
        assertThat(ita("audit", resource("seed-001-scores.json").toString(), "--format", "json", "--out", out.toString()).status()).isZero();
        assertThat(Files.readString(out)).contains("\"total\" : 83.67");
        Path bad = file("bad.json", "{\"edition\": \"ita-2565\", \"agency\": {\"id\": \"a\"}, \"scores\": {\"1\": 101}}");
        Path out2 = dir.resolve("never.json");
        Run r = ita("audit", bad.toString(), "--out", out2.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(out2).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }

    /** Every bad input: exit 2, one line on standard error naming the place, nothing on standard output. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            audit | missing.json                                                                     | | missing.json: no such file
            audit | empty.json                                                                       | | empty.json: empty input
            audit | {"edition": "ita-2565", "agency": {"id": "a"}, "scores": {"1": 84.72           | | malformed JSON
            audit | {"edition": "ita-2599", "agency": {"id": "a"}, "scores": {"1": 84.72}}           | | unknown edition "ita-2599"
            audit | {"edition": "ita-2565", "agency": {"id": "a"}, "scores": {"11": 84.72}}          | | bad.json:1:65: scores.11: edition ita-2565 has no tool, indicator, sub-indicator or question 11
            audit | {"edition": "ita-2565", "agency": {"id": "a"}, "scores": {"1": 140}}             | | bad.json:1:64: scores.1: score 140 of 1 is outside 0–100
            audit | {"edition": "ita-2565", "agency": {"id": "a"}, "scores": {"1": "84.72"}}         | | bad.json:1:64: scores.1: expected a number
            audit | {"edition": "ita-2565", "agency": {"id": "a"}, "scores": {"9": 90, "o12": 0}}    | | scores.o12: the sheet gives both 9 and o12
            audit | {"agency": {"id": "a"}, "scores": {"1": 84.72}}                                  | | bad.json: the input names no edition
            score | {"edition": "ita-2565", "agency": {"id": "a"}, "iit": [{"respondent": "r1", "answers": {"i1": "7"}}]} | | bad.json:1:95: iit[0].answers.i1: respondent r1: answer "7" is not an option of i1
            score | {"edition": "ita-2565", "agency": {"id": "a"}, "iit": [{"respondent": "r1", "answers": {"i99": "4"}}]} | | bad.json:1:96: iit[0].answers.i99: respondent r1: edition ita-2565 has no question i99
            score | {"edition": "ita-2565", "agency": {"id": "a"}, "iit": [{"respondent": "r1", "answers": {"i1": "4"}}]} | | respondent r1: question i2: no answer to i2
            score | {"edition": "ita-2565", "agency": {"id": "a"}, "eit": [{"respondent": "p", "answers": {}}, {"respondent": "p", "answers": {}}]} | | respondent id p appears twice
            score | {"edition": "ita-2565", "agency": {"id": "a"}, "oit": {"o1": {"published": "มี"}}} | | bad.json:1:76: oit.o1.published: expected true or false
            score | {"edition": "ita-2565", "agency": {"id": "a"}, "oit": {"o1": {"published": true}}}  | | bad.json: question o2: OIT item o2 is not in the checklist
            score | {"edition": "ita-2565", "agency": {"id": "a"}}                                  | --edition=ita-2568 | the input is for edition ita-2565 but --edition is ita-2568
            """)
    void badInput(String command, String content, String extra, String expected) throws IOException {
        String input;
        if (content.equals("missing.json")) {
            input = dir.resolve("missing.json").toString();
            expected = input + ": no such file";
        } else if (content.equals("empty.json")) {
            input = file("empty.json", "").toString();
            expected = input + ": empty input";
        } else {
            input = file("bad.json", content).toString();
            expected = expected.replace("bad.json", input);
        }
        List<String> args = new ArrayList<>(List.of(command, input));
        if (extra != null) {
            args.add(extra);
        }
        Run r = ita(args.toArray(String[]::new));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("ita: ").contains(expected).doesNotContain("\tat ").endsWith("\n");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        Run r = ita("audit");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Missing required parameter");
    }

    /**
     * {@code ita} tells picocli not to register the converters of {@link Ita#UNUSED_CONVERTERS}: no option or
     * parameter of any command may have one of those types, or it would fail to convert its value.
     */
    @Test
    void noOptionNeedsAConverterThatIsLeftOut() {
        java.util.regex.Pattern unused = java.util.regex.Pattern.compile(Ita.UNUSED_CONVERTERS);
        List<String> types = new ArrayList<>();
        for (Class<?> command : Ita.COMMANDS.values()) {
            collectTypes(new picocli.CommandLine(command), types);
        }
        assertThat(types).hasSizeGreaterThan(40).contains("java.nio.file.Path", "java.lang.String")
                .noneMatch(t -> unused.matcher(t).matches());
        assertThat(unused.matcher("java.time.LocalDate").matches()).isTrue();
        assertThat(unused.matcher("java.sql.Timestamp").matches()).isTrue();
    }

    private static void collectTypes(picocli.CommandLine cl, List<String> types) {
        for (picocli.CommandLine.Model.ArgSpec arg : cl.getCommandSpec().args()) {
            types.add(arg.type().getName());
            for (Class<?> t : arg.auxiliaryTypes()) {
                types.add(t.getName());
            }
        }
        for (picocli.CommandLine sub : cl.getSubcommands().values()) {
            collectTypes(sub, types);
        }
    }
}

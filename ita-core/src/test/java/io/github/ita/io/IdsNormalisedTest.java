package io.github.ita.io;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.io.BatchCsvReaderTest.E;
import static io.github.ita.io.BatchCsvReaderTest.IIT;
import static io.github.ita.io.BatchCsvReaderTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.DuplicateIdException;
import io.github.ita.internal.Ids;
import io.github.ita.response.AgencyResponses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids are compared trimmed and in one Unicode form: {@code r1} and {@code r1 } are one respondent. */
class IdsNormalisedTest {

    @TempDir
    Path dir;

    BatchCsvReaderEdgesTest reader() {
        BatchCsvReaderEdgesTest t = new BatchCsvReaderEdgesTest();
        t.dir = dir;
        return t;
    }

    void writeThreeAgencies() throws IOException {
        reader().writeThreeAgencies("\n");
    }

    static String best(String agency, String respondent) {
        return row(agency, respondent, IIT, bestAnswers(E, "IIT", Map.of()));
    }

    @Test
    void theNormalForm() {
        assertThat(Ids.normal("r1")).isSameAs("r1");
        String thai = "หน่วยงาน๑";
        assertThat(Ids.normal(thai)).isSameAs(thai);
        assertThat(Ids.normal(" r1\t")).isEqualTo("r1");
        assertThat(Ids.normal("\u00a0r1\u3000")).isEqualTo("r1");   // non-breaking and ideographic spaces
        assertThat(Ids.normal("\ufeffr1\u200b")).isEqualTo("r1");   // a byte-order mark, a zero-width space
        assertThat(Ids.normal("e\u0301")).isEqualTo("\u00e9");       // NFC
        assertThat(Ids.normal("r 1")).isEqualTo("r 1");
        assertThat(Ids.normal(" ")).isEmpty();
    }

    @Test
    void aRespondentIdWithASpaceAtItsEndIsTheSameRespondent() throws IOException {
        for (String twin : new String[] {"n1 ", " n1", "n1\u00a0", "\"n1 \""}) {
            writeThreeAgencies();
            Files.writeString(dir.resolve("iit.csv"), "agency,respondent," + String.join(",", IIT) + "\n"
                    + best("north", "n1") + best("north", twin));
            assertThat(reader().readEveryWay()).as(twin).isEqualTo("DuplicateIdException: " + dir.resolve("iit.csv")
                    + ":3: column respondent: respondent n1: respondent id n1 appears twice among the IIT respondents of agency north (first at line 2)");
        }
        writeThreeAgencies();
        Files.writeString(dir.resolve("iit.csv"), "agency,respondent," + String.join(",", IIT) + "\n"
                + best("north", "r\u00e9") + best("north", "re\u0301"));
        assertThat(reader().readEveryWay()).contains("DuplicateIdException: ", "iit.csv:3: column respondent");
    }

    @Test
    void agencyAndItemIdsWithSpacesAreTheSameIdsInEveryFile() throws IOException {
        writeThreeAgencies();
        String expected = reader().readEveryWay();
        assertThat(expected).startsWith("{");
        for (String file : new String[] {"iit.csv", "eit.csv", "oit.csv", "agencies.csv"}) {
            writeThreeAgencies();
            Path p = dir.resolve(file);
            String text = Files.readString(p);
            text = file.equals("agencies.csv") ? text.replace("\nnorth,", "\n north\u00a0,")
                    : text.replace("\nnorth,", "\nnorth ,").replace("\nsouth,", "\n\"south \",");
            if (file.equals("oit.csv")) {
                text = text.replace(",o1,", ", o1 ,").replace(",o12,", ",\"o12\u00a0\",");
            }
            Files.writeString(p, text);
            assertThat(reader().readEveryWay()).as(file).isEqualTo(expected);
        }
        // without agencies.csv, too
        writeThreeAgencies();
        Files.delete(dir.resolve("agencies.csv"));
        String without = reader().readEveryWay();
        Path oit = dir.resolve("oit.csv");
        Files.writeString(oit, Files.readString(oit).replace("\neast,", "\neast ,"));
        assertThat(reader().readEveryWay()).isEqualTo(without);
    }

    @Test
    void twoAgenciesOfAgenciesCsvThatDifferOnlyBySpacesAreOne() throws IOException {
        writeThreeAgencies();
        Files.writeString(dir.resolve("agencies.csv"), "id,name,group\nnorth,a,n\nnorth ,b,n\nsouth,c,s\neast,d,e\n");
        assertThat(reader().readEveryWay()).isEqualTo("DuplicateIdException: " + dir.resolve("agencies.csv")
                + ":3: column id: agency north is listed twice");
    }

    @Test
    void inTheJsonAnswersToo() {
        String json = """
                { "edition": "ita-2565", "agency": { "id": " dan " },
                  "iit": [ { "respondent": "r1", "answers": {} },
                           { "respondent": "r1 ", "answers": {} } ] }
                """;
        assertThatThrownBy(() -> ResponsesJson.readResponses(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json"))
                .isInstanceOf(DuplicateIdException.class).hasMessage("in.json:3:28: iit[1].respondent: respondent r1: respondent id r1 appears twice");
        AgencyResponses r = ResponsesJson.readResponses(new ByteArrayInputStream(json.replace("\"r1 \"", "\"r2\"")
                .getBytes(StandardCharsets.UTF_8)), "in.json").value();
        assertThat(r.agency().id()).isEqualTo("dan");
    }
}

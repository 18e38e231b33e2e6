package io.github.ita.io;

import static io.github.ita.Fixtures.bestAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.ItaException;
import io.github.ita.MalformedInputException;
import io.github.ita.MissingAnswerException;
import io.github.ita.UnknownIdException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchResult;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.scoring.MissingAnswers;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.ScoringOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading batch directories of CSV files (its helpers also serve the tests of the readers within). */
public class BatchCsvReaderTest {

    /** Public with its fixtures, which the tests of {@code io.github.ita.io.internal} share. */
    public BatchCsvReaderTest() {
    }

    public static final Edition E = Editions.bundled("ita-2565");
    public static final List<String> IIT = new ArrayList<>(bestAnswers(E, "IIT", Map.of()).keySet());
    public static final List<String> EIT = new ArrayList<>(bestAnswers(E, "EIT", Map.of()).keySet());

    @TempDir
    Path dir;

    public static String row(String agency, String respondent, List<String> columns, Map<String, String> answers) {
        StringBuilder b = new StringBuilder(agency).append(',').append(respondent);
        for (String c : columns) {
            b.append(',').append(answers.getOrDefault(c, ""));
        }
        return b.append('\n').toString();
    }

    public static Map<String, String> worst(String tool) {
        Map<String, String> w = new java.util.HashMap<>();
        bestAnswers(E, tool, Map.of()).keySet().forEach(k -> {
            Question q = E.findQuestion(k).or(() -> E.questionOfItem(k)).orElseThrow();
            w.put(k, io.github.ita.Fixtures.worst(q));
        });
        return w;
    }

    /** The three agencies of BatchTest, as the files an office exports. */
    void writeThreeAgencies(String eol, Charset charset, boolean bom) throws IOException {
        writeThreeAgencies(dir, eol, charset, bom);
    }

    /** The three agencies of BatchTest, as the files an office exports, into a directory. */
    public static void writeThreeAgencies(Path dir, String eol, Charset charset, boolean bom) throws IOException {
        StringBuilder iit = new StringBuilder("agency,respondent," + String.join(",", IIT) + "\n");
        StringBuilder eit = new StringBuilder("agency,respondent," + String.join(",", EIT) + "\n");
        for (int r = 1; r <= 3; r++) {
            iit.append(row("north", "n" + r, IIT, bestAnswers(E, "IIT", Map.of())));
            iit.append(row("south", "\"s" + r + "\"", IIT, bestAnswers(E, "IIT", Map.of())));
            iit.append(row("east", "e" + r, IIT, worst("IIT")));
            eit.append(row("north", "n" + r, EIT, bestAnswers(E, "EIT", Map.of())));
            eit.append(row("south", "s" + r, EIT, bestAnswers(E, "EIT", Map.of())));
            eit.append(row("east", "e" + r, EIT, worst("EIT")));
        }
        StringBuilder oit = new StringBuilder("agency,item,published,url,note\n");
        for (String agency : List.of("north", "south", "east")) {
            for (Question q : io.github.ita.Fixtures.questions(E.tool("OIT"))) {
                boolean off = agency.equals("south") && (q.id().equals("o11") || q.id().equals("o24"));
                oit.append(agency).append(',').append(q.id()).append(',').append(off ? "ไม่มี" : "มี").append(',')
                        .append(off ? "" : "https://example.go.th/" + q.id()).append(',')
                        .append(off ? "\"ยังไม่เผยแพร่, ต้องแก้ไข\"" : "").append('\n');
            }
        }
        String agencies = "id,name,group\nnorth,อบต.เหนือ,north\nsouth,อบต.ใต้,south\neast,อบต.ตะวันออก,east\n";
        write(dir, "iit.csv", iit.toString(), eol, charset, bom);
        write(dir, "eit.csv", eit.toString(), eol, charset, bom);
        write(dir, "oit.csv", oit.toString(), eol, charset, bom);
        write(dir, "agencies.csv", agencies, eol, charset, bom);
    }

    void write(String name, String text, String eol, Charset charset, boolean bom) throws IOException {
        write(dir, name, text, eol, charset, bom);
    }

    /** Writes a file of a directory in a charset, its line ends {@code eol}, with a UTF-8 byte-order mark or not. */
    public static void write(Path dir, String name, String text, String eol, Charset charset, boolean bom) throws IOException {
        byte[] body = text.replace("\n", eol).getBytes(charset);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        }
        out.write(body);
        Files.write(dir.resolve(name), out.toByteArray());
    }

    public static String json(BatchScorer batch, BatchTally tally) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BatchJson.Writer w = BatchJson.writer(out, batch.scorer().edition().id(), batch.scorer().options())) {
            w.finish(batch.score(tally, BatchOptions.DEFAULT.withGroupBy("group"), BatchListener.NONE, ResultJson::compact, w));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheHandComputedBatchThroughCsvAsThroughTheApi() throws IOException {
        writeThreeAgencies("\n", StandardCharsets.UTF_8, false);
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        BatchTally tally = BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE);
        BatchResult r = batch.score(tally, BatchOptions.DEFAULT.withGroupBy("group"));
        assertThat(r.results()).extracting(x -> x.agency().name()).containsExactly("อบต.ตะวันออก", "อบต.เหนือ", "อบต.ใต้");
        assertThat(r.results()).extracting(x -> x.total().orElseThrow().exact()).containsExactly("40", "100", "1385/14");
        assertThat(r.summary().all().mean()).contains(new java.math.BigDecimal("79.64"));
        assertThat(r.results().get(2).node("o11").note()).contains("ยังไม่เผยแพร่, ต้องแก้ไข");
        assertThat(r.results().get(2).node("o12").url()).contains("https://example.go.th/o12");
        assertThat(tally.rows()).isEqualTo(18 + 3 * 43);
    }

    @Test
    void bomWindows874AndCrlfReadTheSame() throws IOException {
        writeThreeAgencies("\n", StandardCharsets.UTF_8, false);
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        String plain = json(batch, BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE));
        writeThreeAgencies("\r\n", StandardCharsets.UTF_8, true);
        assertThat(json(batch, BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE))).isEqualTo(plain);
        Charset thai = Charset.forName("windows-874");
        writeThreeAgencies("\r\n", thai, false);
        assertThat(json(batch, BatchCsvReader.read(dir, batch, thai, BatchListener.NONE))).isEqualTo(plain);
        assertThat(plain).contains("\"name\":\"อบต.ใต้\"");
        // the windows-874 files read as UTF-8 are refused, with the hint
        assertThatThrownBy(() -> BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("--charset windows-874");
    }

    @Test
    void readingOnTwoThreadsEqualsReadingOnOne() throws IOException {
        writeThreeAgencies("\n", StandardCharsets.UTF_8, false);
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        String two = json(batch, BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE));
        BatchScorer one = batch.sequential();
        assertThat(json(one, BatchCsvReader.read(dir, one, StandardCharsets.UTF_8, BatchListener.NONE))).isEqualTo(two);
    }

    @Test
    void filesReadInPartsGiveTheSameBytes() throws IOException {
        writeThreeAgencies("\r\n", StandardCharsets.UTF_8, true);
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        String whole = json(batch.sequential(), BatchCsvReader.read(dir, batch.sequential(), StandardCharsets.UTF_8, BatchListener.NONE));
        assertThat(json(batch, BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, 0))).isEqualTo(whole);
        Charset thai = Charset.forName("windows-874");
        writeThreeAgencies("\n", thai, false);
        assertThat(json(batch, BatchCsvReader.read(dir, batch, thai, BatchListener.NONE, 0))).isEqualTo(whole);
    }

    /** The hashes taken while reading are the files' SHA-256, whichever reader read them; a refused batch gives none. */
    @Test
    void readingHashesEveryFileOnce() throws IOException {
        writeThreeAgencies("\r\n", StandardCharsets.UTF_8, true);
        // a quote inside an unquoted cell: the fast reader declines eit.csv and the reference reads it
        Files.writeString(dir.resolve("eit.csv"), Files.readString(dir.resolve("eit.csv")).replace(",s1,", ",s\"1,"));
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        Map<Path, String> sha256 = new java.util.HashMap<>();
        String hashed = json(batch, BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, sha256));
        assertThat(sha256).containsOnlyKeys(dir.resolve("iit.csv"), dir.resolve("eit.csv"), dir.resolve("oit.csv"),
                dir.resolve("agencies.csv"));
        sha256.forEach((file, hex) -> assertThat(hex).as(file.toString()).isEqualTo(Provenance.sha256(file)));
        assertThat(hashed).isEqualTo(json(batch, BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE)))
                .contains("\"respondents\":3");
        assertThat(Provenance.of(E, ScoringOptions.DEFAULT).withInputs(sha256, dir))
                .isEqualTo(Provenance.of(E, ScoringOptions.DEFAULT).withInputs(dir));

        Files.writeString(dir.resolve("oit.csv"), "agency,item,published,url,note\nnorth,o1,maybe,,\n");
        Map<Path, String> none = new java.util.HashMap<>();
        assertThatThrownBy(() -> BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, none))
                .isInstanceOf(InvalidAnswerException.class);
        assertThat(none).isEmpty();
    }

    @Test
    void linesInALaterPartAreTheFilesLines() throws IOException {
        StringBuilder iit = new StringBuilder("agency,respondent," + String.join(",", IIT) + "\n");
        for (int r = 1; r <= 40; r++) {
            iit.append(row("north", "n" + r, IIT, bestAnswers(E, "IIT", r == 37 ? Map.of("i9", "x") : Map.of())));
        }
        Files.writeString(dir.resolve("iit.csv"), iit);
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        assertThatThrownBy(() -> BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, 0))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageStartingWith(dir.resolve("iit.csv") + ":38: column i9: respondent n37: answer \"x\"");
        // the same respondent id in both halves of the file: named at its second line
        iit = new StringBuilder("agency,respondent," + String.join(",", IIT) + "\n");
        for (int r = 1; r <= 40; r++) {
            iit.append(row("north", r == 33 ? "n2" : "n" + r, IIT, bestAnswers(E, "IIT", Map.of())));
        }
        Files.writeString(dir.resolve("iit.csv"), iit);
        assertThatThrownBy(() -> BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, 0))
                .isInstanceOf(DuplicateIdException.class)
                .hasMessage(dir.resolve("iit.csv") + ":34: column respondent: respondent n2: respondent id n2 appears twice among the IIT respondents of agency north (first at line 3)");
    }

    @Test
    void emptyCellsAreMissingAnswers() throws IOException {
        write("iit.csv", "agency,respondent," + String.join(",", IIT) + "\n"
                + row("a", "r1", IIT, bestAnswers(E, "IIT", Map.of()))
                + row("a", "r2", IIT, Map.of("i1", "4")), "\n", StandardCharsets.UTF_8, false);
        BatchScorer strict = BatchScorer.of(Scorer.of(E));
        assertThatThrownBy(() -> BatchCsvReader.read(dir, strict, StandardCharsets.UTF_8, BatchListener.NONE))
                .isInstanceOf(MissingAnswerException.class)
                .hasMessage(dir.resolve("iit.csv") + ":3: column i2: respondent r2: no answer to i2 (31 unanswered: i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, …)");
        BatchScorer lenient = BatchScorer.of(Scorer.of(E, ScoringOptions.DEFAULT.withMissingAnswers(MissingAnswers.EXCLUDE)));
        BatchResult r = lenient.score(BatchCsvReader.read(dir, lenient, StandardCharsets.UTF_8, BatchListener.NONE), BatchOptions.DEFAULT);
        assertThat(r.results().get(0).node("i2").respondents()).hasValue(1);
        assertThat(r.results().get(0).excluded()).isEqualTo(31);
    }

    ItaException refused(String file, String text) throws IOException {
        writeThreeAgencies("\n", StandardCharsets.UTF_8, false);
        Files.writeString(dir.resolve(file), text);
        try {
            BatchCsvReader.read(dir, BatchScorer.of(Scorer.of(E)), StandardCharsets.UTF_8, BatchListener.NONE);
        } catch (ItaException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    public static String iitWith(String extraRow) {
        return "agency,respondent," + String.join(",", IIT) + "\n" + row("north", "n1", IIT, bestAnswers(E, "IIT", Map.of()))
                + extraRow;
    }

    @Test
    void aBadCellNamesFileLineColumnAndValue() throws IOException {
        ItaException e = refused("iit.csv", iitWith(row("north", "n2", IIT, bestAnswers(E, "IIT", Map.of("i7", "5")))));
        assertThat(e).isInstanceOf(InvalidAnswerException.class)
                .hasMessage(dir.resolve("iit.csv") + ":3: column i7: respondent n2: answer \"5\" is not an option of i7 (1, 2, 3, 4)");
    }

    @Test
    void aRespondentRepeatedWithinAnAgency() throws IOException {
        ItaException e = refused("iit.csv", iitWith(row("north", "n1", IIT, bestAnswers(E, "IIT", Map.of()))));
        assertThat(e).isInstanceOf(DuplicateIdException.class)
                .hasMessage(dir.resolve("iit.csv") + ":3: column respondent: respondent n1: respondent id n1 appears twice among the IIT respondents of agency north (first at line 2)");
    }

    @Test
    void aHeaderNamingAQuestionTheEditionLacks() throws IOException {
        ItaException e = refused("eit.csv", "agency,respondent,e1,e99\n");
        assertThat(e).isInstanceOf(UnknownIdException.class)
                .hasMessage(dir.resolve("eit.csv") + ":1: column e99: e99 is not a question or sub-item of EIT");
        assertThat(refused("eit.csv", "agency,respondent,e1,e1\n")).isInstanceOf(DuplicateIdException.class)
                .hasMessageContaining("column e1: column e1 appears twice");
        assertThat(refused("eit.csv", "respondent,agency,e1\n")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining(":1: the header must begin with agency,respondent");
    }

    @Test
    void aStaffColumnIsTheInternalSurveysPopulation() throws IOException {
        writeThreeAgencies("\n", StandardCharsets.UTF_8, false);
        Files.writeString(dir.resolve("agencies.csv"), "id,name,group,staff\nnorth,อบต.เหนือ,north,๑๒\nsouth,อบต.ใต้,south,\n"
                + "east,อบต.ตะวันออก,east,40\n");
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        BatchTally tally = BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE);
        Map<String, io.github.ita.scoring.Result> byId = new java.util.HashMap<>();
        batch.score(tally, BatchOptions.DEFAULT).results().forEach(r -> byId.put(r.agency().id(), r));
        assertThat(byId.get("north").agency().staff()).hasValue(12);   // Thai digits read as a number
        assertThat(byId.get("south").agency().staff()).isEmpty();       // empty: not known
        assertThat(byId.get("east").agency().staff()).hasValue(40);
        assertThat(BatchCsvReader.attributeColumns(dir, StandardCharsets.UTF_8)).containsExactly("group");

        ItaException e = refused("agencies.csv", "id,name,group,staff\nnorth,อบต.เหนือ,north,twelve\n");
        assertThat(e).isInstanceOf(MalformedInputException.class)
                .hasMessage(dir.resolve("agencies.csv") + ":2: column staff: staff \"twelve\" is not a number of people"
                        + " (a whole number of at least 1, or empty when not known)");
        assertThat(refused("agencies.csv", "id,name,staff\nnorth,x,0\n")).hasMessageContaining("staff \"0\" is not a number of people");
        // more IIT respondents than staff: refused at the line that gives the staff
        ItaException fewer = refused("agencies.csv", "id,name,group,staff\nnorth,อบต.เหนือ,north,\nsouth,อบต.ใต้,south,1\n"
                + "east,อบต.ตะวันออก,east,\n");
        assertThat(fewer).isInstanceOf(io.github.ita.InvalidAnswerException.class)
                .hasMessageStartingWith(dir.resolve("agencies.csv") + ":3: column staff: agency south has a staff of 1 but ");
    }

    @Test
    void anUnknownAgency() throws IOException {
        ItaException e = refused("oit.csv", "agency,item,published,url,note\nnorth,o1,yes,,\nwest,o1,yes,,\n");
        assertThat(e).isInstanceOf(UnknownIdException.class)
                .hasMessage(dir.resolve("oit.csv") + ":3: column agency: agency west is not in agencies.csv");
        Files.delete(dir.resolve("agencies.csv"));
        Files.writeString(dir.resolve("oit.csv"), "agency,item,published,url,note\nnorth,o1,yes,,\nwest,o1,yes,,\n");
        assertThatThrownBy(() -> BatchCsvReader.read(dir, BatchScorer.of(Scorer.of(E)), StandardCharsets.UTF_8, BatchListener.NONE))
                .isInstanceOf(UnknownIdException.class)
                .hasMessage(dir.resolve("oit.csv") + ":3: column agency: agency west has no respondents in iit.csv or eit.csv");
    }

    @Test
    void otherBadRows() throws IOException {
        assertThat(refused("oit.csv", "agency,item,published,url,note\nnorth,o1,maybe,,\n"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("oit.csv:2: column published: published must be yes/no, true/false or มี/ไม่มี, not \"maybe\"");
        assertThat(refused("oit.csv", "agency,item,published,url,note\nnorth,o99,yes,,\n"))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("oit.csv:2: column item: question o99: edition ita-2565 has no OIT item o99");
        assertThat(refused("iit.csv", iitWith("north,n2,4\n"))).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("iit.csv:3: the row has 3 cells, the header 34");
        assertThat(refused("iit.csv", iitWith("north\n"))).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("iit.csv:3: the row has 1 cells, the header 34");
        assertThat(refused("eit.csv", "agency,respondent,e1\nnorth\n")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("eit.csv:2: the row has 1 cells, the header 3");
        assertThat(refused("iit.csv", "")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("iit.csv: empty file: expected a header agency,respondent,…");
        assertThat(refused("agencies.csv", "id,name\nnorth,a\nnorth,b\n")).isInstanceOf(DuplicateIdException.class)
                .hasMessageContaining("agencies.csv:3: column id: agency north is listed twice");
        assertThat(refused("iit.csv", iitWith(",n9," + "4,".repeat(IIT.size() - 1) + "4\n")))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("iit.csv:3: column agency: empty agency id");
    }

    @Test
    void aMissingDirectoryOrEmptyOne() throws IOException {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        assertThatThrownBy(() -> BatchCsvReader.read(dir.resolve("nope"), batch, StandardCharsets.UTF_8, BatchListener.NONE))
                .isInstanceOf(MalformedInputException.class).hasMessageEndingWith("nope: no such directory");
        assertThatThrownBy(() -> BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("no iit.csv, eit.csv or oit.csv");
    }
}

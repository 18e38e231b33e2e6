package io.github.ita.io.internal;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.io.BatchCsvReaderTest.E;
import static io.github.ita.io.BatchCsvReaderTest.IIT;
import static io.github.ita.io.BatchCsvReaderTest.iitWith;
import static io.github.ita.io.BatchCsvReaderTest.json;
import static io.github.ita.io.BatchCsvReaderTest.row;
import static io.github.ita.io.BatchCsvReaderTest.write;
import static io.github.ita.io.BatchCsvReaderTest.writeThreeAgencies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.InvalidAnswerException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.scoring.Scorer;
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

/** The two readers of answers files, the byte scanner and the reference, each on its own and against each other. */
class ReadersAgreeTest {

    @TempDir
    Path dir;

    /** The fast reader reads the exported files itself (declines none) and gives the reference reader's batch, byte for byte. */
    @Test
    void theFastReaderGivesTheReferenceReadersBatch() throws IOException {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        Charset thai = Charset.forName("windows-874");
        for (Object[] variant : new Object[][] {{"\n", StandardCharsets.UTF_8, false}, {"\r\n", StandardCharsets.UTF_8, true},
            {"\r\n", thai, false}}) {
            Charset charset = (Charset) variant[1];
            writeThreeAgencies(dir, (String) variant[0], charset, (Boolean) variant[2]);
            for (String f : List.of("iit.csv", "eit.csv", "oit.csv")) {
                try (ByteRows rows = new ByteRows(Files.newInputStream(dir.resolve(f)), f, 0, charset, true)) {
                    int n = 0;
                    while (rows.next() != null) {
                        n++;
                    }
                    assertThat(n).isGreaterThan(3);
                }
            }
            for (long split : new long[] {0, Long.MAX_VALUE}) {
                String reference = json(batch, BatchReading.read(dir, batch, charset, BatchListener.NONE, split, false, null));
                assertThat(json(batch, BatchReading.read(dir, batch, charset, BatchListener.NONE, split, true, null))).isEqualTo(reference);
            }
        }
    }

    /**
     * The fast reader matches most answer codes by their bytes and counts them by option index; a
     * quoted code, and a row it leaves to the text path, count as the reference reader counts them.
     */
    @Test
    void quotedCodesAndRowsReadAsTextCountTheSame() throws IOException {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        writeThreeAgencies(dir, "\n", StandardCharsets.UTF_8, false);
        String plain = json(batch, BatchReading.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, Long.MAX_VALUE, false, null));
        for (String f : List.of("iit.csv", "eit.csv")) {
            StringBuilder quoted = new StringBuilder();
            for (String line : Files.readAllLines(dir.resolve(f))) {
                if (line.startsWith("south,")) {
                    // every answer cell quoted, e.g. "4" and "yes"
                    String[] cells = line.split(",", -1);
                    for (int i = 2; i < cells.length; i++) {
                        cells[i] = "\"" + cells[i] + "\"";
                    }
                    line = String.join(",", cells);
                }
                quoted.append(line).append('\n');
            }
            Files.writeString(dir.resolve(f), quoted);
        }
        assertThat(Files.readString(dir.resolve("iit.csv"))).contains(",\"4\",").containsPattern(",\"(yes|no)\"");
        for (boolean fast : new boolean[] {true, false}) {
            assertThat(json(batch, BatchReading.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, Long.MAX_VALUE, fast, null)))
                    .as(fast ? "fast" : "reference").isEqualTo(plain);
        }
        // each reader on its own, with no fallback from the fast one to the reference
        List<String> tallied = new ArrayList<>();
        for (boolean fast : new boolean[] {true, false}) {
            BatchTally tally = batch.newTally();
            for (String tool : List.of("IIT", "EIT")) {
                Path f = dir.resolve(tool.toLowerCase(java.util.Locale.ROOT) + ".csv");
                try (CsvRows rows = fast ? new ByteRows(Files.newInputStream(f), f.toString(), 0, StandardCharsets.UTF_8, true)
                        : new TextRows(Files.newBufferedReader(f), f.toString())) {
                    AnswersReader.read(rows, tool, tally, null, Progress.unheard());
                }
            }
            tallied.add(json(batch, tally));
        }
        assertThat(tallied.get(0)).isEqualTo(tallied.get(1)).contains("\"respondents\":3");
        // a code with a doubled quote is not matched by bytes: the row goes the text path, which names it
        Files.writeString(dir.resolve("iit.csv"), iitWith(row("north", "n2", IIT, bestAnswers(E, "IIT", Map.of("i7", "\"4\"\"\"")))));
        assertThatThrownBy(() -> BatchReading.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, null))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage(dir.resolve("iit.csv") + ":3: column i7: respondent n2: answer \"4\"\" is not an option of i7 (1, 2, 3, 4)");
    }

    /**
     * Codes in Thai and codes of eight bytes or more ({@code employee}) are matched by their bytes
     * too, in UTF-8 and in windows-874, whether they pack into a key (up to eight bytes) or not;
     * a cell that is no code (a code cut short, or with a byte more, or a code's key with a NUL
     * before it) leaves its row to the text path; both paths count the same.
     */
    @Test
    void thaiAndLongCodesAreMatchedByTheirBytes() throws IOException {
        String text;
        try (java.io.InputStream in = Edition.class.getResourceAsStream("ita-2568.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("\"id\": \"ita-2568\"", "\"id\": \"thai-2568\"")
                .replace("\"code\": \"yes\"", "\"code\": \"ใช่\"").replace("\"code\": \"no\"", "\"code\": \"ไม่\"")
                .replace("\"code\": \"civil\"", "\"code\": \"ข้าราชการ\"");
        Edition thai = Editions.read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "thai.json");
        Scorer scorer = Scorer.of(thai);
        BatchScorer batch = BatchScorer.of(scorer);
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-874"))) {
            for (String tool : List.of("IIT", "EIT")) {
                Map<String, String> best = bestAnswers(thai, tool, Map.of());
                Map<String, String> worst = new java.util.HashMap<>();
                best.keySet().forEach(k -> worst.put(k, io.github.ita.Fixtures.worst(thai.findQuestion(k)
                        .or(() -> thai.questionOfItem(k)).orElseThrow())));
                String first = tool.equals("IIT") ? "i0" : "e0";   // the respondent's kind, not scored: codes of 5 to 9 bytes
                List<String> ids = new ArrayList<>(List.of(first));
                ids.addAll(best.keySet());
                StringBuilder csv = new StringBuilder("agency,respondent," + String.join(",", ids) + "\n");
                int r = 0;
                for (io.github.ita.edition.AnswerOption kind : thai.findQuestion(first).orElseThrow().options()) {
                    csv.append(row("a1", "b" + r, ids, bestAnswers(thai, tool, Map.of(first, kind.code()))));
                    Map<String, String> w = new java.util.HashMap<>(worst);
                    w.put(first, kind.code());
                    csv.append(row("a1", "w" + r++, ids, w));
                }
                assertThat(csv.toString()).contains(tool.equals("IIT") ? ",employee," : ",private,").contains(",ไม่,");
                if (tool.equals("IIT")) {
                    assertThat(csv.toString()).contains(",ข้าราชการ,");
                }
                String file = tool.toLowerCase(java.util.Locale.ROOT) + ".csv";
                write(dir, file, csv.toString(), "\n", charset, false);
                // every row is matched by its bytes, to the options its text names
                try (ByteRows rows = new ByteRows(Files.newInputStream(dir.resolve(file)), file, 0, charset, true)) {
                    rows.next();
                    io.github.ita.scoring.Columns columns = scorer.columns(tool, ids);
                    CodedRows coded = new CodedRows(ids.size() + 2, columns, batch.newTally(), null, charset);
                    int n = 0;
                    while (rows.advance()) {
                        assertThat(coded.coded(rows)).as("%s %s line %d", charset, file, rows.line).isTrue();
                        for (int i = 0; i < ids.size(); i++) {
                            int o = coded.chosen()[i];
                            assertThat(o < 0 ? "" : columns.options(i).get(o).code()).isEqualTo(rows.cell(i + 2));
                        }
                        n++;
                    }
                    assertThat(n).isEqualTo(2 * r);
                }
                // a cell that is no code of its column (an unknown long or Thai code): the row goes the text path
                for (String bad : List.of("employees", "employe", "mployee", "\u0000yes", "ข้าราชกา", "ใช")) {
                    write(dir, "bad.csv", "agency,respondent," + first + "\na1,x," + bad + "\n", "\n", charset, false);
                    try (ByteRows rows = new ByteRows(Files.newInputStream(dir.resolve("bad.csv")), "bad.csv", 0, charset, true)) {
                        rows.next();
                        CodedRows coded = new CodedRows(3, scorer.columns(tool, List.of(first)),
                                batch.newTally(), null, charset);
                        assertThat(rows.advance()).isTrue();
                        assertThat(coded.coded(rows)).as(bad).isFalse();
                    }
                }
            }
            Files.deleteIfExists(dir.resolve("bad.csv"));
            String reference = json(batch, BatchReading.read(dir, batch, charset, BatchListener.NONE, Long.MAX_VALUE, false, null));
            assertThat(json(batch, BatchReading.read(dir, batch, charset, BatchListener.NONE, Long.MAX_VALUE, true, null)))
                    .isEqualTo(reference).contains("\"ข้าราชการ\":2,\"employee\":2");
        }
    }
}

package io.github.ita.io;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.io.BatchCsvReaderTest.E;
import static io.github.ita.io.BatchCsvReaderTest.IIT;
import static io.github.ita.io.BatchCsvReaderTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch directories at the edges: odd entries, blank lines at the end, bad bytes, large files. */
class BatchCsvReaderEdgesTest {

    @TempDir
    Path dir;

    /** @return what reading the directory gives: the batch as JSON, or the error's class and message */
    String read(boolean fast, long splitBelow, boolean hashing) {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        try (BatchTally tally = BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE, splitBelow, fast,
                hashing ? new HashMap<>() : null)) {
            return BatchCsvReaderTest.json(batch, tally);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** @return what every way of reading gives, checked to be the same: fast, reference, in parts, hashing */
    String readEveryWay() {
        String fast = read(true, 4 << 20, false);
        assertThat(read(false, 4 << 20, false)).as("the reference reader").isEqualTo(fast);
        assertThat(read(true, 0, false)).as("in parts").isEqualTo(fast);
        assertThat(read(false, 0, false)).as("the reference reader in parts").isEqualTo(fast);
        assertThat(read(true, 4 << 20, true)).as("hashing, whole").isEqualTo(fast);
        return fast;
    }

    void writeThreeAgencies(String eol) throws IOException {
        BatchCsvReaderTest t = new BatchCsvReaderTest();
        t.dir = dir;
        t.writeThreeAgencies(eol, StandardCharsets.UTF_8, false);
    }

    static String iit(int respondents) {
        StringBuilder b = new StringBuilder("agency,respondent," + String.join(",", IIT) + "\n");
        for (int r = 1; r <= respondents; r++) {
            b.append(row("north", "n" + r, IIT, bestAnswers(E, "IIT", Map.of())));
        }
        return b.toString();
    }

    void append(String file, String text) throws IOException {
        Files.write(dir.resolve(file), text.getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void blankLinesAtTheEndOfAFileAreNotRows() throws IOException {
        for (String eol : List.of("\n", "\r\n")) {
            writeThreeAgencies(eol);
            String expected = readEveryWay();
            assertThat(expected).startsWith("{");
            for (String file : List.of("iit.csv", "eit.csv", "oit.csv", "agencies.csv")) {
                for (String tail : List.of(eol, eol + eol + eol)) {
                    writeThreeAgencies(eol);
                    append(file, tail);
                    assertThat(readEveryWay()).as(file + " ending with " + tail.replace("\r", "CR").replace("\n", "LF"))
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aBlankLineBeforeTheEndStaysAnError() throws IOException {
        for (String eol : List.of("\n", "\r\n")) {
            writeThreeAgencies(eol);
            String text = iit(3).replace("\nnorth,n2,", "\n\nnorth,n2,") + "\n";
            Files.writeString(dir.resolve("iit.csv"), text.replace("\n", eol));
            assertThat(readEveryWay()).isEqualTo("MalformedInputException: " + dir.resolve("iit.csv")
                    + ":3: the row has 1 cells, the header 34");
            writeThreeAgencies(eol);
            append("oit.csv", eol + eol + "north,o1,yes,," + eol);
            assertThat(readEveryWay()).isEqualTo("MalformedInputException: " + dir.resolve("oit.csv")
                    + ":131: the row has 1 cells, the header 5");
        }
    }

    @Test
    void aFileOfBlankLinesIsEmpty() throws IOException {
        writeThreeAgencies("\n");
        Files.writeString(dir.resolve("eit.csv"), "\n\n");
        assertThat(readEveryWay()).isEqualTo("MalformedInputException: " + dir.resolve("eit.csv")
                + ": empty file: expected a header agency,respondent,…");
    }

    @Test
    void theLineOfABadByteIsItsOwn() throws IOException {
        for (String eol : List.of("\n", "\r\n")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(iit(149).replace("\n", eol).getBytes(StandardCharsets.UTF_8));
            // line 151: a respondent id in Latin-1, not UTF-8
            out.writeBytes(row("north", "n\u00e9", IIT, bestAnswers(E, "IIT", Map.of())).replace("\n", eol)
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(iit(400).substring(iit(150).length()).replace("\n", eol).getBytes(StandardCharsets.UTF_8));
            Files.write(dir.resolve("iit.csv"), out.toByteArray());
            assertThat(readEveryWay()).isEqualTo("MalformedInputException: " + dir.resolve("iit.csv") + ":151: bytes that are"
                    + " not text in the file's charset (UTF-8 unless told otherwise; files saved by Thai Excel: --charset windows-874)");
        }
    }

    @Test
    void aBadByteInsideAQuotedCellOfManyLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((iit(3) + "north,\"n\n4\n").getBytes(StandardCharsets.UTF_8));
        out.write(0xff);   // line 7
        out.writeBytes(("\"," + row("", "", IIT, bestAnswers(E, "IIT", Map.of())).substring(2)).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("iit.csv"), out.toByteArray());
        assertThat(readEveryWay()).startsWith("MalformedInputException: " + dir.resolve("iit.csv") + ":7: bytes that are not text");
    }

    @Test
    void aLargeFileWithAQuoteInsideAnUnquotedCellReadsTheSameWhetherSplitOrNot() throws IOException {
        StringBuilder big = new StringBuilder(iit(1));
        int r = 2;
        while (big.length() < (4 << 20) + 100_000) {
            // a quote inside an unquoted cell early on, and a quoted cell of two lines past the middle
            String id = r == 100 ? "n\"" + r : r == 40000 ? "\"n\n" + r + "\"" : "n" + r;
            big.append(row("north", id, IIT, bestAnswers(E, "IIT", Map.of())));
            r++;
        }
        Files.writeString(dir.resolve("iit.csv"), big);
        assertThat(readEveryWay()).startsWith("{");
    }

    @Test
    void aLargePlainFileIsStillReadInParts() throws IOException {
        StringBuilder big = new StringBuilder("agency,\"respondent\"," + String.join(",", IIT) + "\n");
        for (int r = 1; big.length() < (4 << 20) + 100_000; r++) {
            big.append(row("north", r % 7 == 0 ? "\"n" + r + "\"" : "n" + r, IIT, bestAnswers(E, "IIT", Map.of())));
        }
        Files.writeString(dir.resolve("iit.csv"), big);
        assertThat(readEveryWay()).startsWith("{");
    }

    String refusal() {
        String fast = readEveryWay();
        assertThat(fast).startsWith("MalformedInputException: ");
        return fast.substring("MalformedInputException: ".length());
    }

    @Test
    void aDanglingOrLoopingLinkIsNamedNotTakenForAbsent() throws IOException {
        writeThreeAgencies("\n");
        Files.delete(dir.resolve("eit.csv"));
        Files.createSymbolicLink(dir.resolve("eit.csv"), dir.resolve("gone.csv"));
        assertThat(refusal()).isEqualTo(dir.resolve("eit.csv") + ": a symbolic link to nothing (" + dir.resolve("gone.csv") + ")");
        Files.delete(dir.resolve("eit.csv"));
        Files.createSymbolicLink(dir.resolve("eit.csv"), dir.resolve("eit2.csv"));
        Files.createSymbolicLink(dir.resolve("eit2.csv"), dir.resolve("eit.csv"));
        assertThat(refusal()).isEqualTo(dir.resolve("eit.csv") + ": a loop of symbolic links");
        // agencies.csv, optional, likewise
        Files.delete(dir.resolve("eit.csv"));
        Files.delete(dir.resolve("eit2.csv"));
        writeThreeAgencies("\n");
        Files.delete(dir.resolve("eit.csv"));
        Files.delete(dir.resolve("agencies.csv"));
        Files.createSymbolicLink(dir.resolve("agencies.csv"), dir.resolve("gone.csv"));
        assertThat(refusal()).startsWith(dir.resolve("agencies.csv") + ": a symbolic link to nothing");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BatchCsvReader.attributeColumns(dir, StandardCharsets.UTF_8))
                .hasMessageStartingWith(dir.resolve("agencies.csv") + ": a symbolic link to nothing");
        // a link to a file is read as the file
        Files.delete(dir.resolve("agencies.csv"));
        writeThreeAgencies("\n");
        String expected = readEveryWay();
        Files.move(dir.resolve("eit.csv"), dir.resolve("eit-real.csv"));
        Files.createSymbolicLink(dir.resolve("eit.csv"), dir.resolve("eit-real.csv"));
        assertThat(readEveryWay()).isEqualTo(expected);
    }

    /** A quote never closed runs to the end of the file: the refusal names the row where it opens, not the last line. */
    @Test
    void anUnclosedQuoteIsNamedAtItsRow() throws IOException {
        writeThreeAgencies("\n");
        Path eit = dir.resolve("eit.csv");   // no quoted cell in it
        List<String> lines = new ArrayList<>(Files.readAllLines(eit));
        assertThat(lines).noneMatch(l -> l.contains("\""));
        int last = lines.size();
        // in a cell after the first of line 3, then in the first cell of line 4 (after an empty line)
        lines.set(2, lines.get(2).replaceFirst(",", ",\""));
        Files.write(eit, lines);
        assertThat(refusal()).isEqualTo(eit + ":3: malformed CSV: a quoted cell of this row is never closed (the file ends at line "
                + (last + 1) + ")");
        lines = new ArrayList<>(Files.readAllLines(eit));
        lines.set(2, lines.get(2).replace("\"", ""));
        lines.set(3, "\"" + lines.get(3));
        lines.add(3, "");
        Files.write(eit, lines);
        assertThat(refusal()).isEqualTo(eit + ":5: malformed CSV: a quoted cell of this row is never closed (the file ends at line "
                + (last + 2) + ")");
    }

    /** A file named like one of the batch's but not exactly would not be read: its data would go missing without a word. */
    @Test
    void aFileNamedLikeABatchFileButNotExactlyIsRefused() throws IOException {
        writeThreeAgencies("\n");
        String expected = readEveryWay();
        Path eit = dir.resolve("eit.csv");
        String rename = ": named like eit.csv but not exactly, so it would not be read: rename it eit.csv"
                + " (a batch directory's file names are lower case, with no spaces)";
        for (String near : List.of("EIT.csv", "eit.CSV", "Eit.Csv", "eit.csv ", " eit.csv", "eit.csv\u00A0", "\uFF45it.csv")) {
            Path moved = dir.resolve(near);
            Files.move(eit, moved);
            assumeThat(Files.exists(eit)).as("a file system that tells case apart").isFalse();
            // the name as the message shows it: white space at an end is written out (eit.csv\u0020)
            assertThat(refusal()).as(near).startsWith(dir + java.io.File.separator).endsWith(rename);
            Files.move(moved, eit);
        }
        Files.move(eit, dir.resolve("EIT.csv"));
        assertThat(refusal()).isEqualTo(dir.resolve("EIT.csv") + rename);
        Files.move(dir.resolve("EIT.csv"), eit);
        // both there: one of the two is not read
        Files.copy(eit, dir.resolve("EIT.csv"));
        assertThat(refusal()).isEqualTo(dir.resolve("EIT.csv")
                + ": named like eit.csv but not exactly, so it would not be read, and eit.csv is there too: remove one of the two");
        Files.delete(dir.resolve("EIT.csv"));
        // the optional files too, for attributeColumns as well
        Files.move(dir.resolve("agencies.csv"), dir.resolve("Agencies.csv"));
        assertThat(refusal()).startsWith(dir.resolve("Agencies.csv") + ": named like agencies.csv but not exactly");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BatchCsvReader.attributeColumns(dir, StandardCharsets.UTF_8))
                .hasMessageStartingWith(dir.resolve("Agencies.csv") + ": named like agencies.csv but not exactly");
        Files.move(dir.resolve("Agencies.csv"), dir.resolve("agencies.csv"));
        Files.writeString(dir.resolve("COLUMNS.CSV"), "header,question\n");
        assertThat(refusal()).startsWith(dir.resolve("COLUMNS.CSV") + ": named like columns.csv but not exactly");
        Files.delete(dir.resolve("COLUMNS.CSV"));
        // files whose names are not like the batch's are not the batch's: left alone
        Files.writeString(dir.resolve("notes.txt"), "ไม่ใช่ข้อมูล\n");
        Files.copy(eit, dir.resolve("eit-2567.csv"));
        Files.createDirectory(dir.resolve("old"));
        Files.copy(eit, dir.resolve("old").resolve("EIT.csv"));
        assertThat(readEveryWay()).isEqualTo(expected);
    }

    @Test
    void aDirectoryOrAPipeInPlaceOfAFileIsNamed() throws Exception {
        writeThreeAgencies("\n");
        Files.delete(dir.resolve("eit.csv"));
        Files.createDirectory(dir.resolve("eit.csv"));
        assertThat(refusal()).isEqualTo(dir.resolve("eit.csv") + ": a directory, not a file");
        Files.delete(dir.resolve("eit.csv"));
        Files.delete(dir.resolve("iit.csv"));
        Process p = new ProcessBuilder("mkfifo", dir.resolve("iit.csv").toString()).start();
        assumeThat(p.waitFor()).as("mkfifo").isZero();
        String refused = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), this::refusal);
        assertThat(refused).isEqualTo(dir.resolve("iit.csv") + ": not a regular file (a pipe, a device or a socket)");
    }

    @Test
    void aFileThatCannotBeReadIsNamed() throws IOException {
        writeThreeAgencies("\n");
        String readable = readEveryWay();
        Path eit = dir.resolve("eit.csv");
        assertThat(eit.toFile().setReadable(false, false)).isTrue();
        try {
            if (Files.isReadable(eit)) {
                // root reads a file whatever its mode: it is read, as it is, not refused for its mode bits
                assertThat(readEveryWay()).isEqualTo(readable);
            } else {
                assertThat(refusal()).isEqualTo(eit + ": cannot read: no permission");
            }
        } finally {
            eit.toFile().setReadable(true, false);
        }
    }

    @Test
    void theDirectoryItselfNotADirectoryOrNotEnterable() throws IOException {
        Path real = dir;
        writeThreeAgencies("\n");
        dir = real.resolve("iit.csv");
        assertThat(refusal()).isEqualTo(dir + ": not a directory of CSV files");
        dir = real.resolve("nope");
        assertThat(refusal()).isEqualTo(dir + ": no such directory");
        dir = Files.createSymbolicLink(real.resolve("link"), real.resolve("gone"));
        assertThat(refusal()).isEqualTo(dir + ": a symbolic link to nothing (" + real.resolve("gone") + ")");
        dir = Files.createDirectory(real.resolve("shut"));
        try (var files = Files.list(real)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".csv"))::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        String open = readEveryWay();
        assertThat(open).contains("\"north\"").doesNotContain("Exception");
        assertThat(dir.toFile().setExecutable(false, false)).isTrue();
        try {
            if (Files.isExecutable(dir)) {
                // root enters a directory whatever its mode: it is read as it is, not refused for its mode bits
                assertThat(readEveryWay()).isEqualTo(open);
            } else {
                assertThat(refusal()).isEqualTo(dir + ": cannot enter the directory: no permission");
            }
        } finally {
            dir.toFile().setExecutable(true, false);
        }
    }

    @Test
    void aMissingOitItemNamesOitCsv() throws IOException {
        writeThreeAgencies("\n");
        Path oit = dir.resolve("oit.csv");
        Files.writeString(oit, Files.readString(oit).replace("south,o2,มี,https://example.go.th/o2,\n", ""));
        assertThat(readEveryWay()).isEqualTo("MissingAnswerException: " + oit + ":45: agency south: question o2: OIT item o2"
                + " is not in the checklist (give it as published or not)");
        // when missing answers are excluded, the item is left out, as before
        BatchScorer lenient = BatchScorer.of(Scorer.of(E, io.github.ita.scoring.ScoringOptions.DEFAULT
                .withMissingAnswers(io.github.ita.scoring.MissingAnswers.EXCLUDE)));
        try (BatchTally tally = BatchCsvReader.read(dir, lenient, StandardCharsets.UTF_8, BatchListener.NONE)) {
            assertThat(lenient.score(tally, io.github.ita.analysis.BatchOptions.DEFAULT).results()).hasSize(3);
        }
    }

    /**
     * oit.csv's fast path matches an item by its bytes and reads the usual words for published by
     * theirs: every other spelling, and every mistake, reads as the reference reader reads it.
     */
    @Test
    void oitRowsInEverySpellingReadTheSameEveryWay() throws IOException {
        writeThreeAgencies("\n");
        List<String> lines = Files.readAllLines(dir.resolve("oit.csv"), StandardCharsets.UTF_8);
        List<java.util.function.UnaryOperator<String[]>> spellings = List.of(
                c -> c,
                c -> set(c, 2, c[2].equals("มี") ? "yes" : "no"),
                c -> set(c, 2, c[2].equals("มี") ? "1" : "0"),
                c -> set(c, 2, c[2].equals("มี") ? "true" : "false"),
                c -> set(c, 2, c[2].equals("มี") ? "YES" : " no"),
                c -> set(c, 2, c[2].equals("มี") ? "\"yes\"" : "False"),
                c -> set(c, 1, " " + c[1]),
                c -> set(c, 1, "\"" + c[1] + "\""),
                c -> set(c, 1, c[1].toUpperCase(java.util.Locale.ROOT)),   // not an item: refused
                c -> set(c, 1, c[1] + "9999"),                             // not an item, past 7 bytes: refused
                c -> set(c, 2, "maybe"),                                   // refused
                c -> set(c, 3, "https://x.go.th/\"\"" + c[1] + "\"\""),     // a quote doubled inside the URL
                c -> set(c, 3, "https://x.go.th/เอกสาร/" + c[1]),          // a URL beyond ASCII
                c -> set(c, 3, "\"https://x.go.th/a,b/" + c[1] + "\""),     // a quoted URL, no quote doubled
                c -> set(set(c, 3, " https://x.go.th/ "), 4, "see p. 2"),   // spaces kept, an ASCII note
                c -> set(set(c, 3, ""), 4, "\"\""),                         // empty both ways
                c -> set(c, 4, "ร\u0E49 note"),                                // a note beyond ASCII
                c -> java.util.Arrays.copyOf(c, c.length - 1));            // a cell short: refused
        for (int v = 0; v < spellings.size(); v++) {
            StringBuilder oit = new StringBuilder(lines.get(0)).append('\n');
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", -1);
                oit.append(String.join(",", i % 3 == 1 || v == 0 ? spellings.get(v).apply(cells) : cells)).append('\n');
            }
            if (v == 0) {
                oit.append(lines.get(1)).append('\n');   // an item given twice: refused
            }
            Files.writeString(dir.resolve("oit.csv"), oit.toString());
            String read = readEveryWay();   // the fast and the reference reader, whole and in parts, agree
            assertThat(read).as("spelling %d", v).isNotEmpty();
        }
    }

    private static String[] set(String[] cells, int i, String value) {
        String[] c = cells.clone();
        c[i] = value;
        return c;
    }
}

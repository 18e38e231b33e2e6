package io.github.ita.cli;

import static io.github.ita.cli.ItaTest.ita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --out} and standard output: never over an input, never half a file, every failure to write named. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    /** A refusal: exit 2, nothing on standard output, one line on standard error that says what. */
    static void refused(ItaTest.Run r, String says) {
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("ita: ").contains(says).endsWith("\n");
        assertThat(r.err().lines()).hasSize(1);
    }

    private Path sheet() throws IOException {
        return ItaTest.resource(dir, "seed-001-scores.json");
    }

    private Path oneAgency() throws IOException {
        Path csv = Files.createDirectories(dir.resolve("agency"));
        SyntheticBatch.write(csv, Editions.bundled("ita-2568"), 1, 5);
        return csv;
    }

    private List<String> temporaryFiles(Path where) throws IOException {
        try (Stream<Path> s = Files.list(where)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void outNamingTheScoreSheetItReadsIsRefusedAndTheSheetKept() throws IOException {
        Path sheet = sheet();
        byte[] before = Files.readAllBytes(sheet);
        refused(ita("audit", sheet.toString(), "--out", sheet.toString()), "--out names an input of this command");
        refused(ita("plan", sheet.toString(), "--out", dir.resolve(".").resolve(sheet.getFileName()).toString()), "an input");
        refused(ita("compare", sheet.toString(), sheet().toString(), "--out", sheet.toString()), "an input");
        assertThat(Files.readAllBytes(sheet)).isEqualTo(before);
    }

    @Test
    void outThroughALinkOrAHardLinkToAnInputIsRefusedToo() throws IOException {
        Path sheet = sheet();
        byte[] before = Files.readAllBytes(sheet);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), sheet.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.json"), sheet);
        refused(ita("audit", sheet.toString(), "--out", link.toString()), "an input");
        refused(ita("audit", sheet.toString(), "--out", hard.toString()), "an input");
        assertThat(Files.readAllBytes(sheet)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void outNamingAFileOfTheCsvDirectoryReadIsRefused() throws IOException {
        Path csv = oneAgency();
        byte[] iit = Files.readAllBytes(csv.resolve("iit.csv"));
        refused(ita("score", csv.toString(), "--edition", "ita-2568", "--out", csv.resolve("iit.csv").toString()),
                "--out names the iit.csv of the directory");
        refused(ita("batch", csv.toString(), "--edition", "ita-2568", "--format", "csv", "--out", csv.resolve("agencies.csv").toString()),
                "agencies.csv");
        assertThat(Files.readAllBytes(csv.resolve("iit.csv"))).isEqualTo(iit);
        // a result written into the directory under a name the reader does not read is fine
        assertThat(ita("batch", csv.toString(), "--edition", "ita-2568", "--out", csv.resolve("summary.md").toString()).status()).isZero();
    }

    @Test
    void outNamingTheEditionFileReadIsRefused() throws IOException {
        Path edition = dir.resolve("edition.json");
        assertThat(ita("editions", "show", "ita-2565", "--out", edition.toString()).status()).isZero();
        byte[] before = Files.readAllBytes(edition);
        refused(ita("audit", sheet().toString(), "--edition", edition.toString(), "--out", edition.toString()), "an input");
        refused(ita("editions", "show", edition.toString(), "--out", edition.toString()), "an input");
        assertThat(Files.readAllBytes(edition)).isEqualTo(before);
    }

    @Test
    void outThatIsASymbolicLinkIsWrittenThroughTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), real.getFileName());
        assertThat(ita("audit", sheet().toString(), "--format", "json", "--out", link.toString()).status()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"total\" : 83.67");
        // a dangling link: the file it names is made
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), Path.of("made.json"));
        assertThat(ita("audit", sheet().toString(), "--format", "json", "--out", dangling.toString()).status()).isZero();
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("made.json"))).contains("\"total\" : 83.67");
    }

    @Test
    void outThatIsADirectoryADeviceOrAPipeIsRefusedBeforeAnythingIsRead() throws IOException, InterruptedException {
        refused(ita("audit", sheet().toString(), "--out", "/"), "/: --out is a directory");
        refused(ita("audit", sheet().toString(), "--out", dir.toString()), "--out is a directory");
        refused(ita("audit", sheet().toString(), "--out", "/dev/null"), "--out is not a regular file");
        refused(ita("demo", "--out", "/dev/full"), "--out is not a regular file");
        Path fifo = dir.resolve("fifo");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        refused(ita("demo", "--out", fifo.toString()), "--out is not a regular file");
        refused(ita("demo", "--out", dir.resolve("no/such/dir/out.md").toString()), "--out is in a directory that does not exist");
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
        refused(ita("demo", "--out", loop.toString()), "--out is a loop of symbolic links");
        // refused before the input is read: the input's own error does not come first
        refused(ita("audit", dir.resolve("missing.json").toString(), "--out", "/"), "--out is a directory");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("private.md"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        assertThat(ita("demo", "--out", out.toString()).status()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(Files.readString(out)).startsWith("# ");
        Path shared = Files.writeString(dir.resolve("shared.md"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(ita("demo", "--out", shared.toString()).status()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("result.json"), "the old result");
        OutputFile file = OutputFile.of(out);
        assertThatThrownBy(() -> file.write(o -> {
            o.write("half a new result".getBytes(StandardCharsets.UTF_8));
            o.flush();
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputFile.OutputFailure.class)
                .hasMessage(out + ": cannot write: No space left on device");
        assertThat(Files.readString(out)).isEqualTo("the old result");
        assertThat(temporaryFiles(dir)).isEmpty();
    }

    @Test
    void aFailureToWriteStandardOutputIsExit74WithOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int status = Ita.run(full, new PrintStream(err, true, StandardCharsets.UTF_8), "demo");
        assertThat(status).isEqualTo(Ita.CANNOT_WRITE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("ita: standard output: cannot write: No space left on device\n");
    }

    @Test
    void aReaderThatStoppedEarlyIsNotAnError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream head = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written > 100) {
                    throw new IOException("Broken pipe");
                }
                written += len;
            }
        };
        assertThat(Ita.run(head, new PrintStream(err, true, StandardCharsets.UTF_8), "demo")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void writingToStandardOutputLeavesNoTemporaryFile() throws IOException {
        Path csv = oneAgency();
        String tmpdir = System.getProperty("java.io.tmpdir");
        List<String> before = temporaryFiles(Path.of(tmpdir));
        ItaTest.Run r = ita("batch", csv.toString(), "--edition", "ita-2568", "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{");
        assertThat(temporaryFiles(Path.of(tmpdir))).isSubsetOf(before);
    }

    /** Every input that is there but odd is named with the reason, never taken for absent, never read. */
    @ParameterizedTest
    @ValueSource(strings = {"audit", "score", "plan", "measures", "compare-old", "compare-new", "editions-show", "edition-option", "batch"})
    void oddInputsAreNamedWithTheReason(String where) throws IOException, InterruptedException {
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.json"), Path.of("nowhere.json"));
        Path loop = Files.createSymbolicLink(dir.resolve("loop.json"), Path.of("loop.json"));
        Path fifo = dir.resolve("pipe.json");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        refused(run(where, dangling), "gone.json: a symbolic link to nowhere.json, which does not exist");
        refused(run(where, loop), "loop.json: a loop of symbolic links");
        refused(run(where, fifo), "pipe.json: not a regular file (a device, a pipe or a socket)");
        refused(run(where, Path.of("/dev/zero")), "/dev/zero: not a regular file");
    }

    private ItaTest.Run run(String where, Path odd) throws IOException {
        String sheet = sheet().toString();
        return switch (where) {
            case "compare-old" -> ita("compare", odd.toString(), sheet);
            case "compare-new" -> ita("compare", sheet, odd.toString());
            case "editions-show" -> ita("editions", "show", odd.toString());
            case "edition-option" -> ita("audit", sheet, "--edition", odd.toString());
            case "batch" -> ita("batch", odd.toString(), "--edition", "ita-2568");
            default -> ita(where, odd.toString());
        };
    }

    @Test
    void optionMistakesAreOneLineWithASuggestion() throws IOException {
        refused(ita("audit", sheet().toString(), "--fromat", "json"), "ita: audit: unknown option \"--fromat\"; did you mean --format?");
        refused(ita("batch", dir.toString(), "--lowset", "3"), "did you mean --lowest?");
        refused(ita("audit", sheet().toString(), "--format", "xml"),
                "ita: audit: Invalid value for option '--format': expected one of md, json, html or xlsx (case-insensitive)");
        refused(ita("edtions"), "ita: unknown command \"edtions\"; did you mean editions?");
        refused(ita("frobnicate"), "ita: unknown command \"frobnicate\" (see ita --help)");
        refused(ita("audit"), "ita: audit: Missing required parameter");
        refused(ita("audit", sheet().toString(), "x".repeat(100_000)), "unexpected argument");
        assertThat(ita("audit", sheet().toString(), "x".repeat(100_000)).err().length()).isLessThan(300);
    }

    @Test
    void onATerminalAnErrorStartsOnALineOfItsOwnAfterTheProgress() throws IOException {
        Path csv = Files.createDirectories(dir.resolve("batch"));
        SyntheticBatch.write(csv, Editions.bundled("ita-2568"), 900, 5);
        // an agency in oit.csv alone, found only once every file is read
        Files.delete(csv.resolve("agencies.csv"));
        List<String> oit = Files.readAllLines(csv.resolve("oit.csv"));
        Files.writeString(csv.resolve("oit.csv"), "99999" + oit.get(1).substring(oit.get(1).indexOf(',')) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Ita.run(out, err, true, "batch", csv.toString(), "--edition", "ita-2568");
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(shown).startsWith("\r").contains(" rows read").contains("   \nita: ").endsWith("has no respondents in iit.csv or eit.csv\n");
        assertThat(shown.substring(shown.indexOf("\nita: ") + 1).lines()).hasSize(1);
    }

    /** {@code link/..} is the parent of the link's target, as the system resolves it, not the directory holding the link. */
    @Test
    void outThroughALinkAndDotDotWritesWhereTheSystemResolvesIt() throws IOException {
        Files.createDirectories(dir.resolve("pd/sub"));
        Files.createDirectories(dir.resolve("lx"));
        Files.createSymbolicLink(dir.resolve("lx/sl"), Path.of("../pd/sub"));
        Path precious = Files.writeString(dir.resolve("lx/in.json"), "precious");
        assertThat(ita("demo", "--format", "json", "--out", dir.resolve("lx/sl/../in.json").toString()).status()).isZero();
        assertThat(Files.readString(precious)).isEqualTo("precious");
        assertThat(Files.readString(dir.resolve("pd/in.json"))).startsWith("{");
    }

    @Test
    void namesThatNameNoFileAreRefused() throws IOException {
        refused(ita("demo", "--out", ""), "ita: --out is empty: name a file");
        refused(ita("audit", sheet().toString(), "--edition="), "ita: --edition is empty: name a file");
        refused(ita("demo", "--out", dir.resolve("new.md") + "/"), "--out ends with a slash, as a directory does: name a file");
        assertThat(dir.resolve("new.md")).doesNotExist();
        // a byte the system's encoding cannot read arrives as U+FFFD: such a name is refused, never taken for another file
        refused(ita("demo", "--out", dir.resolve("o\uFFFD.md").toString()), "o\\uFFFD.md: the name holds bytes that are not text");
        refused(ita("audit", dir.resolve("o\uFFFD.json").toString()), "the name holds bytes that are not text");
    }

    @Test
    void moreOptionMistakesAreToldAsTheyAre() throws IOException {
        refused(ita("audit", sheet().toString(), "--", "--out", "x.md"),
                "ita: audit: unexpected argument \"--out\" (after --, every argument is a parameter)");
        refused(ita("--format", "json", "audit", sheet().toString()),
                "ita: \"--format\" is an option of the commands: put it after the command");
        ItaTest.Run version = ita("audit", "-V");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("ita ");
    }
}

package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ita} as a process of its own, where only a real one shows the truth: a full disk, a closed
 * standard output, a reader that stops early, Ctrl-C and {@code kill} during a run.
 */
@Timeout(120)
class ProcessSafetyTest {

    @TempDir
    Path dir;

    /** The java command running {@code ita} with this test's classpath, its temporary directory inside the test's. */
    private List<String> ita(List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")));
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Ita.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static List<String> temporaryFiles(Path where) throws IOException {
        try (Stream<Path> s = Files.list(where)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".ita-") || n.startsWith("ita-")).toList();
        }
    }

    @Test
    void aFullDeviceAsStandardOutputIsAnErrorNamingIt() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ita(List.of(), "demo")).redirectOutput(Path.of("/dev/full").toFile()).start();
        String err = text(p.getErrorStream());
        assertThat(p.waitFor()).isEqualTo(Ita.CANNOT_WRITE);
        assertThat(err).isEqualTo("ita: standard output: cannot write: No space left on device\n");
    }

    @Test
    void aClosedStandardOutputIsAnErrorNamingIt() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" >&-", "ita"));
        command.addAll(ita(List.of(), "demo"));
        Process p = new ProcessBuilder(command).start();
        String err = text(p.getErrorStream());
        assertThat(p.waitFor()).isEqualTo(Ita.CANNOT_WRITE);
        assertThat(err).startsWith("ita: standard output: cannot write: ").hasLineCount(1);
    }

    @Test
    void aReaderThatStopsEarlyEndsTheRunQuietly() throws IOException, InterruptedException {
        Path csv = Files.createDirectories(dir.resolve("batch"));
        SyntheticBatch.write(csv, Editions.bundled("ita-2568"), 60, 3);
        Process p = new ProcessBuilder(ita(List.of(), "batch", csv.toString(), "--edition", "ita-2568", "--format", "json")).start();
        byte[] head = p.getInputStream().readNBytes(100);
        p.getInputStream().close();
        String err = text(p.getErrorStream());
        assertThat(p.waitFor()).isZero();
        assertThat(new String(head, StandardCharsets.UTF_8)).startsWith("{");
        assertThat(err).isEmpty();
    }

    /**
     * Stopped half-way through writing a batch to {@code --out}: the old file is whole and no
     * temporary file is left, beside it or in the temporary directory. The JVM runs interpreted
     * only so that the run lasts long enough to be stopped while it writes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void stoppedDuringARunLeavesTheOldOutputAndNoTemporaryFile(String signal) throws IOException, InterruptedException {
        Path csv = Files.createDirectories(dir.resolve("batch"));
        SyntheticBatch.write(csv, Editions.bundled("ita-2568"), 120, 3);
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = Files.writeString(outDir.resolve("national.json"), "last year's result");
        Process p = new ProcessBuilder(ita(List.of("-Xint"), "batch", csv.toString(), "--edition", "ita-2568", "--format", "json",
                "--out", out.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (temporaryFiles(outDir).isEmpty() && p.isAlive() && Instant.now().isBefore(until)) {
            Thread.sleep(5);
        }
        assertThat(temporaryFiles(outDir)).as("the run is writing its temporary file").hasSize(1);
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor()).isZero();
        assertThat(p.waitFor()).isEqualTo(128 + (signal.equals("INT") ? 2 : 15));
        assertThat(Files.readString(out)).isEqualTo("last year's result");
        assertThat(temporaryFiles(outDir)).isEmpty();
        assertThat(temporaryFiles(dir.resolve("tmp"))).isEmpty();
    }
}

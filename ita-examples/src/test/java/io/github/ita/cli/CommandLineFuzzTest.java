package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The command line fed any mix of commands, options (good values, absurd numbers, typos, invisible
 * characters) and paths of every shape (regular files, directories, dangling and looping links, a
 * pipe, devices, inputs named again as {@code --out}). Whatever the mix: the exit status is 0, 2
 * or 74, never 70 (a bug of ours); a refusal writes nothing on standard output and one short line on
 * standard error; and no file the run reads is ever changed (whatever {@code --out} names), nor a
 * temporary file left behind. A longer run:
 * {@code mvn -B verify -pl ita-examples -am -Dtest=CommandLineFuzzTest -Djqwik.tries.default=5000 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CommandLineFuzzTest {

    private static Path dir;
    private static Map<Path, String> inputs;
    private static Map<Path, byte[]> originals;

    @BeforeContainer
    static void files() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("ita-fuzz");
        ItaTest.resource(dir, "seed-001-scores.json");
        ItaTest.resource(dir, "sample-agency.json");
        ItaTest.resource(dir, "seed-004-measures.json");
        SyntheticBatch.write(Files.createDirectories(dir.resolve("batch")), Editions.bundled("ita-2568"), 3, 1);
        SyntheticBatch.write(Files.createDirectories(dir.resolve("agency")), Editions.bundled("ita-2565"), 1, 2);
        Files.writeString(dir.resolve("empty.json"), "");
        try (var in = Editions.class.getResourceAsStream("ita-2565.json")) {
            Files.write(dir.resolve("edition.json"), in.readAllBytes());
        }
        Files.createSymbolicLink(dir.resolve("dangling.json"), Path.of("nowhere.json"));
        Files.createSymbolicLink(dir.resolve("loop.json"), Path.of("loop.json"));
        Files.createSymbolicLink(dir.resolve("link.json"), Path.of("seed-001-scores.json"));
        Files.createSymbolicLink(dir.resolve("linked-dir"), Path.of("agency"));
        Files.createDirectories(dir.resolve("empty-dir"));
        new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start().waitFor();
        // CSV directories with an odd entry among their files
        for (String odd : List.of("csv-dangling", "csv-directory", "csv-fifo")) {
            SyntheticBatch.write(Files.createDirectories(dir.resolve(odd)), Editions.bundled("ita-2565"), 1, 2);
        }
        Files.delete(dir.resolve("csv-dangling/eit.csv"));
        Files.createSymbolicLink(dir.resolve("csv-dangling/eit.csv"), Path.of("gone.csv"));
        Files.delete(dir.resolve("csv-directory/iit.csv"));
        Files.createDirectories(dir.resolve("csv-directory/iit.csv"));
        Files.delete(dir.resolve("csv-fifo/oit.csv"));
        new ProcessBuilder("mkfifo", dir.resolve("csv-fifo/oit.csv").toString()).start().waitFor();
        inputs = digests();
        originals = new TreeMap<>();
        for (Path p : inputs.keySet()) {
            originals.put(p, Files.readAllBytes(p));
        }
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    /** @return whether the command line reads the file: names it, its directory or a link to either */
    private static boolean readBy(List<String> args, Path file) throws IOException {
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && args.get(i - 1).equals("--out")) {
                continue;
            }
            Path named = Path.of(args.get(i).isEmpty() ? "." : args.get(i).replace("\u0000", ""));
            if (named.isAbsolute() && named.startsWith(dir) && Files.exists(named)) {
                Path real = named.toRealPath();
                if (file.toRealPath().startsWith(real)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every regular file under the directory with its SHA-256. */
    private static Map<Path, String> digests() throws IOException {
        Map<Path, String> d = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                d.put(p, sha256(Files.readAllBytes(p)));
            }
        }
        return d;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> PATHS = List.of("seed-001-scores.json", "sample-agency.json", "seed-004-measures.json",
            "batch", "agency", "empty.json", "edition.json", "dangling.json", "loop.json", "link.json", "linked-dir", "empty-dir", "fifo",
            "missing.json", "batch/iit.csv", "agency/eit.csv", "agency/agencies.csv", "csv-dangling", "csv-directory", "csv-fifo");

    private static final List<String> HOSTILE = List.of("", "-", "--", "-5", "0", "-0", "1e999999999", "1E+2147483647", "1e-2147483648",
            "9".repeat(400), "0." + "0".repeat(300) + "1", "NaN", "Infinity", "85", "101", "AA", "pass", "x".repeat(5000), "r1 ", "\uFEFFita-2565",
            "a\u0000b", "\u202Eevil", "ita-2565", "ita-2568", "ita-2599", "/", "/dev/null", "/dev/full", "/dev/zero", "UTF-8", "windows-874", "nope");

    private static final Map<String, List<String>> OPTIONS = Map.ofEntries(
            Map.entry("--format", List.of("json", "md", "html", "csv", "xml")),
            Map.entry("--lang", List.of("th", "en", "fr")),
            Map.entry("--digits", List.of("arabic", "thai", "roman")),
            Map.entry("--edition", List.of("ita-2565", "ita-2568")),
            Map.entry("--rounding", List.of("exact", "each_level", "half")),
            Map.entry("--missing", List.of("error", "exclude")),
            Map.entry("--charset", List.of("UTF-8", "windows-874", "TIS-620")),
            Map.entry("--target", List.of("85", "80", "A", "AA", "pass", "100")),
            Map.entry("--lowest", List.of("0", "3", "10")),
            Map.entry("--group-by", List.of("group", "type", "nothing")),
            Map.entry("--only", List.of("OIT", "IIT,EIT", "XYZ")),
            Map.entry("--round", List.of("half", "year")),
            Map.entry("--out", List.of("out.md", "out/deeper.md")),
            Map.entry("--timestamp", List.of()),
            Map.entry("--measures-skeleton", List.of()),
            Map.entry("--fromat", List.of("json")));

    private static final List<String> COMMANDS = List.of("editions", "editions show", "audit", "score", "batch", "plan", "compare",
            "measures", "demo", "help", "frobnicate");

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> path = Arbitraries.oneOf(Arbitraries.of(PATHS).map(p -> dir.resolve(p).toString()), Arbitraries.of(HOSTILE));
        Arbitrary<List<String>> option = Arbitraries.of(new ArrayList<>(OPTIONS.keySet())).flatMap(name -> {
            List<String> good = OPTIONS.get(name);
            if (good.isEmpty()) {
                return Arbitraries.just(List.of(name));
            }
            // --out only ever names a place under the fuzz directory, or an absolute device or directory
            Arbitrary<String> value = name.equals("--out")
                    ? Arbitraries.oneOf(Arbitraries.of(good).map(v -> dir.resolve(v).toString()),
                            Arbitraries.of(PATHS).map(v -> dir.resolve(v).toString()), Arbitraries.of("/", "/dev/null", "/dev/full", "/dev/zero"))
                    : Arbitraries.oneOf(Arbitraries.of(good), Arbitraries.of(HOSTILE), path);
            return value.map(v -> List.of(name, v));
        });
        return Arbitraries.of(COMMANDS).flatMap(command -> Combinators.combine(path.list().ofMaxSize(3), option.list().ofMaxSize(4))
                .as((positional, options) -> {
                    List<String> args = new ArrayList<>(List.of(command.split(" ")));
                    args.addAll(positional);
                    options.forEach(args::addAll);
                    return args;
                }));
    }

    @Property
    void anyCommandLineEndsCleanlyAndChangesNoInput(@ForAll("commandLines") List<String> args) throws IOException {
        ItaTest.Run r = ItaTest.ita(args.toArray(String[]::new));
        assertThat(r.status()).as("%s: %s", args, r.err()).isIn(0, Ita.BAD_INPUT, Ita.CANNOT_WRITE);
        if (r.status() != 0) {
            assertThat(r.out()).as("%s", args).isEmpty();
            assertThat(r.err()).as("%s", args).startsWith("ita: ").endsWith("\n");
            assertThat(r.err().lines()).as("%s: %s", args, r.err()).hasSize(1);
            assertThat(r.err().length()).as("%s: %s", args, r.err()).isLessThan(400);
        }
        if (!args.get(0).equals("help") && args.stream().anyMatch(a -> a.startsWith(dir.resolve("csv-").toString()))) {
            assertThat(r.status()).as("%s: a CSV directory with an odd file is never read as if the file were absent", args).isNotZero();
        }
        Map<Path, String> now = digests();
        for (Map.Entry<Path, String> e : inputs.entrySet()) {
            if (readBy(args, e.getKey())) {
                assertThat(now.get(e.getKey())).as("%s changed its input %s", args, e.getKey()).isEqualTo(e.getValue());
            } else if (!e.getValue().equals(now.get(e.getKey()))) {
                Files.write(e.getKey(), originals.get(e.getKey()));   // --out named a file this run did not read: fine, put it back
            }
        }
        assertThat(now.keySet().stream().map(p -> p.getFileName().toString()))
                .as("%s", args).noneMatch(n -> n.endsWith(".tmp"));
        for (String out : List.of("out.md", "out/deeper.md")) {
            Files.deleteIfExists(dir.resolve(out));
        }
    }
}

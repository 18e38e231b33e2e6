package io.github.ita.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.github.ita.cli.Ita;
import io.github.ita.edition.Editions;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README tells the truth: its first Java program compiles against the library as written and
 * prints what the README shows, every {@code ita} command of its tour runs, and its test command is
 * the one CI runs.
 */
class ReadmeTest {

    /** A fenced code block: its info string ("java", "xml" or empty) and its text. */
    record Block(String lang, String text) {
    }

    private static Path root;
    private static List<Block> blocks;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheReadme() throws IOException {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("ita-examples")))) {
            p = p.getParent();
        }
        assertThat(p).as("the project root, above " + Path.of("").toAbsolutePath()).isNotNull();
        root = p;
        blocks = blocks(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8));
    }

    static List<Block> blocks(String markdown) {
        List<Block> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^```([a-z]*)\\n(.*?)^```$", Pattern.DOTALL).matcher(markdown.replace("\r\n", "\n"));
        while (m.find()) {
            found.add(new Block(m.group(1), m.group(2)));
        }
        return found;
    }

    @Test
    void theFirstJavaProgramCompilesAndPrintsWhatTheReadmeSays() throws Exception {
        int at = -1;
        for (int i = 0; i < blocks.size() && at < 0; i++) {
            at = blocks.get(i).lang().equals("java") ? i : -1;
        }
        assertThat(at).as("a ```java block in the README").isNotNegative();
        String program = blocks.get(at).text();
        Matcher name = Pattern.compile("public class (\\w+)").matcher(program);
        assertThat(name.find()).as("a public class in the README's program").isTrue();
        assertThat(program).as("a complete program, not a fragment").contains("public static void main(String[] args)");

        Path src = Files.writeString(dir.resolve(name.group(1) + ".java"), program);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(problems, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", libraryClassPath(), "-d", classes.toString(), "-encoding", "UTF-8",
                    "-Xlint:all", "-Werror");
            compiled = javac.getTask(null, files, problems, options, null, files.getJavaFileObjects(src.toFile())).call();
        }
        assertThat(compiled).as("the README's program compiles: " + problems.getDiagnostics()).isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeTest.class.getClassLoader())) {
            Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertThat(at + 1).as("the README shows what the program prints, in the block after it").isLessThan(blocks.size());
        String shown = blocks.get(at + 1).text();
        assertThat(shown).startsWith("total ");
        assertThat(out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n")).isEqualTo(shown);
    }

    /** @return the library and its dependencies, where the tests load them from */
    static String libraryClassPath() throws Exception {
        List<String> parts = new ArrayList<>();
        for (Class<?> c : List.of(Editions.class, JsonFactory.class, ObjectMapper.class, CsvMapper.class,
                com.fasterxml.jackson.annotation.JsonProperty.class)) {
            parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return parts.stream().distinct().collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void everyCommandOfTheTourRuns() throws Exception {
        int commands = 0;
        String lastOut = null;
        for (Block b : blocks) {
            if (!b.lang().isEmpty()) {
                lastOut = null;
                continue;
            }
            List<String> lines = b.text().lines().toList();
            boolean isCommands = lines.stream().anyMatch(l -> l.startsWith("java ") || l.startsWith("mvn "));
            if (!isCommands) {
                // an excerpt of what the command before it printed (not an error example, not a program's output)
                if (lastOut != null && !lines.get(0).startsWith("ita:")) {
                    for (String l : lines) {
                        assertThat(lastOut).as("the README's excerpt of the output").contains(l);
                    }
                }
                lastOut = null;
                continue;
            }
            lastOut = null;
            for (String line : lines) {
                for (String part : line.split(" && ")) {
                    if (part.startsWith("java ")) {
                        lastOut = run(part);
                        commands++;
                    }
                }
            }
        }
        assertThat(commands).as("java command lines in the README").isGreaterThanOrEqualTo(8);
    }

    /** Runs a README command line in-process: {@code java -jar ita.jar …} or {@code java -cp … Main …}. */
    String run(String line) throws Exception {
        assertThat(line).as("a command line without quotes, so that splitting at spaces is right").doesNotContain("\"", "'");
        List<String> tokens = List.of(line.trim().split(" +"));
        List<String> args = new ArrayList<>();
        String out = null;
        int first;
        String mainClass;
        if (tokens.get(1).equals("-jar")) {
            assertThat(tokens.get(2)).isEqualTo("ita-examples/target/ita.jar");
            first = 3;
            mainClass = null;
        } else {
            assertThat(tokens.get(1)).isEqualTo("-cp");
            assertThat(tokens.get(2)).isEqualTo("ita-examples/target/ita.jar:ita-examples/target/test-classes");
            first = 4;
            mainClass = tokens.get(3);
        }
        for (int i = first; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.startsWith("ita-examples/")) {
                Path p = root.resolve(t);
                assertThat(p).as("a file the README names").exists();
                t = p.toString();
            } else if (t.startsWith("target/") || i > first && tokens.get(i - 1).equals("--out")) {
                t = dir.resolve(t).toString();
                if (tokens.get(i - 1).equals("--out")) {
                    out = t;
                }
            }
            args.add(t);
        }
        if (mainClass != null) {
            Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) args.toArray(new String[0]));
            return null;
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = Ita.run(stdout, stderr, args.toArray(new String[0]));
        assertThat(stderr.toString(StandardCharsets.UTF_8)).as(line).isEmpty();
        assertThat(status).as(line).isZero();
        String printed = stdout.toString(StandardCharsets.UTF_8);
        if (out != null) {
            assertThat(Path.of(out)).as(line).isNotEmptyFile();
        } else {
            assertThat(printed).as(line).isNotBlank();
        }
        return printed;
    }

    @Test
    void theTestCommandIsTheOneCiRuns() throws IOException {
        assertThat(blocks).contains(new Block("", "mvn -B verify\n"));
        try (Stream<String> ci = Files.lines(root.resolve(".ci/run"))) {
            assertThat(ci.filter(l -> !l.startsWith("#"))).contains("mvn -B verify");
        }
    }
}

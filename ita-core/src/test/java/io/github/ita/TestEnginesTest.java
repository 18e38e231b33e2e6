package io.github.ita;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class runs under one engine: a class with both JUnit Jupiter's {@code @Test} and jqwik's
 * {@code @Property} is run by both engines, and Surefire then reports it twice (two "Running" blocks and
 * its XML report written twice). In a class of properties, examples are jqwik's {@code @Example}.
 */
class TestEnginesTest {

    @Test
    void noTestClassMixesJupiterAndJqwik() throws IOException {
        List<Path> roots = Stream.of(Path.of("src/test/java"), Path.of("../ita-examples/src/test/java")).filter(Files::isDirectory).toList();
        assertThat(roots).isNotEmpty();
        List<String> mixed;
        List<Path> sources;
        try (Stream<Path> all = roots.stream().flatMap(TestEnginesTest::walk)) {
            sources = all.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).anyMatch(p -> p.endsWith("FuzzTest.java"));
        mixed = sources.stream().filter(p -> {
            String s = read(p);
            // the imports, written so that this file does not match itself
            String jqwik = "import net.jqwik.api.";
            String jupiter = "import org.junit.jupiter.api.";
            return (s.contains(jqwik + "Property;") || s.contains(jqwik + "*;"))
                    && (s.contains(jupiter + "Test;") || s.contains(jupiter + "*;"));
        }).map(Path::toString).toList();
        assertThat(mixed).as("classes run by both JUnit Jupiter and jqwik").isEmpty();
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

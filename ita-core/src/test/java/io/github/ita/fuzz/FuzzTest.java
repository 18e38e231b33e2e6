package io.github.ita.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.Fixtures;
import io.github.ita.ItaException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.io.BatchCsvReader;
import io.github.ita.io.MeasuresJson;
import io.github.ita.io.ResponsesJson;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Every reader, fed mutants of a valid input: each either reads a valid model and scores it, or
 * refuses it with the documented {@link ItaException} — never another exception, never a stack
 * overflow. A short budget runs in {@code mvn verify}; a longer one with
 * {@code mvn -B verify -pl ita-core -Dtest=FuzzTest -Djqwik.tries.default=20000}.
 */
class FuzzTest {

    static final Edition E = Editions.bundled("ita-2565");
    static final Scorer SCORER = Scorer.of(E);

    static String resource(String name) {
        try (InputStream in = Edition.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String EDITION = resource("ita-2565.json");

    static final String RESPONSES;
    static final String SHEET = "{\"edition\": \"ita-2565\", \"agency\": {\"id\": \"a\", \"name\": \"อบต.\"},"
            + " \"scores\": {\"1\": 84.72, \"2\": 75.90, \"3\": 81.11, \"4\": 71.62, \"5\": 78.38, \"6\": 74.76,"
            + " \"7\": 66.78, \"8\": 70.81, \"9.1\": 100, \"9.2\": 87.5, \"o18\": 0, \"o19\": 100, \"o20\": 100, \"o21\": 100,"
            + " \"o22\": 100, \"o23\": 100, \"o24\": 0, \"9.4\": 100, \"9.5\": 100, \"10\": 100}}";
    static final String MEASURES = "{\"agency\": {\"id\": \"a\"}, \"fiscalYear\": 2566, \"edition\": \"ita-2565\", \"measures\": ["
            + "{\"id\": \"m1\", \"indicator\": \"4\", \"title\": \"คู่มือ\", \"steps\": [\"๑. จัดทำ\"], \"owner\": \"กองคลัง\","
            + " \"period\": \"ต.ค. ๖๕ – ก.ย. ๖๖\", \"status\": \"ดำเนินการแล้ว\", \"result\": \"-\"}]}";

    static {
        StringBuilder b = new StringBuilder("{\"edition\": \"ita-2565\", \"agency\": {\"id\": \"a\", \"name\": \"อบต.\"}, \"iit\": [");
        for (int r = 0; r < 2; r++) {
            b.append(r == 0 ? "" : ",").append("{\"respondent\": \"r").append(r).append("\", \"answers\": {");
            Map<String, String> answers = new LinkedHashMap<>(Fixtures.bestAnswers(E, "IIT", Map.of("i0", "civil")));
            int i = 0;
            for (Map.Entry<String, String> a : answers.entrySet()) {
                b.append(i++ == 0 ? "" : ", ").append('"').append(a.getKey()).append("\": \"").append(a.getValue()).append('"');
            }
            b.append("}}");
        }
        b.append("], \"oit\": {");
        int i = 0;
        for (var q : E.tool("OIT").questions()) {
            b.append(i++ == 0 ? "" : ", ").append('"').append(q.id()).append("\": {\"published\": ").append(i % 7 != 0)
                    .append(", \"url\": \"https://x.go.th/").append(q.id()).append("\"}");
        }
        RESPONSES = b.append("}}").toString();
    }

    /** Runs the reader; any exception but an ItaException fails with the input that caused it. */
    static void onlyDocumentedErrors(String input, Consumer<String> reader) {
        try {
            reader.accept(input);
        } catch (ItaException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("undocumented " + e + " for input:\n" + input, e);
        }
    }

    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void editions(@ForAll @LongRange long seed) {
        onlyDocumentedErrors(Mutator.mutate(EDITION, seed), text -> {
            Edition e = Editions.read(bytes(text), "fuzz.json");
            assertThat(e.tools()).isNotEmpty();
        });
    }

    @Property
    void responses(@ForAll @LongRange long seed) {
        onlyDocumentedErrors(Mutator.mutate(RESPONSES, seed),
                text -> ResponsesJson.readResponses(bytes(text), "fuzz.json").apply(SCORER::score));
    }

    @Property
    void scoreSheets(@ForAll @LongRange long seed) {
        onlyDocumentedErrors(Mutator.mutate(SHEET, seed), text -> {
            var r = ResponsesJson.readScoreSheet(bytes(text), "fuzz.json").apply(SCORER::audit);
            r.total().ifPresent(t -> assertThat(t.shown()).isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal(100)));
        });
    }

    @Property
    void measures(@ForAll @LongRange long seed) {
        onlyDocumentedErrors(Mutator.mutate(MEASURES, seed), text -> MeasuresJson.read(bytes(text), "fuzz.json"));
    }

    @Property
    void csvDirectories(@ForAll @LongRange long seed) throws IOException {
        Path dir = Files.createTempDirectory("ita-fuzz");
        try {
            String header = "agency,respondent," + String.join(",", Fixtures.bestAnswers(E, "IIT", Map.of()).keySet());
            String row = "a,r1," + String.join(",", Fixtures.bestAnswers(E, "IIT", Map.of()).values());
            String iit = header + "\n" + row + "\n" + row.replace("r1", "\"r,2\"") + "\n";
            StringBuilder oit = new StringBuilder("agency,item,published,url,note\n");
            for (var q : E.tool("OIT").questions()) {
                oit.append("a,").append(q.id()).append(",มี,https://x.go.th/").append(q.id()).append(",\"note, ok\"\n");
            }
            java.util.Random pick = new java.util.Random(seed);
            boolean mutateIit = pick.nextBoolean();
            // getBytes, not writeString: a mutant may hold a lone surrogate, written as '?' as any encoder would
            Files.write(dir.resolve("iit.csv"), (mutateIit ? Mutator.mutate(iit, seed) : iit).getBytes(StandardCharsets.UTF_8));
            Files.write(dir.resolve("oit.csv"), (mutateIit ? oit.toString() : Mutator.mutate(oit.toString(), seed))
                    .getBytes(StandardCharsets.UTF_8));
            onlyDocumentedErrors("", ignored -> {
                BatchScorer batch = BatchScorer.of(SCORER);
                batch.score(BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE), BatchOptions.DEFAULT);
            });
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}

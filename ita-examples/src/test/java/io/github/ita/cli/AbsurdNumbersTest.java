package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.examples.SyntheticBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absurd numbers in every input kind and numeric option, through every command: exit 2, nothing on
 * standard output, one short line on standard error; never an internal error, a hang or running out
 * of memory.
 */
class AbsurdNumbersTest {

    @TempDir
    Path dir;

    /** One short line on standard error, nothing else. */
    private static void refused(ItaTest.Run r, String what) {
        assertThat(r.status()).as(what + ": " + r.err()).isEqualTo(2);
        assertThat(r.out()).as(what).isEmpty();
        assertThat(r.err()).as(what).startsWith("ita: ").endsWith("\n").doesNotContain("internal error");
        assertThat(r.err().strip().lines()).as(what + ": " + r.err()).hasSize(1);
        assertThat(r.err().length()).as(what + ": " + r.err()).isLessThan(300);
    }

    private Path example(String name) throws IOException {
        return ItaTest.resource(dir, name);
    }

    private static String bundledEdition() throws IOException {
        try (InputStream in = Edition.class.getResourceAsStream("ita-2565.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A batch of three agencies. */
    private String batch() throws IOException {
        Path b = dir.resolve("batch");
        if (!Files.exists(b)) {
            SyntheticBatch.write(b, Editions.bundled("ita-2568"), 3, 1);
        }
        return b.toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "-1e999999999", "1e-999999999", "0e999999999",
        "1e99999999999999999999", "100.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"})
    void inAScoreSheet(String v) throws IOException {
        Path good = example("seed-001-scores.json");
        Path bad = write("bad.json", Files.readString(good).replace("84.72", v));
        refused(ItaTest.ita("audit", bad.toString()), "audit");
        refused(ItaTest.ita("plan", bad.toString()), "plan");
        refused(ItaTest.ita("compare", good.toString(), bad.toString()), "compare new");
        refused(ItaTest.ita("compare", bad.toString(), good.toString()), "compare old");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "1e-999999999", "0e999999999"})
    void inAnswersAndIds(String v) throws IOException {
        String good = Files.readString(example("sample-agency.json"));
        String answer = good.replaceFirst("\"i1\": *\"[0-9]\"", "\"i1\": " + v);
        assertThat(answer).isNotEqualTo(good);
        Path a = write("answer.json", answer);
        refused(ItaTest.ita("score", a.toString()), "score answer");
        refused(ItaTest.ita("plan", a.toString()), "plan answer");
        refused(ItaTest.ita("compare", a.toString(), a.toString()), "compare answer");
        String respondent = good.replaceFirst("\"respondent\": *\"[^\"]*\"", "\"respondent\": " + v);
        assertThat(respondent).isNotEqualTo(good);
        refused(ItaTest.ita("score", write("respondent.json", respondent).toString()), "score respondent");
        String agency = good.replaceFirst("\"id\": *\"6330199\"", "\"id\": " + v);
        assertThat(agency).isNotEqualTo(good);
        refused(ItaTest.ita("score", write("agency.json", agency).toString()), "score agency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "-1e999999999", "1e-999999999", "0e999999999",
        "50.123456789012345678901234567890", "50.00001", "1e-5"})
    void inAnEdition(String v) throws IOException {
        String text = bundledEdition();
        Path scores = example("seed-001-scores.json");
        Path answers = example("sample-agency.json");
        for (String field : List.of("\"points\": 50", "\"points\": 85", "\"weight\": 40", "\"passMark\": 85", "\"min\": 50.00",
                "\"max\": 84.99", "\"fiscalYear\": 2565")) {
            String name = field.substring(0, field.indexOf(':') + 2);
            Path e = write("edition.json", text.replace(field, name + v));
            refused(ItaTest.ita("editions", "show", e.toString()), "editions show " + field);
            refused(ItaTest.ita("score", answers.toString(), "--edition", e.toString()), "score " + field);
            refused(ItaTest.ita("audit", scores.toString(), "--edition", e.toString()), "audit " + field);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "-1e999999999", "1e-999999999", "0e999999999",
        "4294969862", "1e99999999999999999999"})
    void inMeasures(String v) throws IOException {
        String good = Files.readString(example("seed-004-measures.json"));
        String text = good.replace("\"fiscalYear\": 2566", "\"fiscalYear\": " + v);
        assertThat(text).isNotEqualTo(good);
        refused(ItaTest.ita("measures", write("measures.json", text).toString()), "measures");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647", "1e-2147483648", "-1e999999999", "1e-999999999", "0e999999999",
        "1e99999999999999999999", "101", "-5", "abc", "", "1111111111111111111111111111111111111111111111111111111111111111111111"
        + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        + "111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"})
    void asATarget(String v) throws IOException {
        refused(ItaTest.ita("plan", example("seed-001-scores.json").toString(), "--target", v), "plan --target");
        refused(ItaTest.ita("batch", batch(), "--edition", "ita-2568", "--target", v), "batch --target");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-1", "99999999999", "2147483648", "1e3", "1.5", "abc", "",
        "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
        + "999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"})
    void asTheNumberOfLowestAgencies(String v) throws IOException {
        refused(ItaTest.ita("batch", batch(), "--edition", "ita-2568", "--lowest", v), "batch --lowest");
    }

    /** Unusual but sound numbers are read as before. */
    @Test
    void soundNumbersAreStillRead() throws IOException {
        Path scores = example("seed-001-scores.json");
        assertThat(ItaTest.ita("plan", scores.toString(), "--target", "-0").status()).isZero();
        assertThat(ItaTest.ita("plan", scores.toString(), "--target", "8.5e1").status()).isZero();
        Path exponent = write("exp.json", Files.readString(scores).replace("84.72", "0.8472e2"));
        ItaTest.Run r = ItaTest.ita("audit", exponent.toString(), "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"total\" : 83.67");
        Path trailing = write("edition.json", bundledEdition().replace("\"points\": 85", "\"points\": 85.000000"));
        ItaTest.Run score = ItaTest.ita("score", example("sample-agency.json").toString(), "--edition", trailing.toString());
        assertThat(score.status()).as(score.err()).isZero();
        for (String lowest : List.of("0", "-0", "+3", "2147483647")) {
            ItaTest.Run b = ItaTest.ita("batch", batch(), "--edition", "ita-2568", "--lowest", lowest, "--target", "8.4e1");
            assertThat(b.status()).as(lowest + ": " + b.err()).isZero();
        }
    }
}

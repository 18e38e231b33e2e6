package io.github.ita.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.ItaException;
import io.github.ita.analysis.Target;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.io.MeasuresJson;
import io.github.ita.io.ResponsesJson;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Numbers of every size and exponent in every place a number is read: each is read and scored, or
 * refused with an {@link ItaException} whose message is one line of a few hundred characters at most;
 * never another exception, an {@link OutOfMemoryError} or a hang.
 */
class NumberFuzzTest {

    /** Exponents near every edge: small, near the 100-digit bound, huge, near int and long limits. */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(120);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(120).map(f -> "." + f));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.longs().between(-12, 12).map(e -> "e" + e),
                Arbitraries.longs().between(-110, 110).map(e -> "E" + (e >= 0 ? "+" : "") + e),
                Arbitraries.longs().between(999_999_000L, 1_000_001_000L).map(e -> "e" + (e % 2 == 0 ? "-" : "") + e),
                Arbitraries.longs().between(Integer.MAX_VALUE - 5L, Integer.MAX_VALUE + 5L).map(e -> "e" + e),
                Arbitraries.longs().between(Integer.MAX_VALUE - 5L, Integer.MAX_VALUE + 5L).map(e -> "e-" + e),
                Arbitraries.longs().map(e -> "e" + e));
        return Combinators.combine(sign, whole, fraction, exponent).as((s, w, f, e) -> s + w + f + e);
    }

    private static void shortOrRead(Consumer<String> reader, String number) {
        try {
            reader.accept(number);
        } catch (ItaException expected) {
            assertThat(expected.getMessage()).as(number).doesNotContain("\n").hasSizeLessThan(300);
        } catch (RuntimeException e) {
            throw new AssertionError("undocumented " + e + " for " + number, e);
        }
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void inAScoreSheet(@ForAll("numbers") String n) {
        shortOrRead(v -> ResponsesJson.readScoreSheet(FuzzTest.bytes(FuzzTest.SHEET.replace("84.72", v)), "n.json")
                .apply(FuzzTest.SCORER::audit), n);
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void inAnEdition(@ForAll("numbers") String n) {
        shortOrRead(v -> {
            Edition e = Editions.read(FuzzTest.bytes(FuzzTest.EDITION.replace("\"points\": 50", "\"points\": " + v)), "n.json");
            io.github.ita.scoring.Scorer.of(e);
        }, n);
        shortOrRead(v -> Editions.read(FuzzTest.bytes(FuzzTest.EDITION.replace("\"weight\": 40", "\"weight\": " + v)), "n.json"), n);
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void inMeasures(@ForAll("numbers") String n) {
        shortOrRead(v -> MeasuresJson.read(FuzzTest.bytes(FuzzTest.MEASURES.replace("2566", v)), "n.json"), n);
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void asATarget(@ForAll("numbers") String n) {
        shortOrRead(v -> Target.parse(v, FuzzTest.E), n);
    }
}

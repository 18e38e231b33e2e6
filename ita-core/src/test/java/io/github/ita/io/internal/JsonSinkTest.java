package io.github.ita.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * The byte writer of compact JSON against Jackson's generator, the reference: the same bytes for
 * any text (results written by either: {@code CompactJsonTest}).
 */
class JsonSinkTest {

    /** Writes a document of every kind of token with the given texts as names and values. */
    static void document(JsonSink s, List<String> texts, long number) throws IOException {
        s.startObject();
        s.field(new SerializedString("pre-encoded \"name\""));
        s.startArray();
        for (String t : texts) {
            s.string(t);
            s.number(number);
            s.startObject();
            s.endObject();
        }
        s.numbers(java.util.Map.of("only", number));
        s.nul();
        s.bool(true);
        s.bool(false);
        s.number("83.67");
        s.endArray();
        for (String t : texts) {
            s.field(t);
            s.startObject();
            s.stringField(t, t);
            s.numberField("n", -number);
            s.nullField("none");
            s.booleanField("b", number % 2 == 0);
            s.field("empty");
            s.startArray();
            s.endArray();
            s.endObject();
        }
        s.endObject();
    }

    static byte[] byGenerator(List<String> texts, long number) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            document(new GeneratorSink(g), texts, number);
        }
        return out.toByteArray();
    }

    static byte[] byBytes(List<String> texts, long number) throws IOException {
        ByteSink b = new ByteSink(1);
        document(b, texts, number);
        return b.toByteArray();
    }

    /** Texts of every kind of character: ASCII, controls, quotes and backslashes, Thai, emoji as surrogate pairs. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> c = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0000', '\u001f')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of('"', '\\', '/', '\u007f', '\u0080', '\u00e9', '\u2028', '\uffff')),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u0e01', '\u0e5b')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0100', '\ud7ff')));
        Arbitrary<String> plain = c.list().ofMaxSize(12).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        });
        return Arbitraries.oneOf(plain, plain.map(s -> s + "\ud83d\ude00" + s), plain.map(s -> s + "\ud83d"));
    }

    /**
     * Long texts (thousands of characters, beyond the byte writer's first room), every kind of
     * character throughout, cut at several places: a surrogate pair cut in two, a control character,
     * Thai, a quote.
     */
    @Example
    void longTexts() throws IOException {
        String pattern = "a\"\\\u0001\u0e01\u00e9\ud83d\ude00/\u2028";
        StringBuilder b = new StringBuilder();
        while (b.length() < 3 * 4096 + 17) {
            b.append(pattern);
        }
        for (int cut : new int[] {4095, 4096, 4097, 8191, 8193, b.length()}) {
            String text = b.substring(0, cut);
            assertThat(byBytes(List.of(text, text.substring(1)), 1)).as("%d characters", cut)
                    .isEqualTo(byGenerator(List.of(text, text.substring(1)), 1));
        }
    }

    @Example
    void numbersAtTheirEdges() throws IOException {
        for (long n : new long[] {0, 9, 10, 99, 100, -1, -10, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            assertThat(byBytes(List.of("x"), n)).as(Long.toString(n)).isEqualTo(byGenerator(List.of("x"), n));
        }
    }

    /** Decimals of 18 digits (written from their long) and of 19 (written from their text), either sign, any scale. */
    @Example
    void decimalsAtTheEdgeOfTheirLong() {
        for (long u : new long[] {999_999_999_999_999_999L, -999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
            -1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, 5, -5, 0}) {
            for (int scale : new int[] {0, 1, 2, 17, 18, 19, 20}) {
                java.math.BigDecimal v = java.math.BigDecimal.valueOf(u, scale);
                ByteSink b = new ByteSink(1);
                b.number(v);
                assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII)).as("%d at scale %d", u, scale)
                        .isEqualTo(v.toPlainString());
            }
        }
    }

    /**
     * Decimals of up to 15 digits are read through their double, exactly; from 16 digits through a
     * BigDecimal: every scale, either sign, the largest and smallest of each length, and the odd
     * digits of a double's rounding.
     */
    @Example
    void decimalsAtTheEdgeOfTheirDouble() {
        List<Long> values = new java.util.ArrayList<>();
        for (long u : new long[] {999_999_999_999_999L, 1_000_000_000_000_000L, 100_000_000_000_000L, 123_456_789_012_345L,
            900_719_925_474_099L, 9_007_199_254_740_993L, 4_503_599_627_370_497L, 1, 5, 9407, 995, 1005, 100_000}) {
            values.add(u);
            values.add(-u);
            values.add(u - 1);
            values.add(u + 1);
        }
        for (long u : values) {
            for (int scale = 1; scale <= 18; scale++) {
                java.math.BigDecimal v = java.math.BigDecimal.valueOf(u, scale);
                ByteSink b = new ByteSink(1);
                b.number(v);
                assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII)).as("%d at scale %d", u, scale)
                        .isEqualTo(v.toPlainString());
            }
        }
    }

    /** Decimals are written as toPlainString writes them: scores, zeros, tiny and huge values, any scale. */
    @Property
    void decimalsAsPlainStrings(@ForAll long unscaled, @ForAll @net.jqwik.api.constraints.IntRange(min = -3, max = 22) int scale)
            throws IOException {
        for (java.math.BigDecimal v : List.of(java.math.BigDecimal.valueOf(unscaled, scale), java.math.BigDecimal.valueOf(unscaled % 10_001, 2),
                java.math.BigDecimal.valueOf(unscaled % 100, scale), new java.math.BigDecimal(java.math.BigInteger.valueOf(unscaled).pow(2), scale))) {
            ByteSink b = new ByteSink(1);
            b.startArray();
            b.number(v);
            b.number(v);
            b.endArray();
            assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("[" + v.toPlainString() + "," + v.toPlainString() + "]");
        }
    }

    @Property
    void writesTheGeneratorsBytes(@ForAll("lists") List<String> texts, @ForAll long number) throws IOException {
        assertThat(new String(byBytes(texts, number), StandardCharsets.UTF_8))
                .isEqualTo(new String(byGenerator(texts, number), StandardCharsets.UTF_8));
        assertThat(byBytes(texts, number)).isEqualTo(byGenerator(texts, number));
    }

    @Provide
    Arbitrary<List<String>> lists() {
        return texts().list().ofMaxSize(6);
    }

    @Example
    void surrogatesAreEscapedOneByOnePairedOrNot() throws IOException {
        for (String s : List.of("a\ud83d", "\ude00b", "\ud83d\ud83d", "x\ud83d\ude00")) {
            assertThat(byBytes(List.of(s), 1)).isEqualTo(byGenerator(List.of(s), 1));
        }
        assertThat(new String(byBytes(List.of("x\ud83d\ude00"), 1), StandardCharsets.UTF_8)).contains("\"x\\uD83D\\uDE00\"");
    }
}

package io.github.ita.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.response.OitAnswer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The packed OIT answers of an agency give back exactly what they were given, whatever the text. */
class OitSheetTest {

    @Property
    void everyAnswerComesBackEqual(@ForAll("answers") List<OitAnswer> answers, @ForAll long seed) {
        // items answered in a shuffled order, some left out (null)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(seed));
        OitSheet sheet = new OitSheet(answers.size());
        for (int i : order) {
            if (answers.get(i) != null) {
                sheet.put(i, answers.get(i));
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            assertThat(sheet.has(i)).isEqualTo(answers.get(i) != null);
            assertThat(sheet.get(i)).isEqualTo(answers.get(i));
        }
    }

    @Provide
    Arbitrary<List<OitAnswer>> answers() {
        // ASCII (packed), any text (kept whole: Thai, lone surrogates), the empty string, null, and lengths
        // around the two-byte limit of a packed text
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(80),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("ก่า").ofMaxLength(5),
                Arbitraries.of(65533, 65534, 65535, 70000).map("x"::repeat),
                Arbitraries.just(""));
        Arbitrary<String> maybe = Arbitraries.oneOf(text, Arbitraries.just(null));
        Arbitrary<List<String>> components = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.strings().alpha().ofLength(3).list().ofMaxSize(3));
        Arbitrary<OitAnswer> answer = Combinators.combine(Arbitraries.of(true, false), maybe, maybe, components)
                .as(OitAnswer::new);
        return Arbitraries.oneOf(answer, Arbitraries.just(null)).list().ofMaxSize(45);
    }

    @Example
    void asciiIsPackedOtherTextAndComponentsAreKeptAsGiven() {
        OitSheet sheet = new OitSheet(4);
        OitAnswer url = OitAnswer.published("https://www.example-00001.go.th/ita/o1");
        OitAnswer thai = new OitAnswer(false, null, "อยู่ระหว่างจัดทำ", null);
        OitAnswer assessed = url.withComponents(List.of("o1.1"));
        sheet.put(0, url);
        sheet.put(1, thai);
        sheet.put(3, assessed);
        assertThat(sheet.get(0)).isEqualTo(url).isNotSameAs(url);   // rebuilt from its packed bytes
        assertThat(sheet.get(1)).isSameAs(thai);
        assertThat(sheet.get(2)).isNull();
        assertThat(sheet.get(3)).isSameAs(assessed);
    }

    @Example
    void anAnswerWhoseNoteIsNotAsciiGivesUpTheUrlItPackedFirst() {
        // the URL is packed before the note is found to be Thai: the answer is then kept whole, and the
        // answers packed after it read back as given
        OitSheet sheet = new OitSheet(3);
        OitAnswer mixed = new OitAnswer(true, "https://www.example.go.th/ita/o1", "อยู่ระหว่างจัดทำ", null);
        OitAnswer next = new OitAnswer(false, "https://www.example.go.th/ita/o2", "pending", null);
        sheet.put(0, mixed);
        sheet.put(1, next);
        sheet.put(2, OitAnswer.published("x"));
        assertThat(sheet.get(0)).isSameAs(mixed);
        assertThat(sheet.get(1)).isEqualTo(next).isNotSameAs(next);
        assertThat(sheet.get(2)).isEqualTo(OitAnswer.published("x"));
    }
}

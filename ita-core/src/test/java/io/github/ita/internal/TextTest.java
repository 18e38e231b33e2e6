package io.github.ita.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import org.junit.jupiter.api.Test;

/** How values are quoted in messages: short, on one line, and with nothing a reader cannot see. */
class TextTest {

    @Test
    void invisibleCharactersAreWrittenAsEscapes() {
        assertThat(Text.clip("\uFEFFr1")).isEqualTo("\\uFEFFr1");
        assertThat(Text.clip("r\u00001")).isEqualTo("r\\u00001");
        assertThat(Text.clip("a\u202Eb")).isEqualTo("a\\u202Eb");
        assertThat(Text.clip("a\u00A0b\u200Bc")).isEqualTo("a\\u00A0b\\u200Bc");
        assertThat(Text.clip("a\nb")).isEqualTo("a\\u000Ab");
    }

    @Test
    void aSpaceThatBeginsOrEndsAValueIsVisible() {
        assertThat(Text.clip("r1 ")).isEqualTo("r1\\u0020");
        assertThat(Text.clip(" r1")).isEqualTo("\\u0020r1");
        assertThat(Text.clip("อบต. ด่าน")).isEqualTo("อบต. ด่าน");
    }

    @Test
    void charactersBeyondTheBmpAreKeptWholeButLoneSurrogatesAreShown() {
        assertThat(Text.clip("ok😀")).isEqualTo("ok😀");
        assertThat(Text.clip("a\uD800b")).isEqualTo("a\\uD800b");
    }

    @Test
    void longValuesAreCutAfterSixtyCharacters() {
        String clipped = Text.clip("9".repeat(100_000));
        assertThat(clipped).isEqualTo("9".repeat(60) + "…");
        assertThat(Text.clip("9".repeat(60))).isEqualTo("9".repeat(60));
    }

    @Test
    void exceptionMessagesShowInvisibleCharactersToo() {
        MalformedInputException e = new MalformedInputException(Location.file("a\u0000.csv"), "bad\u202E thing\non two lines");
        assertThat(e.getMessage()).isEqualTo("a\\u0000.csv: bad\\u202E thing\\u000Aon two lines");
        assertThat(new MalformedInputException(Location.NONE, "emoji 😀 stays").getMessage()).isEqualTo("emoji 😀 stays");
    }

    @Test
    void escapesCountTowardsTheCut() {
        String clipped = Text.clip("zz" + "\u202E".repeat(5000));
        assertThat(clipped).startsWith("zz\\u202E").endsWith("…");
        assertThat(clipped.length()).isLessThanOrEqualTo(Text.CLIP + 6);
    }

    @Test
    void fileNamesInALocationAreShownWithEveryCharacterVisible() {
        assertThat(Location.file("s.json ").toString()).isEqualTo("s.json\\u0020");
        assertThat(Location.file("o\uFFFD.json").toString()).isEqualTo("o\\uFFFD.json");
        assertThat(Location.file("/data/" + "d".repeat(300) + "/iit.csv").toString()).startsWith("…").endsWith("d/iit.csv").hasSize(160);
    }
}

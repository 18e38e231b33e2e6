package io.github.ita;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where a problem is, and how a message shows it. */
class LocationTest {

    @Test
    void showsThePartsItHasInOrder() {
        assertThat(new Location("responses.json", 12, 7, "iit[3].answers.i7", "r4", "i7"))
                .hasToString("responses.json:12:7: iit[3].answers.i7: respondent r4");
        assertThat(new Location("responses.json", 12, 7, "iit[3].respondent", "r4", "i7"))
                .hasToString("responses.json:12:7: iit[3].respondent: respondent r4: question i7");
        assertThat(new Location("a.csv", 3, 0, null, null, null)).hasToString("a.csv:3");
        assertThat(new Location(null, 3, 9, null, null, null)).hasToString("<input>:3:9");
        assertThat(new Location("a.csv", 0, 9, null, null, null)).as("a column without a line is not shown").hasToString("a.csv");
        assertThat(Location.file("e.json")).hasToString("e.json");
        assertThat(Location.question("o12")).hasToString("question o12");
        assertThat(Location.answer("r1", "i7")).hasToString("respondent r1: question i7");
        assertThat(Location.answer("r1", null)).hasToString("respondent r1");
        assertThat(Location.NONE).hasToString("");
    }

    @Test
    void showsWhatAReaderCouldNotSeeAndClipsLongIds() {
        assertThat(Location.answer(" r\u00001", null)).hasToString("respondent \\u0020r\\u00001");
        assertThat(Location.question("q".repeat(70))).hasToString("question " + "q".repeat(60) + "…");
        assertThat(Location.file("a\nb.json")).hasToString("a\\u000Ab.json");
    }

    @Test
    void showsAVeryLongFileNameByItsEnd() {
        String dir = "d/".repeat(100);
        String shown = Location.file(dir + "responses.json").toString();
        assertThat(shown).hasSize(160).startsWith("…").endsWith("d/d/responses.json");
        assertThat(Location.file("d/".repeat(73) + "x.json").toString()).as("160 characters are shown whole")
                .hasSize(152).doesNotStartWith("…");
    }

    @Test
    void knowsWhenItIsEmpty() {
        assertThat(Location.NONE.isEmpty()).isTrue();
        assertThat(new Location(null, 0, 5, null, null, null).isEmpty()).as("a column alone is no place").isTrue();
        assertThat(Location.file("x").isEmpty()).isFalse();
        assertThat(Location.answer("r", null).isEmpty()).isFalse();
        assertThat(Location.question("q").isEmpty()).isFalse();
        assertThat(new Location(null, 2, 0, null, null, null).isEmpty()).isFalse();
        assertThat(new Location(null, 0, 0, "f", null, null).isEmpty()).isFalse();
    }

    @Test
    void copiesWithARespondentOrAQuestion() {
        Location at = new Location("in.json", 4, 2, "iit[0]", null, null);
        assertThat(at.withRespondent("r9")).isEqualTo(new Location("in.json", 4, 2, "iit[0]", "r9", null));
        assertThat(at.withQuestion("i3")).isEqualTo(new Location("in.json", 4, 2, "iit[0]", null, "i3"));
        assertThat(at.withRespondent("r9").withQuestion("i3").withRespondent(null))
                .isEqualTo(new Location("in.json", 4, 2, "iit[0]", null, "i3"));
        assertThat(at).as("unchanged").isEqualTo(new Location("in.json", 4, 2, "iit[0]", null, null));
    }

    @Test
    void withinFillsOnlyTheMissingParts() {
        Location deep = Location.answer("r4", "i7");
        Location reader = new Location("responses.json", 12, 7, "iit[3]", "r0", "i0");
        assertThat(deep.within(reader)).isEqualTo(new Location("responses.json", 12, 7, "iit[3]", "r4", "i7"));
        assertThat(Location.NONE.within(reader)).isEqualTo(reader);
        assertThat(reader.within(Location.NONE)).isEqualTo(reader);
        // a line and its column go together: an inner line keeps its own column, even 0
        assertThat(new Location(null, 5, 0, null, null, null).within(reader))
                .isEqualTo(new Location("responses.json", 5, 0, "iit[3]", "r0", "i0"));
        assertThat(new Location("own.json", 0, 0, null, null, null).within(reader))
                .isEqualTo(new Location("own.json", 12, 7, "iit[3]", "r0", "i0"));
        assertThatThrownBy(() -> deep.within(null)).isInstanceOf(NullPointerException.class);
    }
}

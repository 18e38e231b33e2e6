package io.github.ita.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidEditionException;
import io.github.ita.ItaException;
import io.github.ita.MalformedInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionsTest {

    @Test
    void bundledEditionsLoadWithTheirStructure() {
        for (Edition e : Editions.bundled()) {
            assertThat(e.tools()).extracting(Tool::id).containsExactly("IIT", "EIT", "OIT");
            assertThat(e.tools()).extracting(t -> t.weight().intValue()).containsExactly(30, 30, 40);
            assertThat(e.passMark()).isEqualByComparingTo("85");
            assertThat(e.tools().stream().flatMap(t -> t.indicators().stream()).map(Indicator::id))
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            assertThat(e.findIndicator("9").orElseThrow().subIndicators()).extracting(SubIndicator::id)
                    .containsExactly("9.1", "9.2", "9.3", "9.4", "9.5");
            assertThat(e.findIndicator("10").orElseThrow().subIndicators()).extracting(SubIndicator::id)
                    .containsExactly("10.1", "10.2");
            // i1–i30 in five indicators of six (seed 001), e1–e15 in three of five, o1–o43
            assertThat(e.indicatorOf("i4").orElseThrow().id()).isEqualTo("1");
            assertThat(e.indicatorOf("i20").orElseThrow().id()).isEqualTo("4");
            assertThat(e.indicatorOf("i24").orElseThrow().id()).isEqualTo("4");
            assertThat(e.indicatorOf("e4").orElseThrow().id()).isEqualTo("6");
            assertThat(e.indicatorOf("e10").orElseThrow().id()).isEqualTo("7");
            assertThat(e.questions().stream().filter(Question::isChecklistItem)).hasSize(43);
            assertThat(e.source()).isNotBlank();
        }
        assertThat(Editions.bundled("ita-2565").presentation()).isEqualTo(Presentation.RATING);
        assertThat(Editions.bundled("ita-2565").ratingsSource()).isEqualTo("seed 001");
        assertThat(Editions.bundled("ita-2568").source()).isEqualTo("seed 002");
        assertThat(Editions.bundled("ita-2568").passMarkSource()).startsWith("seed 001");
        assertThat(Editions.bundled("ita-2568").ratingsSource()).startsWith("seed 001");
        assertThat(Editions.bundled("ita-2568").presentation()).isEqualTo(Presentation.PASS_FAIL);
        assertThat(Editions.bundled("ita-2565").indicatorOf("o11").orElseThrow().id()).isEqualTo("9");
        assertThat(Editions.bundled("ita-2565").indicatorOf("o24").orElseThrow().id()).isEqualTo("9");
    }

    @Test
    void negativeQuestionsMirrorTheirScale() {
        Edition e = Editions.bundled("ita-2565");
        assertThat(e.question("i1").options()).extracting(o -> o.points().intValue()).containsExactly(0, 50, 85, 100);
        assertThat(e.question("i5").polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(e.question("i5").options()).extracting(o -> o.points().intValue()).containsExactly(100, 85, 50, 0);
        assertThat(e.question("e5").options()).extracting(AnswerOption::code, o -> o.points().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("yes", 0), org.assertj.core.groups.Tuple.tuple("no", 100));
    }

    @Test
    void ratingsFollowTheBands() {
        RatingScheme s = Editions.bundled("ita-2565").ratingScheme();
        assertThat(s.rate(new BigDecimal("95"))).isEqualTo(Rating.AA);
        assertThat(s.rate(new BigDecimal("94.99"))).isEqualTo(Rating.A);
        assertThat(s.rate(new BigDecimal("94.995"))).isEqualTo(Rating.AA);
        assertThat(s.rate(new BigDecimal("83.67"))).isEqualTo(Rating.B);
        assertThat(s.rate(new BigDecimal("84.994"))).isEqualTo(Rating.B);
        assertThat(s.rate(new BigDecimal("50"))).isEqualTo(Rating.E);
        assertThat(s.rate(new BigDecimal("49.99"))).isEqualTo(Rating.F);
        assertThat(s.rate(BigDecimal.ZERO)).isEqualTo(Rating.F);
        assertThat(s.rate(new BigDecimal("100"))).isEqualTo(Rating.AA);
    }

    @Test
    void aSummaryReadTokenByTokenIsTheOneOfTheEditionReadWhole() throws IOException {
        assertThat(Editions.bundledSummaries()).containsExactly(
                new EditionSummary("ita-2565", 2565, Presentation.RATING, 90),
                new EditionSummary("ita-2568", 2568, Presentation.PASS_FAIL, 90));
        for (String id : Editions.bundledIds()) {
            assertThat(summaryOf(bundledText(id))).isEqualTo(Editions.bundled(id).summary());
        }
        // a question before i1 (an indicator's), an item before o1 (a sub-indicator's), texts with brackets and quotes
        String more = bundledText("ita-2565")
                .replaceFirst("\\{\\s*\"id\": \"i1\",", "{\"id\": \"i0b\", \"th\": \"ข้อ ] [ } {\\\\\\\"\", \"scale\": \"level4\"}, {\"id\": \"i1\",")
                .replaceFirst("\\{\\s*\"id\": \"o1\",", "{\"id\": \"o0b\", \"th\": \"{[\\\\\\\"questions\\\\\\\": []]}\"}, {\"id\": \"o1\",")
                .replace("\"presentation\": \"rating\"", "\"presentation\": \"pass-fail\"");
        Edition whole = Editions.read(new ByteArrayInputStream(more.getBytes(StandardCharsets.UTF_8)), "more.json");
        assertThat(whole.questions()).hasSize(92);
        assertThat(summaryOf(more)).isEqualTo(whole.summary())
                .isEqualTo(new EditionSummary("ita-2565", 2565, Presentation.PASS_FAIL, 92));
        // not the shape of an edition: no summary, and the bundled ones would be read whole instead
        assertThat(summaryOf("[]")).isNull();
        assertThat(summaryOf("{\"id\": \"x\", \"fiscalYear\": 2565, \"tools\": []}")).isNull();
        assertThat(summaryOf("{\"id\": \"x\", \"fiscalYear\": 2565, \"presentation\": \"stars\", \"tools\": []}")).isNull();
        assertThat(summaryOf("{\"id\": \"x\", \"fiscalYear\": 2565, \"presentation\": \"rating\", \"tools\": {}}")).isNull();
        assertThat(summaryOf("{\"id\": \"x\", \"fiscalYear\": 2565, \"presentation\": \"rating\", \"tools\": [[]]}")).isNull();
        assertThat(summaryOf("{\"id\": \"x\", \"fiscalYear\": 2565, \"presentation\": \"rating\", \"tools\": []}"))
                .isEqualTo(new EditionSummary("x", 2565, Presentation.RATING, 0));
    }

    private static EditionSummary summaryOf(String json) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = io.github.ita.internal.Json.parser(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            return EditionReader.summary(p);
        }
    }

    // ---- validation of user edition files --------------------------------------------------------

    private static String bundledText(String id) throws IOException {
        try (InputStream in = Edition.class.getResourceAsStream(id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ItaException loadBroken(UnaryOperator<String> change) throws IOException {
        String text = change.apply(bundledText("ita-2565"));
        try {
            Editions.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "my-edition.json");
        } catch (ItaException e) {
            return e;
        }
        throw new AssertionError("the broken edition loaded");
    }

    @Test
    void aUserEditionFileLoads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my.json");
        Files.writeString(file, bundledText("ita-2565").replace("\"id\": \"ita-2565\"", "\"id\": \"my-2565\""));
        Edition mine = Editions.read(file);
        assertThat(mine.id()).isEqualTo("my-2565");
        assertThat(mine.questions()).hasSameSizeAs(Editions.bundled("ita-2565").questions());
    }

    @Test
    void weightsMustSumTo100() throws IOException {
        ItaException e = loadBroken(s -> s.replace("\"weight\": 40", "\"weight\": 45"));
        assertThat(e).isInstanceOf(InvalidEditionException.class).hasMessageContaining("my-edition.json:")
                .hasMessageContaining("weights sum to 105, not 100");
    }

    @Test
    void idsMustBeUnique() throws IOException {
        ItaException e = loadBroken(s -> s.replace("\"id\": \"i2\"", "\"id\": \"i1\""));
        assertThat(e).isInstanceOf(DuplicateIdException.class).hasMessageContaining("id i1 is used twice");
        assertThat(e.location().file()).isEqualTo("my-edition.json");
        assertThat(e.location().line()).isPositive();
        assertThat(e.location().question()).isEqualTo("i1");
    }

    @Test
    void pointsMustBeWithin0To100() throws IOException {
        ItaException e = loadBroken(s -> s.replaceFirst("\"points\": 100", "\"points\": 101"));
        assertThat(e).isInstanceOf(InvalidEditionException.class).hasMessageContaining("points of option")
                .hasMessageContaining("must be from 0 to 100, not 101");
    }

    @Test
    void bandsMustCoverTheRangeOnce() throws IOException {
        ItaException gap = loadBroken(s -> s.replace("\"max\": 84.99", "\"max\": 84.90"));
        assertThat(gap).isInstanceOf(InvalidEditionException.class).hasMessageContaining("gap in the rating bands");
        ItaException overlap = loadBroken(s -> s.replace("\"max\": 84.99", "\"max\": 85.50"));
        assertThat(overlap).isInstanceOf(InvalidEditionException.class).hasMessageContaining("overlap in the rating bands");
        ItaException twice = loadBroken(s -> s.replace("\"rating\": \"E\"", "\"rating\": \"D\""));
        assertThat(twice).isInstanceOf(InvalidEditionException.class).hasMessageContaining("rating D has two bands");
    }

    @Test
    void unknownScaleAndUnknownField() throws IOException {
        ItaException scale = loadBroken(s -> s.replaceFirst("\"scale\": \"level4\"", "\"scale\": \"level5\""));
        assertThat(scale).isInstanceOf(InvalidEditionException.class).hasMessageContaining("unknown scale \"level5\"");
        ItaException field = loadBroken(s -> s.replaceFirst("\"passMark\"", "\"passmark\""));
        assertThat(field).isInstanceOf(MalformedInputException.class).hasMessageContaining("unknown field \"passmark\"");
    }

    @Test
    void emptyIndicator() throws IOException {
        String empty = "{\"id\": \"x\", \"th\": \"ว่าง\", \"questions\": []}";
        ItaException e = loadBroken(s -> s.replaceFirst("\\{\\s*\"id\": \"1\",", empty + ", {\"id\": \"1\","));
        assertThat(e).isInstanceOf(InvalidEditionException.class).hasMessageContaining("indicator x has no scored question");
    }

    @Test
    void malformedJson() throws IOException {
        ItaException e = loadBroken(s -> s.substring(0, s.length() / 2));
        assertThat(e).isInstanceOf(MalformedInputException.class).hasMessageStartingWith("my-edition.json:")
                .hasMessageContaining("malformed JSON");
    }
}

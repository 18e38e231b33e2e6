package io.github.ita.scoring;

import static io.github.ita.Fixtures.bestAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.ConflictingScoresException;
import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.ItaException;
import io.github.ita.MissingAnswerException;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.response.ScoreSheet;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input through the API: each kind is its own exception, naming the respondent and question. */
class BadInputTest {

    private final Edition e = Editions.bundled("ita-2565");
    private final Scorer scorer = Scorer.of(e);
    private final Agency agency = new Agency("a", "");

    private Result iit(Respondent... respondents) {
        return scorer.score(AgencyResponses.builder(agency).iit(respondents).build());
    }

    @Test
    void unknownEdition() {
        assertThatThrownBy(() -> Editions.bundled("ita-2599")).isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("ita-2599").hasMessageContaining("ita-2565, ita-2568");
    }

    @Test
    void optionIndexesOutOfRangeOrMissing() {
        Columns columns = scorer.columns("IIT", List.of("i1", "i2"));
        assertThat(columns.options(0)).extracting(o -> o.code()).containsExactly("1", "2", "3", "4");
        Tally tally = scorer.newTally();
        assertThatThrownBy(() -> tally.add(columns, "r1", new int[] {0, 4})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option 4 of column 1 (i2): the question has 4 options");
        assertThatThrownBy(() -> tally.add(columns, "r1", new int[] {0})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 options for 2 columns");
        // i3 has no column: with missing answers an error, the respondent is refused, not counted
        assertThatThrownBy(() -> tally.add(columns, "r1", new int[] {3, -1})).isInstanceOf(MissingAnswerException.class)
                .hasMessageStartingWith("respondent r1: question i2: no answer to i2");
        assertThat(tally.respondents("IIT")).isZero();
        assertThatThrownBy(() -> columns.options(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void unknownQuestion() {
        assertThatThrownBy(() -> iit(Respondent.of("r1", bestAnswers(e, "IIT", Map.of("i99", "4")))))
                .isInstanceOf(UnknownIdException.class)
                .hasMessage("respondent r1: question i99: edition ita-2565 has no question i99");
    }

    @Test
    void questionOfAnotherTool() {
        assertThatThrownBy(() -> iit(Respondent.of("r1", bestAnswers(e, "IIT", Map.of("e1", "4")))))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("e1 belongs to EIT, not to IIT");
    }

    @Test
    void answerThatIsNotAnOption() {
        assertThatThrownBy(() -> iit(Respondent.of("r7", bestAnswers(e, "IIT", Map.of("i7", "5")))))
                .isInstanceOf(InvalidAnswerException.class)
                .satisfies(x -> {
                    ItaException ex = (ItaException) x;
                    assertThat(ex.location().respondent()).isEqualTo("r7");
                    assertThat(ex.location().question()).isEqualTo("i7");
                })
                .hasMessageContaining("answer \"5\" is not an option of i7 (1, 2, 3, 4)");
    }

    @Test
    void questionWithSubItemsAnsweredAsAWhole() {
        assertThatThrownBy(() -> iit(Respondent.of("r1", bestAnswers(e, "IIT", Map.of("i27", "yes")))))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("answered by its sub-items i27a, i27b, i27c");
    }

    @Test
    void missingAnswerIsAnErrorByDefault() {
        Map<String, String> answers = new HashMap<>(bestAnswers(e, "IIT", Map.of()));
        answers.remove("i13");
        answers.remove("i27b");
        assertThatThrownBy(() -> iit(Respondent.of("r3", answers)))
                .isInstanceOf(MissingAnswerException.class)
                .hasMessage("respondent r3: question i13: no answer to i13 (2 unanswered: i13, i27b)");
    }

    @Test
    void anInformationalQuestionMayBeLeftUnanswered() {
        assertThat(iit(Respondent.of("r1", bestAnswers(e, "IIT", Map.of()))).tool("IIT").score()).isPresent();
    }

    @Test
    void duplicateRespondentIds() {
        Respondent r = Respondent.of("r1", bestAnswers(e, "IIT", Map.of()));
        assertThatThrownBy(() -> AgencyResponses.builder(agency).iit(r, r).build())
                .isInstanceOf(DuplicateIdException.class).hasMessageContaining("respondent id r1 appears twice");
    }

    @Test
    void aFailedAddLeavesTheTallyUnchanged() {
        Tally t = scorer.newTally();
        t.add("IIT", Respondent.of("r1", bestAnswers(e, "IIT", Map.of())));
        assertThatThrownBy(() -> t.add("IIT", Respondent.of("r2", bestAnswers(e, "IIT", Map.of("i30", "x")))))
                .isInstanceOf(InvalidAnswerException.class);
        assertThat(t.respondents("IIT")).isEqualTo(1);
        assertThat(scorer.score(agency, t, Map.of()).node("i1").respondents()).hasValue(1);
    }

    @Test
    void unknownOitItemAndComponent() {
        assertThatThrownBy(() -> scorer.score(AgencyResponses.builder(agency).oit("o99", OitAnswer.notPublished()).build()))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("no OIT item o99");
        assertThatThrownBy(() -> scorer.score(AgencyResponses.builder(agency)
                .oit("o24", OitAnswer.published("https://x").withComponents(List.of("o24.9"))).build()))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("item o24 has no component o24.9");
        assertThatThrownBy(() -> scorer.score(AgencyResponses.builder(agency)
                .oit("o24", OitAnswer.published("https://x").withComponents(List.of("o24.1", "o24.3", "o24.1"))).build()))
                .isInstanceOf(io.github.ita.DuplicateIdException.class).hasMessageContaining("question o24: component o24.1 is given twice");
    }

    @Test
    void missingOitItemIsAnErrorByDefault() {
        assertThatThrownBy(() -> scorer.score(AgencyResponses.builder(agency).oit("o1", OitAnswer.notPublished()).build()))
                .isInstanceOf(MissingAnswerException.class).hasMessageContaining("OIT item o2 is not in the checklist");
    }

    private static ScoreSheet sheet(Map<String, BigDecimal> scores) {
        return new ScoreSheet("ita-2565", new Agency("a", ""), scores);
    }

    @Test
    void scoreOutsideTheRange() {
        assertThatThrownBy(() -> scorer.audit(sheet(Map.of("1", new BigDecimal("100.01")))))
                .isInstanceOf(InvalidAnswerException.class).hasMessage("question 1: score 100.01 of 1 is outside 0–100");
        assertThatThrownBy(() -> scorer.audit(sheet(Map.of("1", new BigDecimal("-1")))))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void nodeGivenWithItsDescendant() {
        assertThatThrownBy(() -> scorer.audit(sheet(Map.of("9", new BigDecimal("90"), "o12", BigDecimal.ZERO))))
                .isInstanceOf(ConflictingScoresException.class).hasMessageContaining("gives both 9 and o12");
    }

    @Test
    void unknownNodeInASheet() {
        assertThatThrownBy(() -> scorer.audit(sheet(Map.of("11", BigDecimal.TEN))))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("has no tool, indicator, sub-indicator or question 11");
    }

    @Test
    void partOfAToolWithoutAScore() {
        assertThatThrownBy(() -> scorer.audit(sheet(Map.of("1", BigDecimal.TEN, "2", BigDecimal.TEN))))
                .isInstanceOf(MissingAnswerException.class).hasMessageContaining("no score for 3 (part of IIT)");
    }

    @Test
    void editionMismatch() {
        ScoreSheet other = new ScoreSheet("ita-2568", agency, Map.of("1", BigDecimal.TEN));
        assertThatThrownBy(() -> scorer.audit(other)).isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("for edition ita-2568 but is scored with edition ita-2565");
    }

    @Test
    void toolScoresAloneAreEnoughForATotal() {
        Result r = scorer.audit(sheet(Map.of("IIT", new BigDecimal("78.35"), "EIT", new BigDecimal("70.78"),
                "OIT", new BigDecimal("97.32"))));
        assertThat(r.total().orElseThrow().exact()).isEqualTo("83.667");
    }
}

package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.MissingAnswerException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Label;
import io.github.ita.edition.Question;
import io.github.ita.edition.Rating;
import io.github.ita.edition.Tool;
import io.github.ita.response.OitAnswer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of docs/method.md one by one, on {@link Method} alone: no tally, no result tree. */
class MethodTest {

    private static final Edition ITA_2568 = Editions.bundled("ita-2568");
    private static final Label NO_LABEL = ITA_2568.tools().get(0).label();

    private static Method method(RoundingPolicy rounding, MissingAnswers missing) {
        return new Method(ITA_2568, new ScoringOptions(rounding, missing));
    }

    private static ResultNode.Draft node(Level level, String id, String value, ResultNode.Draft... children) {
        ResultNode.Draft d = new ResultNode.Draft(level, id, NO_LABEL);
        d.value = value == null ? null : Rational.of(new BigDecimal(value));
        d.children.addAll(List.of(children));
        return d;
    }

    @Test
    void aQuestionIsTheMeanOfItsRespondentsPoints() {
        // 4 respondents on a four-level scale worth 0, 33.33, 66.67, 100 (scaled by 100): one 0, two 66.67, one 100
        long[] counters = {9, 1, 0, 2, 1};
        long[] points = {0, 0, 3333, 6667, 10000};
        Rational q = Method.questionScore("IIT", "i1", counters, points, 1, 4, 100);
        assertThat(q).isEqualTo(Rational.of(new BigDecimal("58.335")));
    }

    @Test
    void aQuestionNobodyAnsweredCannotBeScored() {
        assertThatThrownBy(() -> Method.questionScore("EIT", "e3", new long[] {0, 0}, new long[] {100, 0}, 0, 2, 1))
                .isInstanceOf(MissingAnswerException.class)
                .hasMessageContaining("no EIT respondent answered e3");
    }

    @Test
    void anOitItemIsPublishedOnlyWithEveryRequiredComponent() {
        Tool oit = ITA_2568.tool("OIT");
        Question o1 = ITA_2568.findQuestion("o1").orElseThrow();
        Method m = method(RoundingPolicy.EXACT, MissingAnswers.ERROR);

        ResultNode.Draft whole = node(Level.QUESTION, "o1", null);
        m.checklistItem(oit, o1, OitAnswer.published(null).withComponents(List.of("o1.1", "o1.2")), whole);
        assertThat(whole.value).isEqualTo(Rational.HUNDRED);
        assertThat(whole.published).isTrue();

        ResultNode.Draft partial = node(Level.QUESTION, "o1", null);
        m.checklistItem(oit, o1, OitAnswer.published(null).withComponents(List.of("o1.1")), partial);
        assertThat(partial.value).isEqualTo(Rational.ZERO);
        assertThat(partial.published).isFalse();
        assertThat(partial.missingComponents).containsExactly("o1.2");

        ResultNode.Draft not = node(Level.QUESTION, "o1", null);
        m.checklistItem(oit, o1, OitAnswer.notPublished(), not);
        assertThat(not.value).isEqualTo(Rational.ZERO);
    }

    @Test
    void aMissingOitItemIsAnErrorOrLeftOut() {
        Tool oit = ITA_2568.tool("OIT");
        Question o1 = ITA_2568.findQuestion("o1").orElseThrow();
        assertThatThrownBy(() -> method(RoundingPolicy.EXACT, MissingAnswers.ERROR)
                .checklistItem(oit, o1, null, node(Level.QUESTION, "o1", null)))
                .isInstanceOf(MissingAnswerException.class).hasMessageContaining("OIT item o1 is not in the checklist");

        ResultNode.Draft left = node(Level.QUESTION, "o1", null);
        method(RoundingPolicy.EXACT, MissingAnswers.EXCLUDE).checklistItem(oit, o1, null, left);
        assertThat(left.left).isTrue();
        assertThat(left.excluded).isEqualTo(1);
        assertThat(left.value).isNull();
    }

    @Test
    void meansAreUnweightedAndSkipInformationalAndLeftOutParts() {
        ResultNode.Draft info = node(Level.QUESTION, "i9", null);
        info.scored = false;
        ResultNode.Draft left = node(Level.QUESTION, "o3", null);
        left.left = true;
        left.excluded = 1;
        ResultNode.Draft sub = node(Level.SUB_INDICATOR, "9.1", null,
                node(Level.QUESTION, "o1", "100"), node(Level.QUESTION, "o2", "0"), left);
        ResultNode.Draft indicator = node(Level.INDICATOR, "9", null, sub, node(Level.SUB_INDICATOR, "9.2", null,
                node(Level.QUESTION, "o4", "100")), info);
        method(RoundingPolicy.EXACT, MissingAnswers.EXCLUDE).rollUp(indicator);
        assertThat(sub.value).isEqualTo(Rational.of(50));
        assertThat(indicator.value).isEqualTo(Rational.of(75));   // (50 + 100) / 2, i9 not counted
        assertThat(indicator.excluded).isEqualTo(1);
    }

    @Test
    void eachLevelRoundsBeforeTheNextLevelAverages() {
        // 84.995 and 85.004: exactly 84.9995 (shown 85.00); rounded first, 85.00 and 85.00
        ResultNode.Draft exact = node(Level.INDICATOR, "1", null, node(Level.QUESTION, "i1", "84.995"), node(Level.QUESTION, "i2", "85.004"));
        ResultNode.Draft each = node(Level.INDICATOR, "1", null, node(Level.QUESTION, "i1", "84.995"), node(Level.QUESTION, "i2", "85.004"));
        method(RoundingPolicy.EXACT, MissingAnswers.ERROR).rollUp(exact);
        method(RoundingPolicy.EACH_LEVEL, MissingAnswers.ERROR).rollUp(each);
        assertThat(exact.value).isEqualTo(Rational.of(new BigDecimal("84.9995")));
        assertThat(each.value).isEqualTo(Rational.of(85));
    }

    @Test
    void aGivenNodeKeepsItsNumberAndAPartlyScoredNodeIsRefused() {
        ResultNode.Draft given = node(Level.INDICATOR, "1", "90", node(Level.QUESTION, "i1", "10"));
        given.given = true;
        method(RoundingPolicy.EXACT, MissingAnswers.ERROR).rollUp(given);
        assertThat(given.value).isEqualTo(Rational.of(90));

        ResultNode.Draft partly = node(Level.INDICATOR, "1", null, node(Level.QUESTION, "i1", "10"), node(Level.QUESTION, "i2", null));
        assertThatThrownBy(() -> method(RoundingPolicy.EXACT, MissingAnswers.ERROR).rollUp(partly))
                .isInstanceOf(MissingAnswerException.class).hasMessageContaining("no score for i2 (part of 1), while i1 has one");
    }

    @Test
    void theTotalIsTheWeightedSumOfTheToolsAsInTheWorkedCase() {
        // docs/method.md §5: IIT 78.346, EIT 4247/60, OIT 97.32
        List<ResultNode.Draft> tools = List.of(node(Level.TOOL, "IIT", "78.346"), new ResultNode.Draft(Level.TOOL, "EIT", NO_LABEL),
                node(Level.TOOL, "OIT", "97.32"));
        tools.get(1).value = Rational.of(4247, 60);
        assertThat(method(RoundingPolicy.EXACT, MissingAnswers.ERROR).total(tools).exact()).isEqualTo("83.6668");
        assertThat(method(RoundingPolicy.EACH_LEVEL, MissingAnswers.ERROR).total(tools).exact()).isEqualTo("83.667");

        tools.get(1).value = null;   // a tool with no data: no total
        assertThat(method(RoundingPolicy.EXACT, MissingAnswers.ERROR).total(tools)).isNull();
    }

    @Test
    void aPartWeighsItsParentsWeightOverThePartsInTheMean() {
        Method m = method(RoundingPolicy.EXACT, MissingAnswers.ERROR);
        Rational oit = m.toolShare(2);
        assertThat(oit).isEqualTo(Rational.of(2, 5));
        // an OIT item in a sub-indicator of two items, in an indicator of two sub-indicators, in OIT's two indicators
        Rational item = Method.partWeight(Method.partWeight(Method.partWeight(oit, 2), 2), 2);
        assertThat(item).isEqualTo(Rational.of(1, 20));
        assertThat(Method.worth(Weight.of(item), Score.of("60")).exact()).isEqualTo("2");
    }

    @Test
    void theRatingAndThePassMarkLookAtTheShownScore() {
        assertThat(Method.passes(Score.of("84.995"), ITA_2568.passMark())).isTrue();
        assertThat(Method.passes(Score.of("84.994"), ITA_2568.passMark())).isFalse();
        assertThat(Method.rating(ITA_2568, Score.of("83.6668"))).isEqualTo(Rating.B);
        assertThat(Method.rating(ITA_2568, Score.of("94.995"))).isEqualTo(Rating.AA);
    }
}

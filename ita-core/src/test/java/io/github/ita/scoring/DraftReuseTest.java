package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Label;
import io.github.ita.edition.Question;
import io.github.ita.response.Agency;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A thread fills the same draft trees again for every agency it scores from answers: nothing of one
 * agency may reach the next.
 */
class DraftReuseTest {

    /** Every field a result's computation sets goes back to what a new draft holds (a field added later is caught here). */
    @Test
    void clearingADraftLeavesNothingOfItsValues() throws IllegalAccessException {
        ResultNode.Draft fresh = new ResultNode.Draft(Level.QUESTION, "q", new Label("ก", "q"));
        ResultNode.Draft used = new ResultNode.Draft(Level.QUESTION, "q", new Label("ก", "q"));
        ResultNode.Draft child = new ResultNode.Draft(Level.ITEM, "qa", new Label("ก", "qa"));
        used.children.add(child);
        used.scored = false;   // the shape: kept
        int set = 0;
        for (ResultNode.Draft d : List.of(used, child)) {
            for (Field f : ResultNode.Draft.class.getDeclaredFields()) {
                if (Modifier.isFinal(f.getModifiers()) || Modifier.isStatic(f.getModifiers()) || f.getName().equals("scored")) {
                    continue;
                }
                f.setAccessible(true);
                f.set(d, someValue(f.getType()));
                set++;
            }
        }
        assertThat(set).isGreaterThanOrEqualTo(2 * 11);
        used.clear();
        for (Field f : ResultNode.Draft.class.getDeclaredFields()) {
            if (Modifier.isFinal(f.getModifiers()) || Modifier.isStatic(f.getModifiers()) || f.getName().equals("scored")) {
                continue;
            }
            f.setAccessible(true);
            assertThat(f.get(used)).as(f.getName()).isEqualTo(f.get(fresh));
            assertThat(f.get(child)).as("child's " + f.getName()).isEqualTo(f.get(fresh));
        }
        assertThat(used.scored).isFalse();
        assertThat(used.children).containsExactly(child);
    }

    private static Object someValue(Class<?> type) {
        if (type == boolean.class) {
            return true;
        }
        if (type == long.class) {
            return 7L;
        }
        if (type == Rational.class) {
            return Rational.of(BigDecimal.valueOf(42));
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == String.class) {
            return "x";
        }
        if (type == Map.class) {
            return Map.of("1", 3L);
        }
        if (type == List.class) {
            return List.of("o1.1");
        }
        if (type == Spread.class) {
            return new Spread(3, 3, 1.5);
        }
        throw new AssertionError("a draft field of a type this test does not fill: " + type);
    }

    /**
     * One scorer, one thread: agencies scored one after another (an agency whose scoring fails among
     * them) give the results they give each with a scorer of its own.
     */
    @Test
    void agenciesScoredOneAfterAnotherGiveWhatEachGivesAlone() {
        Edition edition = Editions.bundled("ita-2568");
        ScoringOptions exclude = ScoringOptions.DEFAULT.withMissingAnswers(MissingAnswers.EXCLUDE);
        Scorer shared = Scorer.of(edition, exclude);
        List<Question> items = edition.questions().stream().filter(Question::isChecklistItem).toList();
        for (int a = 0; a < 6; a++) {
            Tally tally = Scorer.of(edition, exclude).newTally();
            Map<String, OitAnswer> oit = new HashMap<>();
            for (int k = 0; k < items.size(); k++) {
                if ((k + a) % 5 != 0) {   // some items left out: excluded under this policy
                    oit.put(items.get(k).id(), (k * a) % 3 == 0 ? OitAnswer.published("https://x.go.th/" + a + "/" + k)
                            : new OitAnswer(false, null, "note " + a, null));
                }
            }
            for (int r = 0; r < a; r++) {   // agency 0 has no respondents, the others fewer or more
                Map<String, String> answers = new HashMap<>(io.github.ita.Fixtures.bestAnswers(edition, "IIT", Map.of()));
                String q = "i" + (1 + (r + a) % 20);
                if (r % 2 == 0) {
                    answers.put(q, "1");   // a low answer
                } else {
                    answers.remove(q);     // a missing one
                }
                tally.add("IIT", Respondent.of("r" + r, answers));
            }
            Agency agency = new Agency("a" + a, "");
            Result alone = Scorer.of(edition, exclude).score(agency, copy(tally, edition, exclude), oit);
            assertThat(shared.score(agency, tally, oit)).usingRecursiveComparison()
                    .withComparatorForType(Double::compare, Double.class).isEqualTo(alone);   // NaN spreads equal
            try {
                shared.score(agency, tally, Map.of(items.get(0).id(), OitAnswer.published(null)));
            } catch (io.github.ita.ItaException e) {
                // left half-filled (every item of an indicator left out): the next agency must not see it
            }
        }
    }

    private static Tally copy(Tally tally, Edition edition, ScoringOptions options) {
        Tally t = Scorer.of(edition, options).newTally();
        t.merge(tally);
        return t;
    }
}

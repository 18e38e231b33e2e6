package io.github.ita.analysis;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.Fixtures.checklist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.DuplicateIdException;
import io.github.ita.Fixtures;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.edition.Rating;
import io.github.ita.response.Agency;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.Scorer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three agencies, one group each, scored by hand (ita-2565):
 * <pre>
 * north  every answer best, every OIT item published              IIT 100, EIT 100, OIT 100       total 100.00 AA
 * south  every answer best, o11 and o24 not published               OIT 2725/28 = 97.32 (seed 001)  total 60 + 0.4 × 2725/28 = 1385/14 = 98.93 AA
 * east   every answer worst, every OIT item published              IIT 0, EIT 0, OIT 100           total 40.00 F
 * mean (100 + 98.93 + 40)/3 = 79.64; median 98.93; quartiles 40 + ½ × 58.93 = 69.47 and 98.93 + ½ × 1.07 = 99.47;
 * sample standard deviation 34.34; passing 2 of 3 = 66.67 % against 80 %: not met.
 * </pre>
 */
class BatchTest {

    static final Edition E = Editions.bundled("ita-2565");

    static Map<String, String> worst(String tool) {
        Map<String, String> answers = new HashMap<>();
        for (Map.Entry<String, String> a : bestAnswers(E, tool, Map.of()).entrySet()) {
            Question q = E.findQuestion(a.getKey()).or(() -> E.questionOfItem(a.getKey())).orElseThrow();
            answers.put(a.getKey(), Fixtures.worst(q));
        }
        return answers;
    }

    static BatchTally threeAgencies(BatchScorer batch) {
        BatchTally t = batch.newTally();
        String[][] agencies = {{"north", "อบต.เหนือ"}, {"south", "อบต.ใต้"}, {"east", "อบต.ตะวันออก"}};
        for (String[] a : agencies) {
            t.describe(new Agency(a[0], a[1]), Map.of("group", a[0]));
        }
        for (int r = 1; r <= 3; r++) {
            t.add("north", "IIT", Respondent.of("n" + r, bestAnswers(E, "IIT", Map.of())));
            t.add("north", "EIT", Respondent.of("n" + r, bestAnswers(E, "EIT", Map.of())));
            t.add("south", "IIT", Respondent.of("s" + r, bestAnswers(E, "IIT", Map.of())));
            t.add("south", "EIT", Respondent.of("s" + r, bestAnswers(E, "EIT", Map.of())));
            t.add("east", "IIT", Respondent.of("e" + r, worst("IIT")));
            t.add("east", "EIT", Respondent.of("e" + r, worst("EIT")));
        }
        checklist(E).forEach((item, a) -> t.oit("north", item, a));
        checklist(E, "o11", "o24").forEach((item, a) -> t.oit("south", item, a));
        checklist(E).forEach((item, a) -> t.oit("east", item, a));
        return t;
    }

    @Test
    void everySummaryFigureOfAHandComputedBatch() {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        BatchResult r = batch.score(threeAgencies(batch), BatchOptions.DEFAULT.withGroupBy("group"));

        assertThat(r.results()).extracting(x -> x.agency().id()).containsExactly("east", "north", "south");
        assertThat(r.results()).extracting(x -> x.total().orElseThrow().exact()).containsExactly("40", "100", "1385/14");
        Summary s = r.summary().all();
        assertThat(s.agencies()).isEqualTo(3);
        assertThat(s.withTotal()).isEqualTo(3);
        assertThat(s.mean()).contains(new BigDecimal("79.64"));
        assertThat(s.median()).contains(new BigDecimal("98.93"));
        assertThat(s.q1()).contains(new BigDecimal("69.47"));
        assertThat(s.q3()).contains(new BigDecimal("99.47"));
        assertThat(s.standardDeviation()).contains(new BigDecimal("34.34"));
        assertThat(s.min()).contains(new BigDecimal("40.00"));
        assertThat(s.max()).contains(new BigDecimal("100.00"));
        assertThat(s.ratings()).containsExactly(Map.entry(Rating.AA, 2), Map.entry(Rating.A, 0), Map.entry(Rating.B, 0),
                Map.entry(Rating.C, 0), Map.entry(Rating.D, 0), Map.entry(Rating.E, 0), Map.entry(Rating.F, 1));
        assertThat(s.passing()).isEqualTo(2);
        assertThat(s.passingShare()).contains(new BigDecimal("66.67"));
        assertThat(s.target()).isEqualByComparingTo("80");
        assertThat(s.targetMet()).contains(false);
        assertThat(s.tools()).extracting(Summary.NodeFigures::id, Summary.NodeFigures::mean, Summary.NodeFigures::passing,
                Summary.NodeFigures::share).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IIT", new BigDecimal("66.67"), 2, new BigDecimal("66.67")),
                org.assertj.core.groups.Tuple.tuple("EIT", new BigDecimal("66.67"), 2, new BigDecimal("66.67")),
                org.assertj.core.groups.Tuple.tuple("OIT", new BigDecimal("99.11"), 3, new BigDecimal("100.00")));
        assertThat(s.indicators()).hasSize(10);
        assertThat(s.indicators().get(0).mean()).isEqualByComparingTo("66.67");
        assertThat(s.indicators().get(8).id()).isEqualTo("9");
        assertThat(s.indicators().get(8).mean()).isEqualByComparingTo("98.21");   // (100 + 94.64 + 100)/3
        assertThat(s.indicators().get(8).passing()).isEqualTo(3);
        assertThat(s.lowest()).extracting(Summary.Low::id, Summary.Low::total, Summary.Low::rating).containsExactly(
                org.assertj.core.groups.Tuple.tuple("east", new BigDecimal("40.00"), Rating.F),
                org.assertj.core.groups.Tuple.tuple("south", new BigDecimal("98.93"), Rating.AA),
                org.assertj.core.groups.Tuple.tuple("north", new BigDecimal("100.00"), Rating.AA));

        assertThat(r.summary().groups()).containsOnlyKeys("east", "north", "south");
        Summary east = r.summary().groups().get("east");
        assertThat(east.agencies()).isEqualTo(1);
        assertThat(east.mean()).contains(new BigDecimal("40.00"));
        assertThat(east.passingShare()).contains(new BigDecimal("0.00"));
        assertThat(east.targetMet()).contains(false);
        assertThat(east.standardDeviation()).isEmpty();
        assertThat(r.summary().groups().get("south").targetMet()).contains(true);
        assertThat(r.summary().attributes("south")).containsEntry("group", "south");
    }

    @Test
    void sequentialAndParallelScoringAgree() {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        StringBuilder parallel = new StringBuilder();
        StringBuilder sequential = new StringBuilder();
        batch.score(threeAgencies(batch), BatchOptions.DEFAULT, BatchListener.NONE,
                x -> parallel.append(io.github.ita.io.ResultJson.write(x)));
        batch.sequential().score(threeAgencies(batch), BatchOptions.DEFAULT, BatchListener.NONE,
                x -> sequential.append(io.github.ita.io.ResultJson.write(x)));
        assertThat(parallel.toString()).isEqualTo(sequential.toString()).contains("\"id\" : \"south\"");
    }

    /**
     * Agencies enough for several chunks scored on every core: the results reach the sink in id order, the same as
     * on one thread, with the same summary; the first agency (by id) that cannot be scored is the one named, though
     * a later one fails too and may be scored first, and the sink has had exactly the agencies before it.
     */
    @Test
    void manyChunksReachTheSinkInIdOrderAndTheFirstProblemIsNamed() {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        java.util.function.Function<java.util.Set<Integer>, BatchTally> agencies = failing -> {
            BatchTally t = batch.newTally();
            for (int i = 0; i < 1200; i++) {
                String id = String.format("a%04d", i);
                t.describe(new Agency(id, "อบต. " + i), Map.of("group", "g" + i % 7));
                Map<String, String> iit = i % 3 == 0 ? worst("IIT") : bestAnswers(E, "IIT", Map.of());
                t.add(id, "IIT", Respondent.of("r1", iit));
                t.add(id, "IIT", Respondent.of("r2", bestAnswers(E, "IIT", Map.of())));
                t.add(id, "EIT", Respondent.of("r1", i % 5 == 0 ? worst("EIT") : bestAnswers(E, "EIT", Map.of())));
                if (failing.contains(i)) {
                    t.oit(id, "o1", OitAnswer.notPublished());   // the other items missing: this agency cannot be scored
                } else {
                    checklist(E, i % 2 == 0 ? "o11" : "o24").forEach((item, a) -> t.oit(id, item, a));
                }
            }
            return t;
        };
        List<String> parallel = new java.util.ArrayList<>();
        List<String> sequential = new java.util.ArrayList<>();
        BatchOptions byGroup = BatchOptions.DEFAULT.withGroupBy("group");
        BatchSummary p = batch.score(agencies.apply(java.util.Set.of()), byGroup, BatchListener.NONE,
                x -> parallel.add(new String(io.github.ita.io.ResultJson.compact(x), java.nio.charset.StandardCharsets.UTF_8)));
        BatchSummary s = batch.sequential().score(agencies.apply(java.util.Set.of()), byGroup, BatchListener.NONE,
                x -> sequential.add(new String(io.github.ita.io.ResultJson.compact(x), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(parallel).hasSize(1200);
        assertThat(parallel.equals(sequential)).as("the same results in the same order on every core as on one").isTrue();
        assertThat(parallel.get(1034)).contains("\"id\":\"a1034\"");
        assertThat(p.all().mean()).isEqualTo(s.all().mean()).isPresent();
        assertThat(p.groups().keySet()).containsExactlyElementsOf(s.groups().keySet()).hasSize(7);
        assertThat(p.groups().get("g3").mean()).isEqualTo(s.groups().get("g3").mean());

        List<String> given = new java.util.ArrayList<>();
        assertThatThrownBy(() -> batch.score(agencies.apply(java.util.Set.of(1100, 700)), byGroup, BatchListener.NONE,
                x -> given.add(x.agency().id())))
                .isInstanceOf(io.github.ita.MissingAnswerException.class)
                .hasMessageStartingWith("agency a0700: ");
        assertThat(given).hasSize(700).endsWith("a0699");
    }

    @Test
    void mergedBatchesEqualOneBatch() {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        BatchTally whole = threeAgencies(batch);
        BatchTally a = batch.newTally();
        BatchTally b = batch.newTally();
        for (int r = 1; r <= 3; r++) {
            (r == 2 ? a : b).add("north", "IIT", Respondent.of("n" + r, bestAnswers(E, "IIT", Map.of())));
        }
        assertThat(a.merge(b).rows()).isEqualTo(3);
        assertThat(whole.rows()).isEqualTo(18 + 3 * 43);
        BatchTally c = batch.newTally();
        c.add("north", "IIT", Respondent.of("n2", bestAnswers(E, "IIT", Map.of())));
        assertThatThrownBy(() -> a.merge(c)).isInstanceOf(DuplicateIdException.class)
                .hasMessageContaining("agency north appear in both merged parts");
    }

    /** Absorbing moves the other batch's agencies: the same result as merging, byte for byte, and the other left empty. */
    @Test
    void absorbingEqualsMerging() {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        StringBuilder merged = new StringBuilder();
        StringBuilder absorbed = new StringBuilder();
        BatchTally m = threeAgencies(batch);
        BatchTally extra = batch.newTally();
        extra.add("north", "IIT", Respondent.of("n9", bestAnswers(E, "IIT", Map.of("i1", "1"))));
        extra.add("west", "IIT", Respondent.of("w1", bestAnswers(E, "IIT", Map.of())));
        batch.score(batch.newTally().merge(m).merge(extra), BatchOptions.DEFAULT, BatchListener.NONE,
                x -> merged.append(io.github.ita.io.ResultJson.write(x)));
        BatchTally into = batch.newTally();
        BatchTally parts = threeAgencies(batch);
        assertThat(into.absorb(parts).absorb(extra).rows()).isEqualTo(18 + 3 * 43 + 2);
        assertThat(parts.agencies()).isZero();
        assertThat(extra.rows()).isZero();
        batch.score(into, BatchOptions.DEFAULT, BatchListener.NONE, x -> absorbed.append(io.github.ita.io.ResultJson.write(x)));
        assertThat(absorbed.toString()).isEqualTo(merged.toString()).contains("\"id\" : \"west\"");
        // what moved keeps its respondent ids: a repeat is still refused
        assertThatThrownBy(() -> into.add("west", "IIT", Respondent.of("w1", bestAnswers(E, "IIT", Map.of()))))
                .isInstanceOf(DuplicateIdException.class);
        assertThatThrownBy(() -> into.absorb(into)).isInstanceOf(IllegalArgumentException.class);
        BatchTally other = BatchScorer.of(Scorer.of(io.github.ita.edition.Editions.bundled("ita-2568"))).newTally();
        assertThatThrownBy(() -> into.absorb(other)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Past the ids kept in memory (here 10 rather than a million), an agency's ids go to disk and a
     * repeat among them is found by verifyRespondentIds, with both lines, also after the batch is
     * merged; an agency whose ids all stayed in memory needs no second look.
     */
    @Test
    void aRepeatAmongIdsKeptOnDiskIsFoundWhenVerified() {
        Scorer scorer = Scorer.of(E);
        Map<String, String> answers = bestAnswers(E, "IIT", Map.of());
        BatchTally small = new BatchTally(scorer, 10);
        for (int r = 0; r < 5; r++) {
            small.add("b", "IIT", Respondent.of("r" + r, answers));
        }
        small.verifyRespondentIds(Map.of("IIT", "iit.csv"));   // nothing on disk: nothing to find
        BatchTally t = new BatchTally(scorer, 10);
        io.github.ita.scoring.Columns columns = scorer.columns("IIT", java.util.List.copyOf(answers.keySet()));
        String[] cells = answers.values().toArray(String[]::new);
        for (int r = 0; r < 30; r++) {
            t.add("a", columns, "r" + r, cells, r + 2);
        }
        t.add("a", columns, "r3", cells, 99);   // r3 went to disk at line 5: not seen as it is read
        String message = "iit.csv:99: column respondent: a respondent id appears twice among the IIT respondents"
                + " of agency a (first at line 5)";
        assertThatThrownBy(() -> t.verifyRespondentIds(Map.of("IIT", "iit.csv")))
                .isInstanceOf(DuplicateIdException.class).hasMessage(message);
        BatchTally merged = new BatchTally(scorer, 10).absorb(small).absorb(t);
        assertThatThrownBy(() -> merged.verifyRespondentIds(Map.of("IIT", "iit.csv")))
                .isInstanceOf(DuplicateIdException.class).hasMessage(message);
    }

    @Test
    void aRespondentIdRepeatedWithinAnAgencyIsRefusedAndNotCounted() {
        BatchTally t = BatchScorer.of(Scorer.of(E)).newTally();
        t.add("x", "IIT", Respondent.of("r1", bestAnswers(E, "IIT", Map.of())));
        t.add("y", "IIT", Respondent.of("r1", bestAnswers(E, "IIT", Map.of())));   // another agency: fine
        t.add("x", "EIT", Respondent.of("r1", bestAnswers(E, "EIT", Map.of())));   // another tool: fine
        assertThatThrownBy(() -> t.add("x", "IIT", Respondent.of("r1", bestAnswers(E, "IIT", Map.of()))))
                .isInstanceOf(DuplicateIdException.class)
                .hasMessage("respondent r1: respondent id r1 appears twice among the IIT respondents of agency x");
        assertThat(t.rows()).isEqualTo(3);
    }

    /**
     * An agency's rows and checklist taken once ({@link BatchTally#rows}, {@link BatchTally#checklist}) count what
     * {@code add} and {@code oit} count row by row: the same results, byte for byte, the same rows, the same refusals,
     * and a repeat of an id kept on disk still found when verified.
     */
    @Test
    void anAgencysRowsAndChecklistCountAsAddAndOitDo() {
        Scorer scorer = Scorer.of(E);
        BatchScorer batch = BatchScorer.of(scorer);
        java.util.Random random = new java.util.Random(2565);
        BatchTally byRow = new BatchTally(scorer, 10);
        BatchTally byAgency = new BatchTally(scorer, 10);
        for (String agency : List.of("north", "south", "east")) {
            for (String tool : List.of("IIT", "EIT")) {
                io.github.ita.scoring.Columns columns = scorer.columns(tool, List.copyOf(bestAnswers(E, tool, Map.of()).keySet()));
                BatchTally.Rows rows = byAgency.rows(agency, columns);
                for (int r = 1; r <= 14; r++) {   // past the 10 ids kept in memory
                    int[] options = new int[columns.size()];
                    for (int i = 0; i < options.length; i++) {
                        options[i] = random.nextInt(columns.options(i).size());
                    }
                    byRow.add(agency, columns, "r" + r, options, r + 1);
                    rows.add("r" + r, options, r + 1);
                }
            }
            BatchTally.Checklist list = byAgency.checklist(agency);
            checklist(E, agency.equals("south") ? new String[] {"o11", "o24"} : new String[0]).forEach((item, a) -> {
                byRow.oit(agency, item, a);
                list.add(item, a);
            });
        }
        assertThat(byAgency.rows()).isEqualTo(byRow.rows()).isEqualTo(3 * 2 * 14 + 3 * 43);
        StringBuilder one = new StringBuilder();
        StringBuilder other = new StringBuilder();
        batch.score(byRow, BatchOptions.DEFAULT, BatchListener.NONE, x -> one.append(io.github.ita.io.ResultJson.write(x)));
        batch.score(byAgency, BatchOptions.DEFAULT, BatchListener.NONE, x -> other.append(io.github.ita.io.ResultJson.write(x)));
        assertThat(other.toString()).isEqualTo(one.toString()).contains("\"id\" : \"east\"");

        BatchTally t = BatchScorer.of(scorer).newTally();
        io.github.ita.scoring.Columns iit = scorer.columns("IIT", List.copyOf(bestAnswers(E, "IIT", Map.of()).keySet()));
        BatchTally.Rows rows = t.rows("x", iit);
        rows.add("r1", new int[iit.size()], 7);
        assertThatThrownBy(() -> rows.add("r1", new int[iit.size()], 9)).isInstanceOf(DuplicateIdException.class)
                .hasMessage("respondent r1: respondent id r1 appears twice among the IIT respondents of agency x (first at line 7)");
        int[] none = new int[iit.size()];
        java.util.Arrays.fill(none, -1);
        assertThatThrownBy(() -> rows.add("r2", none, 10)).isInstanceOf(io.github.ita.MissingAnswerException.class);
        assertThat(t.rows()).isEqualTo(1);
        assertThat(t.respondents("x", "IIT")).isEqualTo(1);
        BatchTally.Checklist list = t.checklist("x");
        assertThatThrownBy(() -> list.add("o99", OitAnswer.notPublished()))
                .isInstanceOf(io.github.ita.UnknownIdException.class).hasMessageContaining("no OIT item o99");
        list.add("o1", OitAnswer.notPublished());
        assertThatThrownBy(() -> t.oit("x", "o1", OitAnswer.notPublished()))
                .isInstanceOf(DuplicateIdException.class).hasMessageContaining("OIT item o1 is given twice for agency x");
        assertThat(t.givesOitItem("x", "o1")).isTrue();
        assertThat(t.rows()).isEqualTo(2);

        // ids kept on disk past 10: a repeat there is found when verified, as for add
        BatchTally spilling = new BatchTally(scorer, 10);
        BatchTally.Rows many = spilling.rows("a", iit);
        for (int r = 0; r < 30; r++) {
            many.add("r" + r, new int[iit.size()], r + 2);
        }
        many.add("r3", new int[iit.size()], 99);
        assertThatThrownBy(() -> spilling.verifyRespondentIds(Map.of("IIT", "iit.csv"))).isInstanceOf(DuplicateIdException.class)
                .hasMessage("iit.csv:99: column respondent: a respondent id appears twice among the IIT respondents"
                        + " of agency a (first at line 5)");
    }

    @Test
    void unknownOitItemAndTwiceGiven() {
        BatchTally t = BatchScorer.of(Scorer.of(E)).newTally();
        assertThatThrownBy(() -> t.oit("x", "o99", OitAnswer.notPublished()))
                .isInstanceOf(io.github.ita.UnknownIdException.class).hasMessageContaining("no OIT item o99");
        t.oit("x", "o1", OitAnswer.notPublished());
        assertThatThrownBy(() -> t.oit("x", "o1", OitAnswer.notPublished()))
                .isInstanceOf(DuplicateIdException.class).hasMessageContaining("OIT item o1 is given twice for agency x");
    }

    @Test
    void anAgencyThatCannotBeScoredIsNamed() {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        BatchTally t = batch.newTally();
        t.oit("b-agency", "o1", OitAnswer.notPublished());
        assertThatThrownBy(() -> batch.score(t, BatchOptions.DEFAULT))
                .isInstanceOf(io.github.ita.MissingAnswerException.class)
                .hasMessageStartingWith("agency b-agency: question o2: OIT item o2 is not in the checklist");
    }

    @Test
    void quantilesInterpolateExactly() {
        var v = java.util.List.of(new BigDecimal("10.00"), new BigDecimal("20.00"), new BigDecimal("20.01"), new BigDecimal("40.00"));
        assertThat(Summary.quantile(v, new BigDecimal("0.25"))).isEqualByComparingTo("17.50");   // h = 0.75: 10 + .75 × 10
        assertThat(Summary.quantile(v, new BigDecimal("0.5"))).isEqualByComparingTo("20.01");    // 20 + .5 × .01 = 20.005 → 20.01
        assertThat(Summary.quantile(v, new BigDecimal("0.75"))).isEqualByComparingTo("25.01");   // 20.01 + .25 × 19.99 = 25.0075
    }
}

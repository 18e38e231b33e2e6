package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.Fixtures;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubItem;
import io.github.ita.io.ResultJson;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the engine over random agencies (fixed seeds, so every run is the same). */
class PropertiesTest {

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String edition : Editions.bundledIds()) {
            for (RoundingPolicy policy : RoundingPolicy.values()) {
                for (long seed = 1; seed <= 8; seed++) {
                    out.add(Arguments.of(edition, policy, seed));
                }
            }
        }
        return out;
    }

    static Map<String, String> randomAnswers(Edition e, String tool, Random rnd) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : Fixtures.questions(e.tool(tool))) {
            if (!q.isScored() && rnd.nextBoolean()) {
                continue;
            }
            List<String> keys = q.items().isEmpty() ? List.of(q.id()) : q.items().stream().map(SubItem::id).toList();
            for (String k : keys) {
                answers.put(k, q.options().get(rnd.nextInt(q.options().size())).code());
            }
        }
        return answers;
    }

    static AgencyResponses randomAgency(Edition e, Random rnd) {
        List<Respondent> iit = new ArrayList<>();
        List<Respondent> eit = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(12); i < n; i++) {
            iit.add(Respondent.of("i-" + i, randomAnswers(e, "IIT", rnd)));
        }
        for (int i = 0, n = 1 + rnd.nextInt(12); i < n; i++) {
            eit.add(Respondent.of("e-" + i, randomAnswers(e, "EIT", rnd)));
        }
        Map<String, OitAnswer> oit = new LinkedHashMap<>();
        for (Question q : Fixtures.questions(e.tool("OIT"))) {
            oit.put(q.id(), rnd.nextInt(4) == 0 ? OitAnswer.notPublished() : OitAnswer.published("https://x.go.th/" + q.id()));
        }
        return AgencyResponses.builder(new Agency("a", "")).iit(iit).eit(eit).oit(oit).build();
    }

    static Scorer scorer(String edition, RoundingPolicy policy) {
        return Scorer.of(Editions.bundled(edition), ScoringOptions.DEFAULT.withRounding(policy));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreStaysWithin0And100(String edition, RoundingPolicy policy, long seed) {
        Result r = scorer(edition, policy).score(randomAgency(Editions.bundled(edition), new Random(seed)));
        assertThat(r.total()).isPresent();
        r.nodes().forEach(n -> n.score().ifPresent(s -> assertThat(s.shown()).isBetween(BigDecimal.ZERO, new BigDecimal(100))));
        assertThat(r.total().get().shown()).isBetween(BigDecimal.ZERO, new BigDecimal(100));
        // the weights of the scored questions and items that enter a tool add up to the tool's weight
        for (ResultNode tool : r.tools()) {
            Score sum = tool.nodes().filter(n -> n.children().isEmpty())
                    .map(n -> Score.of(n.weight().toBigDecimal(30))).reduce(Score.of("0"), (a, b) -> Score.of(a.toBigDecimal(30).add(b.toBigDecimal(30))));
            assertThat(sum.toBigDecimal(6)).isEqualByComparingTo(tool.weight().toBigDecimal(6));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void raisingAnAnswerNeverLowersAnyScore(String edition, RoundingPolicy policy, long seed) {
        Edition e = Editions.bundled(edition);
        Random rnd = new Random(seed);
        AgencyResponses before = randomAgency(e, rnd);
        Scorer scorer = scorer(edition, policy);
        Result r0 = scorer.score(before);
        for (int trial = 0; trial < 10; trial++) {
            String tool = rnd.nextBoolean() ? "IIT" : "EIT";
            List<Respondent> list = new ArrayList<>(before.respondents(tool));
            int who = rnd.nextInt(list.size());
            Respondent r = list.get(who);
            List<String> keys = new ArrayList<>(r.answers().keySet());
            String key = keys.get(rnd.nextInt(keys.size()));
            Question q = e.findQuestion(key).or(() -> e.questionOfItem(key)).orElseThrow();
            BigDecimal current = points(q, r.answers().get(key));
            List<AnswerOption> higher = q.options().stream().filter(o -> o.points().compareTo(current) >= 0).toList();
            Map<String, String> raised = new HashMap<>(r.answers());
            raised.put(key, higher.get(rnd.nextInt(higher.size())).code());
            list.set(who, Respondent.of(r.id(), raised));
            AgencyResponses after = AgencyResponses.builder(before.agency())
                    .respondents(tool, list)
                    .respondents(tool.equals("IIT") ? "EIT" : "IIT", before.respondents(tool.equals("IIT") ? "EIT" : "IIT"))
                    .oit(before.oit()).build();
            Result r1 = scorer.score(after);
            Map<String, ResultNode> was = r0.nodes().collect(Collectors.toMap(ResultNode::id, Function.identity()));
            r1.nodes().forEach(n -> n.score().ifPresent(s ->
                    assertThat(s).as(n.id()).isGreaterThanOrEqualTo(was.get(n.id()).score().orElseThrow())));
            assertThat(r1.total().orElseThrow()).isGreaterThanOrEqualTo(r0.total().orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void publishingAnOitItemNeverLowersAnyScore(String edition, RoundingPolicy policy, long seed) {
        Edition e = Editions.bundled(edition);
        AgencyResponses before = randomAgency(e, new Random(seed));
        String item = before.oit().entrySet().stream().filter(en -> !en.getValue().published())
                .map(Map.Entry::getKey).findFirst().orElse("o1");
        Map<String, OitAnswer> oit = new LinkedHashMap<>(before.oit());
        oit.put(item, OitAnswer.published("https://x.go.th"));
        AgencyResponses after = AgencyResponses.builder(before.agency()).iit(before.iit()).eit(before.eit()).oit(oit).build();
        Result r0 = scorer(edition, policy).score(before);
        Result r1 = scorer(edition, policy).score(after);
        assertThat(r1.tool("OIT").score().orElseThrow()).isGreaterThanOrEqualTo(r0.tool("OIT").score().orElseThrow());
        assertThat(r1.total().orElseThrow()).isGreaterThanOrEqualTo(r0.total().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfRespondentsDoesNotMatter(String edition, RoundingPolicy policy, long seed) {
        Edition e = Editions.bundled(edition);
        AgencyResponses a = randomAgency(e, new Random(seed));
        List<Respondent> iit = new ArrayList<>(a.iit());
        List<Respondent> eit = new ArrayList<>(a.eit());
        Collections.shuffle(iit, new Random(seed + 100));
        Collections.reverse(eit);
        AgencyResponses b = AgencyResponses.builder(a.agency()).iit(iit).eit(eit).oit(a.oit()).build();
        assertThat(ResultJson.write(scorer(edition, policy).score(b)))
                .isEqualTo(ResultJson.write(scorer(edition, policy).score(a)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mergedTalliesEqualOneBigTally(String edition, RoundingPolicy policy, long seed) {
        Edition e = Editions.bundled(edition);
        AgencyResponses a = randomAgency(e, new Random(seed));
        Scorer scorer = scorer(edition, policy);
        Tally one = scorer.newTally();
        one.addAll("IIT", a.iit());
        one.addAll("EIT", a.eit());
        Tally left = scorer.newTally();
        Tally right = scorer.newTally();
        for (int i = 0; i < a.iit().size(); i++) {
            (i % 3 == 0 ? left : right).add("IIT", a.iit().get(i));
        }
        for (int i = 0; i < a.eit().size(); i++) {
            (i % 2 == 0 ? left : right).add("EIT", a.eit().get(i));
        }
        Tally merged = left.merge(right);
        assertThat(merged.respondents("IIT")).isEqualTo(a.iit().size());
        assertThat(ResultJson.write(scorer.score(a.agency(), merged, a.oit())))
                .isEqualTo(ResultJson.write(scorer.score(a.agency(), one, a.oit())))
                .isEqualTo(ResultJson.write(scorer.score(a)));
    }

    /**
     * Parts that each count one tool (as the readers of iit.csv and eit.csv do) give the same result
     * merged or absorbed; merging copies (the other part stays its own), absorbing empties the other.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void absorbedTalliesEqualMergedOnesAndStayApart(String edition, RoundingPolicy policy, long seed) {
        Edition e = Editions.bundled(edition);
        AgencyResponses a = randomAgency(e, new Random(seed));
        Scorer scorer = scorer(edition, policy);
        String whole = ResultJson.write(scorer.score(a));
        Tally iit = scorer.newTally();
        iit.addAll("IIT", a.iit());
        Tally eit = scorer.newTally();
        eit.addAll("EIT", a.eit());
        Tally merged = scorer.newTally().merge(iit).merge(eit);
        Tally absorbed = scorer.newTally().absorb(iit).absorb(eit);
        assertThat(ResultJson.write(scorer.score(a.agency(), merged, a.oit()))).isEqualTo(whole);
        assertThat(ResultJson.write(scorer.score(a.agency(), absorbed, a.oit()))).isEqualTo(whole);
        assertThat(iit.respondents("IIT")).isZero();
        assertThat(eit.respondents("EIT")).isZero();
        // what the parts count afterwards is theirs alone
        iit.addAll("IIT", a.iit());
        eit.addAll("EIT", a.eit());
        assertThat(ResultJson.write(scorer.score(a.agency(), absorbed, a.oit()))).isEqualTo(whole);
        Tally source = scorer.newTally();
        source.addAll("IIT", a.iit());
        Tally copy = scorer.newTally().merge(source);
        source.addAll("EIT", a.eit());
        source.add("IIT", Respondent.of("one-more", a.iit().get(0).answers()));
        assertThat(copy.respondents("IIT")).isEqualTo(a.iit().size());
        assertThat(copy.respondents("EIT")).isZero();
        assertThatThrownBy(() -> copy.absorb(copy)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A row of cells (codes) and a row of option indexes count as the respondent they come from. */
    @ParameterizedTest
    @MethodSource("cases")
    void rowsOfCodesAndOfOptionIndexesCountAsRespondents(String edition, RoundingPolicy policy, long seed) {
        Edition e = Editions.bundled(edition);
        AgencyResponses a = randomAgency(e, new Random(seed));
        Scorer scorer = scorer(edition, policy);
        Tally byCodes = scorer.newTally();
        Tally byIndexes = scorer.newTally();
        for (String tool : List.of("IIT", "EIT")) {
            List<String> ids = new ArrayList<>();
            for (Question q : Fixtures.questions(e.tool(tool))) {
                ids.addAll(q.items().isEmpty() ? List.of(q.id()) : q.items().stream().map(SubItem::id).toList());
            }
            Collections.shuffle(ids, new Random(seed));
            Columns columns = scorer.columns(tool, ids);
            for (Respondent r : tool.equals("IIT") ? a.iit() : a.eit()) {
                String[] cells = new String[ids.size()];
                int[] options = new int[ids.size()];
                for (int i = 0; i < ids.size(); i++) {
                    String code = r.answers().get(ids.get(i));
                    cells[i] = code == null ? "" : code;
                    List<String> codes = columns.options(i).stream().map(AnswerOption::code).toList();
                    options[i] = code == null ? -1 : codes.indexOf(code);
                    assertThat(code == null || options[i] >= 0).isTrue();
                }
                byCodes.add(columns, r.id(), cells);
                byIndexes.add(columns, r.id(), options);
            }
        }
        String expected = ResultJson.write(scorer.score(a));
        assertThat(ResultJson.write(scorer.score(a.agency(), byCodes, a.oit()))).isEqualTo(expected);
        assertThat(ResultJson.write(scorer.score(a.agency(), byIndexes, a.oit()))).isEqualTo(expected);
    }

    private static BigDecimal points(Question q, String code) {
        return q.options().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().points();
    }
}

package io.github.ita.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.ItaException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Indicator;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.MissingAnswers;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.ScoringOptions;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The planner gives, step for step, the plan of {@link ReferencePlanner} (every candidate tried by a
 * whole what-if at every step) on random editions and results: raw answers and audited sheets,
 * what-ifs on top (a question and its sub-item both given), ties, both rounding policies, missing
 * answers left out, targets in and out of reach, and only some inputs allowed.
 */
class PlannerEquivalenceTest {

    /** Scores that repeat, so that gains tie. */
    static final String[] SCORES = {"0", "50", "62.5", "70", "85", "85", "90", "100", "33.33", "66.67", "84.99"};

    /** Scores a hair under 100 as well, whose raise rounding at each level can swallow: gains of zero that tie. */
    static final String[] FINE = {"0", "50", "85", "85", "100", "84.99", "99.99", "99.99", "99.994", "99.995", "99.5", "33.33"};

    /** How many random editions the tests draw (150, and four times as many rounded at each level) unless {@code -Dita.planner.seeds=N} says otherwise. */
    static final int SEEDS = Integer.getInteger("ita.planner.seeds", 150);

    @Test
    void plansEqualTheReferenceOnRandomEditionsAndResults() {
        int planned = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random rnd = new Random(seed);
            Edition e = randomEdition(rnd);
            for (RoundingPolicy rounding : RoundingPolicy.values()) {
                MissingAnswers missing = rnd.nextInt(3) == 0 ? MissingAnswers.EXCLUDE : MissingAnswers.ERROR;
                Scorer scorer = Scorer.of(e, new ScoringOptions(rounding, missing));
                Result r = randomResult(scorer, rnd);
                if (r == null || r.total().isEmpty()) {
                    continue;
                }
                for (String target : new String[] {"pass", "A", "AA", "100", randomTarget(rnd)}) {
                    Target t = Target.parse(target, e);
                    Predicate<ResultNode> allowed = randomAllowed(e, rnd);
                    Plan expected = ReferencePlanner.plan(scorer, r, t, allowed);
                    Plan actual = Planner.of(scorer).plan(r, t, allowed);
                    assertSame(expected, actual, "seed " + seed + ", " + rounding + ", " + missing + ", target " + target);
                    planned++;
                }
            }
        }
        assertThat(planned).isGreaterThan(600);
    }

    /**
     * Rounding at each level on editions of up to ten indicators a tool: a tool's rounded mean then
     * often moves alike for many candidates, so that gains tie across indicators, across a
     * question and its sub-items, and between candidates of equal and of different changes to
     * their indicator; and scores a hair under 100 make gains that rounding swallows, tied at zero
     * with those of candidates under a node already raised.
     */
    @Test
    void plansRoundedAtEachLevelEqualTheReferenceOnWiderEditions() {
        int planned = 0;
        for (long seed = 1; seed <= 4L * SEEDS; seed++) {
            Random rnd = new Random(1_000_000 + seed);
            Edition e = randomEdition(rnd, 10);
            MissingAnswers missing = rnd.nextInt(3) == 0 ? MissingAnswers.EXCLUDE : MissingAnswers.ERROR;
            Scorer scorer = Scorer.of(e, new ScoringOptions(RoundingPolicy.EACH_LEVEL, missing));
            Result r = randomResult(scorer, rnd, rnd.nextBoolean() ? FINE : SCORES);
            if (r == null || r.total().isEmpty()) {
                continue;
            }
            for (String target : new String[] {"AA", "100", randomTarget(rnd)}) {
                Target t = Target.parse(target, e);
                Predicate<ResultNode> allowed = randomAllowed(e, rnd);
                Plan expected = ReferencePlanner.plan(scorer, r, t, allowed);
                Plan actual = Planner.of(scorer).plan(r, t, allowed);
                assertSame(expected, actual, "seed " + seed + ", " + missing + ", target " + target);
                planned++;
            }
        }
        assertThat(planned).isGreaterThan(4 * SEEDS);
    }

    static void assertSame(Plan expected, Plan actual, String where) {
        assertThat(actual.steps()).as(where).isEqualTo(expected.steps());
        assertThat(actual.reachable()).as(where).isEqualTo(expected.reachable());
        assertThat(actual.from()).as(where).isEqualTo(expected.from());
        assertThat(actual.target()).as(where).isEqualTo(expected.target());
        assertThat(actual.after().total()).as(where).isEqualTo(expected.after().total());
        assertThat(actual.after().nodes().map(n -> n.id() + " " + n.score().map(s -> s.exact()).orElse("-") + " " + n.isGiven()
                + " " + n.weight().exact()).toList()).as(where)
                .isEqualTo(expected.after().nodes().map(n -> n.id() + " " + n.score().map(s -> s.exact()).orElse("-") + " "
                        + n.isGiven() + " " + n.weight().exact()).toList());
    }

    static String randomTarget(Random rnd) {
        int hundredths = 5000 + rnd.nextInt(5001);
        return hundredths / 100 + "." + String.format("%02d", hundredths % 100);
    }

    static Predicate<ResultNode> randomAllowed(Edition e, Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0:
                String tool = e.tools().get(rnd.nextInt(e.tools().size())).id();
                return n -> e.toolOf(n.id()).map(t -> t.id().equals(tool)).orElse(n.id().equals(tool));
            case 1:
                int salt = rnd.nextInt();
                return n -> ((n.id().hashCode() ^ salt) & 1) == 0;
            default:
                return n -> true;
        }
    }

    /** A result of raw answers or an audited sheet, with a what-if on top now and then; null when the draw cannot be scored. */
    static Result randomResult(Scorer scorer, Random rnd) {
        return randomResult(scorer, rnd, SCORES);
    }

    /** A result as {@link #randomResult(Scorer, Random)}, the audited scores and what-ifs drawn from {@code scores}. */
    static Result randomResult(Scorer scorer, Random rnd, String[] scores) {
        Edition e = scorer.edition();
        try {
            Result r = rnd.nextBoolean() ? scorer.score(randomAnswers(e, rnd, scorer.options().missingAnswers()))
                    : scorer.audit(randomSheet(e, rnd, scores));
            if (rnd.nextInt(3) == 0) {
                List<ResultNode> nodes = r.nodes().filter(ResultNode::isScored).toList();
                Map<String, BigDecimal> what = new LinkedHashMap<>();
                for (int i = rnd.nextInt(4); i >= 0; i--) {
                    what.put(nodes.get(rnd.nextInt(nodes.size())).id(), new BigDecimal(scores[rnd.nextInt(scores.length)]));
                }
                r = scorer.whatIf(r, what);
            }
            return r;
        } catch (ItaException cannot) {
            return null;
        }
    }

    static ScoreSheet randomSheet(Edition e, Random rnd, String[] scores) {
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        for (Tool tool : e.tools()) {
            for (Indicator in : tool.indicators()) {
                int how = rnd.nextInt(3);
                if (how == 0) {
                    s.put(in.id(), score(rnd, scores));
                } else if (how == 1 && !in.subIndicators().isEmpty()) {
                    in.subIndicators().forEach(sub -> s.put(sub.id(), score(rnd, scores)));
                } else {
                    List<Question> qs = new ArrayList<>(in.questions());
                    in.subIndicators().forEach(sub -> qs.addAll(sub.questions()));
                    qs.stream().filter(Question::isScored).forEach(q -> s.put(q.id(), score(rnd, scores)));
                }
            }
        }
        return new ScoreSheet(e.id(), new Agency("a", "หน่วยงาน"), s);
    }

    static BigDecimal score(Random rnd, String[] scores) {
        return new BigDecimal(scores[rnd.nextInt(scores.length)]);
    }

    static AgencyResponses randomAnswers(Edition e, Random rnd, MissingAnswers missing) {
        AgencyResponses.Builder b = AgencyResponses.builder(new Agency("a", "หน่วยงาน")).edition(e.id());
        for (Tool tool : e.tools()) {
            if (tool.kind() == ToolKind.CHECKLIST) {
                Map<String, OitAnswer> oit = new LinkedHashMap<>();
                for (Question q : tool.questions()) {
                    if (missing == MissingAnswers.ERROR || rnd.nextInt(6) != 0) {
                        oit.put(q.id(), rnd.nextInt(3) == 0 ? OitAnswer.notPublished() : OitAnswer.published("https://x.go.th/" + q.id()));
                    }
                }
                b.oit(oit);
                continue;
            }
            List<Respondent> people = new ArrayList<>();
            for (int p = 1 + rnd.nextInt(3); p > 0; p--) {
                Map<String, String> answers = new LinkedHashMap<>();
                for (Question q : tool.questions()) {
                    List<String> cells = q.items().isEmpty() ? List.of(q.id()) : q.items().stream().map(SubItem::id).toList();
                    for (String cell : cells) {
                        if (missing == MissingAnswers.ERROR && q.isScored() || rnd.nextInt(5) != 0) {
                            answers.put(cell, q.options().get(rnd.nextInt(q.options().size())).code());
                        }
                    }
                }
                people.add(Respondent.of(tool.id() + "-" + p, answers));
            }
            b.respondents(tool.id(), people);
        }
        return b.build();
    }

    /** An edition of IIT, EIT and OIT with a few indicators each, sub-indicators in OIT, sub-items and informational questions in the surveys. */
    static Edition randomEdition(Random rnd) {
        return randomEdition(rnd, 4);
    }

    /** An edition as {@link #randomEdition(Random)}, with up to {@code indicators} indicators a tool. */
    static Edition randomEdition(Random rnd, int indicators) {
        StringBuilder b = new StringBuilder();
        b.append("{\"id\": \"random\", \"fiscalYear\": 2599, \"name\": {\"th\": \"สุ่ม\", \"en\": \"Random\"},")
                .append("\"source\": \"assumed: a test\", \"passMark\": 85, \"presentation\": \"rating\",")
                .append("\"ratings\": [{\"rating\": \"AA\", \"min\": 95.00, \"max\": 100.00}, {\"rating\": \"A\", \"min\": 85.00, \"max\": 94.99},")
                .append("{\"rating\": \"B\", \"min\": 75.00, \"max\": 84.99}, {\"rating\": \"C\", \"min\": 65.00, \"max\": 74.99},")
                .append("{\"rating\": \"D\", \"min\": 55.00, \"max\": 64.99}, {\"rating\": \"E\", \"min\": 50.00, \"max\": 54.99},")
                .append("{\"rating\": \"F\", \"min\": 0.00, \"max\": 49.99}],")
                .append("\"scales\": {\"level4\": {\"options\": [{\"code\": \"1\", \"th\": \"ก\", \"en\": \"a\", \"points\": 0},")
                .append("{\"code\": \"2\", \"th\": \"ข\", \"en\": \"b\", \"points\": 50}, {\"code\": \"3\", \"th\": \"ค\", \"en\": \"c\", \"points\": 85},")
                .append("{\"code\": \"4\", \"th\": \"ง\", \"en\": \"d\", \"points\": 100}]},")
                .append("\"yesno\": {\"options\": [{\"code\": \"yes\", \"th\": \"ใช่\", \"en\": \"yes\", \"points\": 100},")
                .append("{\"code\": \"no\", \"th\": \"ไม่\", \"en\": \"no\", \"points\": 0}]}}, \"tools\": [");
        String[] ids = {"IIT", "EIT", "OIT"};
        int[] weights = {30, 30, 40};
        int ind = 0;
        for (int t = 0; t < 3; t++) {
            boolean oit = t == 2;
            b.append(t == 0 ? "" : ",").append("{\"id\": \"").append(ids[t]).append("\", \"kind\": \"")
                    .append(oit ? "checklist" : "survey").append("\", \"weight\": ").append(weights[t])
                    .append(", \"th\": \"ท\", \"en\": \"T\", \"indicators\": [");
            for (int i = 1 + rnd.nextInt(indicators); i > 0; i--) {
                ind++;
                b.append(b.charAt(b.length() - 1) == '[' ? "" : ",").append("{\"id\": \"").append(ind)
                        .append("\", \"th\": \"ต\", \"en\": \"I\", ");
                if (oit && rnd.nextBoolean()) {
                    b.append("\"subIndicators\": [");
                    for (int s = 1 + rnd.nextInt(3); s > 0; s--) {
                        b.append(b.charAt(b.length() - 1) == '[' ? "" : ",").append("{\"id\": \"").append(ind).append('.').append(s)
                                .append("\", \"th\": \"ย\", \"en\": \"S\", \"questions\": [");
                        questions(b, rnd, t, ind + "_" + s);
                        b.append("]}");
                    }
                    b.append("]}");
                } else {
                    b.append("\"questions\": [");
                    questions(b, rnd, t, String.valueOf(ind));
                    b.append("]}");
                }
            }
            b.append("]}");
        }
        b.append("]}");
        return Editions.read(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)), "random.json");
    }

    private static void questions(StringBuilder b, Random rnd, int t, String prefix) {
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n; k++) {
            String id = "ieo".charAt(t) + prefix + "q" + k;
            b.append(k == 0 ? "" : ",").append("{\"id\": \"").append(id).append("\", \"th\": \"ข\", \"en\": \"Q\"");
            if (t < 2) {
                b.append(", \"scale\": \"").append(rnd.nextBoolean() ? "level4" : "yesno").append('"');
                if (rnd.nextInt(4) == 0) {
                    b.append(", \"polarity\": \"negative\"");
                }
                if (k > 0 && rnd.nextInt(5) == 0) {
                    b.append(", \"scored\": false");
                } else if (rnd.nextInt(3) == 0) {
                    b.append(", \"items\": [");
                    for (int i = 0, m = 2 + rnd.nextInt(2); i < m; i++) {
                        b.append(i == 0 ? "" : ",").append("{\"id\": \"").append(id).append((char) ('a' + i))
                                .append("\", \"th\": \"ย\", \"en\": \"i\"}");
                    }
                    b.append(']');
                }
            }
            b.append('}');
        }
    }
}

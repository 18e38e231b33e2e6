package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.Fixtures;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.response.Agency;
import io.github.ita.scoring.Columns;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.Tally;
import io.github.ita.scoring.Uncertainty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Do the 95 % intervals hold the truth 95 % of the time? Many simulated agencies, each with a
 * population of possible respondents whose scores are known exactly (the population scored whole),
 * each sampled at a realistic size (15–60 respondents per survey tool, drawn at random with
 * replacement), written as the CSV files of a batch and scored through the real reading path. The
 * share of agencies whose interval holds the population's score must be 0.95 within three binomial
 * standard errors of the number of agencies, √(0.95 × 0.05 / N) (0.0126 × 3 for N = 300), plus
 * the t interval's own shortfall for skewed scores, {@link #METHOD}.
 *
 * <p>Respondents differ as people do: each has an attitude that lifts or lowers all their answers
 * (so answers within a respondent are correlated, as the respondent-level standard error assumes),
 * each question of an agency its own difficulty, each answer some noise; agencies range from about
 * 55 to 98 points.
 *
 * <p>Seeded, so every run is the same. The longer run: {@code mvn -pl ita-core test
 * -Dtest=IntervalCoverageTest -Dita.coverage.agencies=3000} (the binomial part of the band narrows to
 * ±0.012; about a minute).
 */
class IntervalCoverageTest {

    private static final Edition E = Editions.bundled("ita-2565");
    private static final int POPULATION = 400;
    /**
     * What Student's t itself may miss by: it is exact for normal scores, and a respondent's EIT
     * score is skewed (skewness about −1 near the ceiling) and discrete (15 questions, many yes or
     * no), which leaves the interval about 1.5 points short at these sizes (3,000 agencies: IIT
     * 95.0 %, EIT 93.5 %, total 96.0 %; docs/method.md §7).
     */
    private static final double METHOD = 0.015;

    @TempDir
    Path dir;

    @Test
    void intervalsHoldThePopulationsScoreAboutNinetyFivePercentOfTheTime() throws IOException {
        int agencies = Integer.getInteger("ita.coverage.agencies", 300);
        Random rnd = new Random(20261202);
        Scorer scorer = Scorer.of(E);
        Map<String, double[]> truth = new LinkedHashMap<>();
        StringBuilder agencyRows = new StringBuilder("id,name\n");
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        for (String tool : List.of("IIT", "EIT")) {
            files.put(tool, new StringBuilder("agency,respondent," + String.join(",", keys(tool)) + "\n"));
        }
        StringBuilder oit = new StringBuilder("agency,item,published,url,note\n");
        for (int a = 0; a < agencies; a++) {
            String id = String.format("a%05d", a);
            agencyRows.append(id).append(",agency ").append(a).append('\n');
            double[] t = new double[2];
            int ti = 0;
            for (String tool : List.of("IIT", "EIT")) {
                List<String[]> population = population(tool, rnd);
                Tally whole = scorer.newTally();
                Columns columns = scorer.columns(tool, keys(tool));
                for (int m = 0; m < population.size(); m++) {
                    whole.add(columns, "m" + m, population.get(m));
                }
                t[ti++] = scorer.score(new Agency(id, ""), whole, Map.of()).tool(tool).score().orElseThrow()
                        .toBigDecimal(12).doubleValue();
                int n = 15 + rnd.nextInt(46);
                for (int r = 0; r < n; r++) {
                    String[] answers = population.get(rnd.nextInt(population.size()));
                    StringBuilder row = files.get(tool).append(id).append(',').append(tool).append('-').append(r);
                    for (String cell : answers) {
                        row.append(',').append(cell);
                    }
                    row.append('\n');
                }
            }
            for (Question item : Fixtures.questions(E.tool("OIT"))) {
                oit.append(id).append(',').append(item.id()).append(',').append(rnd.nextInt(8) == 0 ? "no" : "yes").append(",,\n");
            }
            truth.put(id, t);
        }
        Files.writeString(dir.resolve("agencies.csv"), agencyRows);
        Files.writeString(dir.resolve("iit.csv"), files.get("IIT"));
        Files.writeString(dir.resolve("eit.csv"), files.get("EIT"));
        Files.writeString(dir.resolve("oit.csv"), oit);

        BatchScorer batch = BatchScorer.of(scorer);
        BatchTally tally = BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE);
        List<Result> results = batch.score(tally, BatchOptions.DEFAULT).results();
        assertThat(results).hasSize(agencies);

        int iit = 0;
        int eit = 0;
        int total = 0;
        for (Result r : results) {
            double[] t = truth.get(r.agency().id());
            iit += holds(r.tool("IIT").uncertainty().orElseThrow(), t[0]) ? 1 : 0;
            eit += holds(r.tool("EIT").uncertainty().orElseThrow(), t[1]) ? 1 : 0;
            double oitScore = r.tool("OIT").score().orElseThrow().toBigDecimal(12).doubleValue();
            total += holds(r.uncertainty().orElseThrow(), 0.3 * t[0] + 0.3 * t[1] + 0.4 * oitScore) ? 1 : 0;
        }
        double band = 3 * Math.sqrt(0.95 * 0.05 / agencies) + METHOD;
        assertThat((double) iit / agencies).as("IIT coverage").isBetween(0.95 - band, 0.95 + band);
        assertThat((double) eit / agencies).as("EIT coverage").isBetween(0.95 - band, 0.95 + band);
        assertThat((double) total / agencies).as("total coverage").isBetween(0.95 - band, 0.95 + band);
    }

    private static boolean holds(Uncertainty u, double truth) {
        // the interval's ends as doubles; a truth on an end counts as held
        return u.low() - 1e-9 <= truth && truth <= u.high() + 1e-9;
    }

    /** A population of possible respondents of one agency and tool: each one's answers, in the order of {@link #keys}. */
    private static List<String[]> population(String tool, Random rnd) {
        double level = -0.3 + 2.2 * rnd.nextDouble();
        List<Question> questions = Fixtures.questions(E.tool(tool));
        double[] difficulty = new double[questions.size()];
        for (int q = 0; q < difficulty.length; q++) {
            difficulty[q] = 0.6 * rnd.nextGaussian();
        }
        // each answer column: its question, and the question's options from the worst to the best by points
        List<Integer> columnQuestion = new ArrayList<>();
        List<List<AnswerOption>> ranked = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            List<AnswerOption> byPoints = question.options().stream().sorted(Comparator.comparing(AnswerOption::points)).toList();
            for (int i = 0; i < Math.max(1, question.items().size()); i++) {
                columnQuestion.add(q);
                ranked.add(byPoints);
            }
        }
        List<String[]> people = new ArrayList<>();
        for (int m = 0; m < POPULATION; m++) {
            double attitude = level + 0.9 * rnd.nextGaussian();
            String[] answers = new String[columnQuestion.size()];
            for (int c = 0; c < answers.length; c++) {
                int q = columnQuestion.get(c);
                List<AnswerOption> options = ranked.get(c);
                int k = options.size();
                double position = questions.get(q).isScored()
                        ? attitude - difficulty[q] + 0.8 * rnd.nextGaussian() + (k - 1) / 2.0 : rnd.nextInt(k);
                answers[c] = options.get((int) Math.max(0, Math.min(k - 1, Math.round(position)))).code();
            }
            people.add(answers);
        }
        return people;
    }

    private static List<String> keys(String tool) {
        List<String> keys = new ArrayList<>();
        for (Question q : Fixtures.questions(E.tool(tool))) {
            if (q.items().isEmpty()) {
                keys.add(q.id());
            } else {
                q.items().forEach(i -> keys.add(i.id()));
            }
        }
        return keys;
    }
}

package io.github.ita.analysis;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Rating;
import io.github.ita.scoring.Overview;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Score;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a set of agencies: how many, the distribution of their totals, the ratings, how
 * many reach the pass mark against the national target, each tool's and indicator's mean and pass
 * rate, and the lowest agencies. Statistics are taken over scores as published (two decimals):
 * mean, median and quartiles exactly (quartiles by linear interpolation between order statistics,
 * as spreadsheets' QUARTILE.INC, "R-7"), the sample standard deviation from exact sums, its square
 * root taken to 34 significant digits.
 */
public final class Summary {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One tool's or indicator's figures.
     *
     * @param id       the tool or indicator id
     * @param agencies the agencies that have a score for it
     * @param mean     the mean of their scores (two decimals), or {@code null} when none has one
     * @param passing  how many reach the pass mark
     * @param share    passing / agencies in percent (two decimals), or {@code null}
     */
    public record NodeFigures(String id, int agencies, BigDecimal mean, int passing, BigDecimal share) {
    }

    /**
     * An agency among the lowest.
     *
     * @param id     the agency id
     * @param name   its name
     * @param total  its total
     * @param rating its rating
     */
    public record Low(String id, String name, BigDecimal total, Rating rating) {
    }

    /**
     * What a summary keeps of one agency's result: a few numbers, so that a national batch is
     * summarised without holding its results.
     *
     * @param id              the agency id
     * @param name            its name
     * @param total           its total as shown, or {@code null}
     * @param rating          its rating, or {@code null}
     * @param passed          whether the total reaches the pass mark, or {@code null}
     * @param toolScores      each tool's shown score (or {@code null}), in edition order
     * @param toolPassed      whether each tool reaches the pass mark
     * @param indicatorScores each indicator's shown score (or {@code null}), in edition order
     * @param indicatorPassed whether each indicator reaches the pass mark
     * @param passInDoubt     whether the pass mark lies within the total's interval ({@link Result#passInDoubt()}),
     *                        or {@code null} when the total has no estimated interval
     */
    public record Figures(String id, String name, BigDecimal total, Rating rating, Boolean passed,
                          List<BigDecimal> toolScores, List<Boolean> toolPassed,
                          List<BigDecimal> indicatorScores, List<Boolean> indicatorPassed, Boolean passInDoubt) {

        /**
         * Figures without an interval on the total (published numbers).
         *
         * @param id              the agency id
         * @param name            its name
         * @param total           its total as shown, or {@code null}
         * @param rating          its rating, or {@code null}
         * @param passed          whether the total reaches the pass mark, or {@code null}
         * @param toolScores      each tool's shown score (or {@code null}), in edition order
         * @param toolPassed      whether each tool reaches the pass mark
         * @param indicatorScores each indicator's shown score (or {@code null}), in edition order
         * @param indicatorPassed whether each indicator reaches the pass mark
         */
        public Figures(String id, String name, BigDecimal total, Rating rating, Boolean passed,
                       List<BigDecimal> toolScores, List<Boolean> toolPassed,
                       List<BigDecimal> indicatorScores, List<Boolean> indicatorPassed) {
            this(id, name, total, rating, passed, toolScores, toolPassed, indicatorScores, indicatorPassed, null);
        }

        /**
         * @param r a result
         * @return its figures
         */
        public static Figures of(Result r) {
            return of(Overview.of(r));
        }

        /**
         * @param o an agency's overview
         * @return its figures
         */
        public static Figures of(Overview o) {
            List<BigDecimal> ts = new ArrayList<>();
            List<Boolean> tp = new ArrayList<>();
            List<BigDecimal> is = new ArrayList<>();
            List<Boolean> ip = new ArrayList<>();
            for (Optional<Score> tool : o.tools()) {
                ts.add(tool.map(Score::shown).orElse(null));
                tp.add(o.passes(tool));
            }
            for (Optional<Score> in : o.indicators()) {
                is.add(in.map(Score::shown).orElse(null));
                ip.add(o.passes(in));
            }
            return new Figures(o.agency().id(), o.agency().name(), o.total().map(Score::shown).orElse(null),
                    o.rating().orElse(null), o.passed().orElse(null), java.util.Collections.unmodifiableList(ts),
                    java.util.Collections.unmodifiableList(tp), java.util.Collections.unmodifiableList(is),
                    java.util.Collections.unmodifiableList(ip),
                    o.uncertainty().filter(u -> u.isEstimated()).isPresent() ? o.passInDoubt() : null);
        }
    }

    private final int agencies;
    private final int withTotal;
    private final BigDecimal mean;
    private final BigDecimal median;
    private final BigDecimal standardDeviation;
    private final BigDecimal q1;
    private final BigDecimal q3;
    private final BigDecimal min;
    private final BigDecimal max;
    private final Map<Rating, Integer> ratings;
    private final int passing;
    /** -1 when no agency's total has an estimated interval. */
    private final int passInDoubt;
    private final BigDecimal passingShare;
    private final BigDecimal target;
    private final Boolean targetMet;
    private final List<NodeFigures> tools;
    private final List<NodeFigures> indicators;
    private final List<Low> lowest;

    /**
     * @param edition the edition of the results
     * @param results the agencies' results
     * @param options the target and the number of lowest agencies to list
     * @return their summary
     */
    public static Summary of(Edition edition, List<Result> results, BatchOptions options) {
        return new Summary(edition, results.stream().map(Figures::of).toList(), options);
    }

    /**
     * @param edition the edition of the results
     * @param figures what was kept of each agency's result
     * @param options the target and the number of lowest agencies to list
     * @return their summary
     */
    public static Summary ofFigures(Edition edition, List<Figures> figures, BatchOptions options) {
        return new Summary(edition, figures, options);
    }

    private Summary(Edition edition, List<Figures> results, BatchOptions options) {
        this.agencies = results.size();
        List<BigDecimal> totals = new ArrayList<>();
        Map<Rating, Integer> byRating = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            byRating.put(r, 0);
        }
        int pass = 0;
        int sampled = 0;
        int doubt = 0;
        for (Figures r : results) {
            if (r.passInDoubt() != null) {
                sampled++;
                doubt += r.passInDoubt() ? 1 : 0;
            }
            if (r.total() != null) {
                totals.add(r.total());
                byRating.merge(r.rating(), 1, Integer::sum);
                if (r.passed()) {
                    pass++;
                }
            }
        }
        this.withTotal = totals.size();
        this.ratings = java.util.Collections.unmodifiableMap(byRating);
        this.passing = pass;
        this.passInDoubt = sampled == 0 ? -1 : doubt;
        this.target = options.targetShare();
        totals.sort(Comparator.naturalOrder());
        if (totals.isEmpty()) {
            mean = median = standardDeviation = q1 = q3 = min = max = passingShare = null;
            targetMet = null;
        } else {
            mean = mean(totals);
            median = quantile(totals, new BigDecimal("0.5"));
            q1 = quantile(totals, new BigDecimal("0.25"));
            q3 = quantile(totals, new BigDecimal("0.75"));
            min = totals.get(0);
            max = totals.get(totals.size() - 1);
            standardDeviation = totals.size() < 2 ? null : sampleStandardDeviation(totals);
            passingShare = share(pass, totals.size());
            targetMet = BigDecimal.valueOf(pass).multiply(HUNDRED)
                    .compareTo(target.multiply(BigDecimal.valueOf(totals.size()))) >= 0;
        }
        // every tool's and indicator's figures in one pass over the agencies
        List<String> toolIds = new ArrayList<>();
        List<String> indicatorIds = new ArrayList<>();
        for (io.github.ita.edition.Tool t : edition.tools()) {
            toolIds.add(t.id());
            t.indicators().forEach(i -> indicatorIds.add(i.id()));
        }
        Sum[] toolSums = Sum.of(toolIds.size());
        Sum[] indicatorSums = Sum.of(indicatorIds.size());
        for (Figures f : results) {
            Sum.add(toolSums, f.toolScores(), f.toolPassed());
            Sum.add(indicatorSums, f.indicatorScores(), f.indicatorPassed());
        }
        this.tools = nodeFigures(toolIds, toolSums);
        this.indicators = nodeFigures(indicatorIds, indicatorSums);
        this.lowest = lowest(results, options.lowest());
    }

    /**
     * @return the {@code n} agencies with the lowest totals, by total then id (and, between figures equal in both,
     *     in their order): those a stable sort of all of them would put first. A few are kept in order as the
     *     figures pass, each compared once with the highest kept, rather than every agency sorted, which a
     *     national batch does at its very end, on one thread, mostly in code the JIT has not compiled
     */
    private static List<Low> lowest(List<Figures> results, int n) {
        List<Figures> kept;
        if (n > 64) {
            kept = results.stream().filter(r -> r.total() != null).sorted(Summary::lowFirst).limit(n).toList();
        } else {
            Figures[] low = new Figures[n];
            int size = 0;
            for (Figures r : results) {
                if (r.total() == null || n == 0 || size == n && lowFirst(r, low[n - 1]) >= 0) {
                    continue;
                }
                int at = size == n ? n - 1 : size++;
                while (at > 0 && lowFirst(r, low[at - 1]) < 0) {
                    low[at] = low[at - 1];
                    at--;
                }
                low[at] = r;
            }
            kept = Arrays.asList(low).subList(0, size);
        }
        List<Low> lows = new ArrayList<>(kept.size());
        for (Figures r : kept) {
            lows.add(new Low(r.id(), r.name(), r.total(), r.rating()));
        }
        return List.copyOf(lows);
    }

    /** The order of {@link #lowest}: by total, then by id. */
    private static int lowFirst(Figures a, Figures b) {
        int c = a.total().compareTo(b.total());
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    private static List<NodeFigures> nodeFigures(List<String> ids, Sum[] sums) {
        List<NodeFigures> figures = new ArrayList<>(ids.size());
        for (int i = 0; i < sums.length; i++) {
            Sum s = sums[i];
            figures.add(new NodeFigures(ids.get(i), s.count, s.count == 0 ? null : s.mean(), s.passing,
                    s.count == 0 ? null : share(s.passing, s.count)));
        }
        return List.copyOf(figures);
    }

    /**
     * A tool's or indicator's scores summed over the agencies, exactly: as a long of hundredths while
     * every score has two decimals (as shown scores have), with no BigDecimal made for each; else, or
     * past a long, as a BigDecimal. The mean is the same as {@link #mean(List)} of the scores: it
     * depends only on the sum's value.
     */
    private static final class Sum {
        private long hundredths;
        private BigDecimal big;
        private int count;
        private int passing;

        static Sum[] of(int n) {
            Sum[] sums = new Sum[n];
            for (int i = 0; i < n; i++) {
                sums[i] = new Sum();
            }
            return sums;
        }

        /** Adds an agency's scores (null where the node has none) and whether each passed. */
        static void add(Sum[] sums, List<BigDecimal> scores, List<Boolean> passed) {
            for (int i = 0; i < sums.length; i++) {
                BigDecimal s = scores.get(i);
                if (s != null) {
                    sums[i].add(s, passed.get(i));
                }
            }
        }

        void add(BigDecimal score, boolean passed) {
            count++;
            if (passed) {
                passing++;
            }
            if (big == null && score.scale() == 2 && score.precision() <= 18) {
                long h = io.github.ita.internal.Numbers.unscaled(score);
                long sum = hundredths + h;
                if (((hundredths ^ sum) & (h ^ sum)) >= 0) {   // no overflow
                    hundredths = sum;
                    return;
                }
            }
            big = (big == null ? BigDecimal.valueOf(hundredths, 2) : big).add(score);
        }

        BigDecimal mean() {
            BigDecimal sum = big == null ? BigDecimal.valueOf(hundredths, 2) : big;
            return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        }
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * The sample standard deviation, √((nΣx² − (Σx)²) / (n(n − 1))): the sums exact, the division and
     * the square root to 34 significant digits, rounded half-up to two decimals.
     */
    static BigDecimal sampleStandardDeviation(List<BigDecimal> values) {
        BigDecimal n = BigDecimal.valueOf(values.size());
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
            squares = squares.add(v.multiply(v));
        }
        BigDecimal variance = n.multiply(squares).subtract(sum.multiply(sum))
                .divide(n.multiply(n.subtract(BigDecimal.ONE)), MathContext.DECIMAL128);
        return variance.sqrt(MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
    }

    /** The R-7 quantile of sorted values, exact, rounded half-up to two decimals. */
    static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
        int lo = h.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal frac = h.subtract(BigDecimal.valueOf(lo));
        BigDecimal x = sorted.get(lo);
        if (frac.signum() != 0) {
            x = x.add(frac.multiply(sorted.get(lo + 1).subtract(x), MathContext.UNLIMITED));
        }
        return x.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** @return the number of agencies */
    public int agencies() {
        return agencies;
    }

    /** @return the number of agencies with a total (every tool has data) */
    public int withTotal() {
        return withTotal;
    }

    /** @return the mean total, two decimals; empty without totals */
    public Optional<BigDecimal> mean() {
        return Optional.ofNullable(mean);
    }

    /** @return the median total */
    public Optional<BigDecimal> median() {
        return Optional.ofNullable(median);
    }

    /** @return the sample standard deviation of the totals; empty with fewer than two */
    public Optional<BigDecimal> standardDeviation() {
        return Optional.ofNullable(standardDeviation);
    }

    /** @return the first quartile of the totals */
    public Optional<BigDecimal> q1() {
        return Optional.ofNullable(q1);
    }

    /** @return the third quartile of the totals */
    public Optional<BigDecimal> q3() {
        return Optional.ofNullable(q3);
    }

    /** @return the lowest total */
    public Optional<BigDecimal> min() {
        return Optional.ofNullable(min);
    }

    /** @return the highest total */
    public Optional<BigDecimal> max() {
        return Optional.ofNullable(max);
    }

    /** @return the number of agencies at each rating, AA first */
    public Map<Rating, Integer> ratings() {
        return ratings;
    }

    /** @return the number of agencies whose total reaches the pass mark */
    public int passing() {
        return passing;
    }

    /**
     * @return how many agencies' pass or fail lies within the noise of sampling (the pass mark
     *         within the total's interval, {@link Result#passInDoubt()}); empty when no agency's
     *         total has an estimated interval (published numbers)
     */
    public java.util.OptionalInt passInDoubt() {
        return passInDoubt < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(passInDoubt);
    }

    /** @return passing / agencies with a total, in percent, two decimals */
    public Optional<BigDecimal> passingShare() {
        return Optional.ofNullable(passingShare);
    }

    /** @return the target share in percent */
    public BigDecimal target() {
        return target;
    }

    /** @return whether the passing share reaches the target (compared exactly) */
    public Optional<Boolean> targetMet() {
        return Optional.ofNullable(targetMet);
    }

    /** @return each tool's figures, in edition order */
    public List<NodeFigures> tools() {
        return tools;
    }

    /** @return each indicator's figures, in edition order */
    public List<NodeFigures> indicators() {
        return indicators;
    }

    /** @return the lowest agencies, lowest first (ties by id) */
    public List<Low> lowest() {
        return lowest;
    }

}

package io.github.ita.analysis;

import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.scoring.Overview;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Scores many agencies at once, on every core, and summarises them against the national target.
 *
 * <pre>{@code
 * BatchScorer batch = BatchScorer.of(Scorer.of(Editions.bundled("ita-2568")));
 * BatchTally tally = batch.newTally();      // fill from CSV (BatchCsvReader) or any source of rows
 * BatchResult r = batch.score(tally, BatchOptions.DEFAULT.withGroupBy("province"));
 * r.summary().passingShare();               // share of agencies at 85 or more, against r.summary().target()
 * }</pre>
 */
public final class BatchScorer {

    private final Scorer scorer;
    private final boolean parallel;

    private BatchScorer(Scorer scorer, boolean parallel) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.parallel = parallel;
    }

    /**
     * @param scorer the scorer of each agency (edition and policies)
     * @return a batch scorer
     */
    public static BatchScorer of(Scorer scorer) {
        return new BatchScorer(scorer, true);
    }

    /** @return a batch scorer that scores on the calling thread only (same output, for checks and measurements) */
    public BatchScorer sequential() {
        return new BatchScorer(scorer, false);
    }

    /** @return whether agencies are scored on every core */
    public boolean isParallel() {
        return parallel;
    }

    /** @return the scorer of each agency */
    public Scorer scorer() {
        return scorer;
    }

    /** @return an empty batch */
    public BatchTally newTally() {
        return new BatchTally(scorer);
    }

    /**
     * Scores a batch and keeps every result: for batches that fit in memory. A national batch
     * should use {@link #score(BatchTally, BatchOptions, BatchListener, Consumer)}.
     *
     * @param tally   the batch
     * @param options the target, grouping and number of lowest agencies
     * @return the results and summaries
     */
    public BatchResult score(BatchTally tally, BatchOptions options) {
        List<Result> results = new ArrayList<>();
        BatchSummary summary = score(tally, options, BatchListener.NONE, results::add);
        return new BatchResult(scorer.edition(), results, summary);
    }

    /**
     * Scores every agency of a batch on every core, handing each result to {@code sink} in agency-id
     * order as soon as it is ready, and summarises them. Only a few figures of each agency are kept,
     * so memory does not grow with the results. The output does not depend on the number of threads
     * or the order the rows were read in.
     *
     * @param tally    the batch
     * @param options  the target, grouping and number of lowest agencies
     * @param listener hears the progress
     * @param sink     takes each result, in agency-id order, on the calling thread
     * @return the summaries
     * @throws ItaException the problem of the first agency (by id) that cannot be scored, naming it;
     *                      the sink has then been given the results of the agencies before it
     */
    public BatchSummary score(BatchTally tally, BatchOptions options, BatchListener listener, Consumer<Result> sink) {
        return score(tally, options, listener, r -> r, sink);
    }

    /**
     * As {@link #score(BatchTally, BatchOptions, BatchListener, Consumer)}, with a step that turns each
     * result into what the sink takes (its JSON bytes, say) on the scoring threads, so that the
     * sink, called in agency-id order on the calling thread, only has to store it.
     *
     * @param tally    the batch
     * @param options  the target, grouping and number of lowest agencies
     * @param listener hears the progress
     * @param render   turns a result into what the sink takes; called on any thread
     * @param sink     takes each rendered result, in agency-id order, on the calling thread
     * @param <T>      what the sink takes
     * @return the summaries
     */
    public <T> BatchSummary score(BatchTally tally, BatchOptions options, BatchListener listener,
                                  Function<Result, T> render, Consumer<? super T> sink) {
        return run(tally, options, listener, s -> scorer.score(s.agency, s.tally, tally.oit(s)), Summary.Figures::of, render, sink);
    }

    /**
     * As {@link #score(BatchTally, BatchOptions, BatchListener, Function, Consumer)}, for outputs that
     * show an agency's total, tools and indicators only (a table of agencies, the summaries): each
     * agency's {@link Overview}, made without its result's tree of questions ({@link Scorer#overview}),
     * at a fraction of the cost.
     *
     * @param tally    the batch
     * @param options  the target, grouping and number of lowest agencies
     * @param listener hears the progress
     * @param render   turns an overview into what the sink takes; called on any thread
     * @param sink     takes each rendered overview, in agency-id order, on the calling thread
     * @param <T>      what the sink takes
     * @return the summaries, equal to those of {@link #score(BatchTally, BatchOptions, BatchListener, Function, Consumer)}
     */
    public <T> BatchSummary overviews(BatchTally tally, BatchOptions options, BatchListener listener,
                                      Function<Overview, T> render, Consumer<? super T> sink) {
        return run(tally, options, listener, s -> scorer.overview(s.agency, s.tally, tally.oit(s)), Summary.Figures::of, render, sink);
    }

    private <R, T> BatchSummary run(BatchTally tally, BatchOptions options, BatchListener listener,
                                    Function<BatchTally.AgencyState, R> scoring, Function<R, Summary.Figures> figuresOf,
                                    Function<R, T> render, Consumer<? super T> sink) {
        if (tally.scorer().edition() != scorer.edition()) {
            throw new IllegalArgumentException("the batch was tallied for another edition");
        }
        tally.verifyRespondentIds(Map.of());
        List<BatchTally.AgencyState> states = tally.sorted();
        List<Summary.Figures> figures = new ArrayList<>(states.size());
        // the Thai collation of the groups is made only when there are groups: loading its rules is a cold run's work
        Comparator<String> groupOrder = options.groupBy() == null ? Comparator.naturalOrder() : groupOrder();
        Map<String, List<Summary.Figures>> members = new TreeMap<>(groupOrder);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        AtomicInteger done = new AtomicInteger();
        for (int from = 0; from < states.size(); from += CHUNK) {
            int to = Math.min(states.size(), from + CHUNK);
            Object[] out = new Object[to - from];
            Summary.Figures[] figs = new Summary.Figures[to - from];
            final int base = from;
            IntStream range = IntStream.range(from, to);
            (parallel ? range.parallel() : range).forEach(i -> {
                BatchTally.AgencyState s = states.get(i);
                try {
                    R r = scoring.apply(s);
                    figs[i - base] = figuresOf.apply(r);
                    out[i - base] = render.apply(r);
                } catch (ItaException e) {
                    out[i - base] = e.within(new Location(null, 0, 0, "agency " + s.agency.id(), null, null));
                }
            });
            for (int i = from; i < to; i++) {
                Object o = out[i - from];
                if (o instanceof ItaException e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                T rendered = (T) o;
                sink.accept(rendered);
                BatchTally.AgencyState s = states.get(i);
                Summary.Figures f = figs[i - from];
                figures.add(f);
                if (!s.attributes.isEmpty()) {
                    attributes.put(s.agency.id(), s.attributes);
                }
                if (options.groupBy() != null) {
                    members.computeIfAbsent(s.attributes.getOrDefault(options.groupBy(), ""), k -> new ArrayList<>()).add(f);
                }
            }
            listener.progress(tally.rows(), done.addAndGet(to - from));
        }
        Summary all = Summary.ofFigures(scorer.edition(), figures, options);
        Map<String, Summary> groups = new TreeMap<>(groupOrder);
        members.forEach((g, list) -> groups.put(g, Summary.ofFigures(scorer.edition(), list, options)));
        return new BatchSummary(scorer.edition(), options, all, groups, attributes);
    }

    private static final int CHUNK = 512;

    /**
     * The order of groups: as a Thai reader orders names (Thai collation, where เชียงใหม่ comes under ช, not
     * after every other letter as by code point; Latin letters alphabetically, regardless of case first),
     * numbers in them by their value (เขต 2 before เขต 10, in Arabic or Thai digits), then by code point
     * between names that still compare as equal, so that the order is total and repeatable. A name is
     * compared run by run: a run of digits before a run of anything else, runs of digits by value, other
     * runs by the collation.
     *
     * @return a new comparator (a {@link java.text.Collator} is not thread-safe)
     */
    static Comparator<String> groupOrder() {
        java.text.Collator thai = java.text.Collator.getInstance(Locale.forLanguageTag("th-TH"));
        Comparator<String> byRuns = (a, b) -> {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int ie = run(a, i);
                int je = run(b, j);
                boolean da = Character.isDigit(a.charAt(i));
                boolean db = Character.isDigit(b.charAt(j));
                int c = da && db ? byValue(a, i, ie, b, j, je) : da != db ? (da ? -1 : 1)
                        : thai.compare(a.substring(i, ie), b.substring(j, je));
                if (c != 0) {
                    return c;
                }
                i = ie;
                j = je;
            }
            return Boolean.compare(i < a.length(), j < b.length());
        };
        return byRuns.thenComparing(Comparator.naturalOrder());
    }

    /** @return the end of the run of digits, or of other characters, that starts at i */
    private static int run(String s, int i) {
        boolean digits = Character.isDigit(s.charAt(i));
        int e = i;
        while (e < s.length() && Character.isDigit(s.charAt(e)) == digits) {
            e++;
        }
        return e;
    }

    /** Compares two runs of decimal digits (of any script) by their value. */
    private static int byValue(String a, int i, int ie, String b, int j, int je) {
        while (i < ie - 1 && Character.digit(a.charAt(i), 10) == 0) {
            i++;
        }
        while (j < je - 1 && Character.digit(b.charAt(j), 10) == 0) {
            j++;
        }
        if (ie - i != je - j) {
            return Integer.compare(ie - i, je - j);
        }
        for (; i < ie; i++, j++) {
            int c = Integer.compare(Character.digit(a.charAt(i), 10), Character.digit(b.charAt(j), 10));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}

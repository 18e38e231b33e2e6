package io.github.ita.measures;

import io.github.ita.analysis.Finding;
import io.github.ita.analysis.Findings;
import io.github.ita.edition.Edition;
import io.github.ita.response.Agency;
import io.github.ita.scoring.Level;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An agency's integrity and transparency measures for one fiscal year — the plan it publishes as
 * OIT item o42 and reports on as o43 — with the counts its progress report shows.
 *
 * @param agency     the agency
 * @param fiscalYear the Buddhist-era fiscal year the measures are for, e.g. 2566
 * @param edition    the edition whose indicators they serve, e.g. {@code ita-2565}
 * @param measures   the measures, in order
 */
public record Measures(Agency agency, int fiscalYear, String edition, List<Measure> measures) {

    /**
     * Checks that the agency and edition are given and that every measure's period shares a month with the fiscal
     * year (no round of the year would count one that does not: a report would leave it out), and copies the
     * measures.
     *
     * @param agency     the agency
     * @param fiscalYear the Buddhist-era fiscal year the measures are for, e.g. 2566
     * @param edition    the edition whose indicators they serve, e.g. {@code ita-2565}
     * @param measures   the measures, in order
     * @throws IllegalArgumentException when a measure's period lies outside the fiscal year
     */
    public Measures {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(edition, "edition");
        measures = List.copyOf(measures);
        Period year = Period.fiscalYear(fiscalYear);
        for (Measure m : measures) {
            if (!m.period().overlaps(year)) {
                throw new IllegalArgumentException("measure " + m.id() + ": period " + m.period().thai()
                        + " lies outside fiscal year " + fiscalYear + " (" + year.thai() + ")");
            }
        }
    }

    /** @return the number of measures at each status, not started first */
    public Map<MeasureStatus, Integer> byStatus() {
        Map<MeasureStatus, Integer> m = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus s : MeasureStatus.values()) {
            m.put(s, 0);
        }
        measures.forEach(x -> m.merge(x.status(), 1, Integer::sum));
        return m;
    }

    /** @return indicator id → the number of measures at each status, indicators in numeric order */
    public Map<String, Map<MeasureStatus, Integer>> byIndicator() {
        Map<String, Map<MeasureStatus, Integer>> m = new TreeMap<>(Measures::compareIds);
        for (Measure x : measures) {
            m.computeIfAbsent(x.indicator(), k -> {
                Map<MeasureStatus, Integer> e = new EnumMap<>(MeasureStatus.class);
                for (MeasureStatus s : MeasureStatus.values()) {
                    e.put(s, 0);
                }
                return e;
            }).merge(x.status(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * @param round a reporting round, e.g. {@link Period#firstHalf(int)}
     * @return the measures whose period shares a month with the round
     */
    public List<Measure> during(Period round) {
        return measures.stream().filter(m -> m.period().overlaps(round)).toList();
    }

    private static int compareIds(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /**
     * A skeleton plan for the next fiscal year from a result: one measure, not started, for each
     * indicator below the pass mark, listing as its steps the urgent questions and items of that
     * indicator (or the indicator itself when the result has nothing finer). Titles, owners and
     * follow-up are left for the agency to write: the skeleton is where they start.
     *
     * @param result   the last result
     * @param findings its findings
     * @return the skeleton
     */
    public static Measures skeleton(Result result, Findings findings) {
        Edition e = result.edition();
        int year = e.fiscalYear() + 1;
        Map<String, List<Finding>> urgentByIndicator = new LinkedHashMap<>();
        findings.urgent().forEach(f -> urgentByIndicator.computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f));
        List<Measure> out = new ArrayList<>();
        int n = 1;
        for (ResultNode tool : result.tools()) {
            for (ResultNode indicator : tool.children(Level.INDICATOR)) {
                if (indicator.passed().orElse(true)) {
                    continue;
                }
                List<String> steps = new ArrayList<>();
                for (Finding f : urgentByIndicator.getOrDefault(indicator.id(), List.of())) {
                    steps.add(f.level() == Level.INDICATOR
                            ? "ยกระดับตัวชี้วัดที่ " + f.id() + " " + f.label().th() + " (คะแนน " + f.score() + ")"
                            : "ข้อ " + f.id() + " " + f.label().th() + " (คะแนน " + f.score() + ")");
                }
                out.add(new Measure("m" + n++, indicator.id(), "มาตรการยกระดับตัวชี้วัดที่ " + indicator.id() + " "
                        + indicator.label().th(), steps, "", Period.fiscalYear(year), null, MeasureStatus.NOT_STARTED,
                        null, null));
            }
        }
        return new Measures(result.agency(), year, e.id(), out);
    }
}

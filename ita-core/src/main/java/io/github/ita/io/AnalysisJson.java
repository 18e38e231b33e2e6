package io.github.ita.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ita.analysis.Comparison;
import io.github.ita.internal.Numbers;
import io.github.ita.scoring.ChangeTest;
import io.github.ita.analysis.Finding;
import io.github.ita.analysis.Findings;
import io.github.ita.analysis.Plan;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.Score;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Writes findings with a plan ({@code ita plan --format json}) and comparisons ({@code ita compare
 * --format json}). Scores have two decimals; gains also appear exactly ({@code gainExact}).
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /**
     * {@code {"agency", "edition", "total", "findings": {"urgent": […], "improve": […], "keep": […]},
     * "plan": {"target", "targetScore", "from", "reachable", "steps": [{"id", "from", "to", "gain", "totalAfter"}], "after"}}}
     *
     * @param result   the result analysed
     * @param findings its findings
     * @param plan     the plan to the target
     * @return the JSON, ending with a newline
     */
    public static String plan(Result result, Findings findings, Plan plan) {
        return plan(result, findings, plan, Provenance.of(result.edition(), result.options()));
    }

    /**
     * As {@link #plan(Result, Findings, Plan)}, with the provenance given.
     *
     * @param result     the result analysed
     * @param findings   its findings
     * @param plan       the plan
     * @param provenance how the result was made
     * @return the JSON
     */
    public static String plan(Result result, Findings findings, Plan plan, Provenance provenance) {
        return JsonOutput.write(g -> {
            g.writeStartObject();
            g.writeStringField("edition", result.edition().id());
            ResultJson.provenance(g, provenance);
            agency(g, result);
            JsonOutput.number(g, "total", result.total().map(Score::shown).orElse(null));
            g.writeObjectFieldStart("findings");
            findings(g, "urgent", result, findings.urgent());
            findings(g, "improve", result, findings.improve());
            findings(g, "keep", result, findings.keep());
            g.writeEndObject();
            g.writeObjectFieldStart("plan");
            g.writeStringField("target", plan.target().label());
            JsonOutput.number(g, "targetScore", plan.target().score());
            JsonOutput.number(g, "from", plan.from().shown());
            g.writeBooleanField("reachable", plan.reachable());
            g.writeArrayFieldStart("steps");
            for (Plan.Step s : plan.steps()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("level", s.level().name().toLowerCase(Locale.ROOT));
                JsonOutput.number(g, "from", s.from().shown());
                JsonOutput.number(g, "to", s.to().shown());
                JsonOutput.number(g, "gain", s.gain().shown());
                g.writeStringField("gainExact", s.gain().exact());
                JsonOutput.number(g, "totalAfter", s.totalAfter().shown());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonOutput.number(g, "after", plan.after().total().map(Score::shown).orElse(null));
            g.writeStringField("ratingAfter", plan.after().rating().map(Enum::name).orElse(null));
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void agency(JsonGenerator g, Result result) throws IOException {
        g.writeObjectFieldStart("agency");
        g.writeStringField("id", result.agency().id());
        g.writeStringField("name", result.agency().name());
        g.writeEndObject();
    }

    private static void findings(JsonGenerator g, String field, Result result, List<Finding> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (Finding f : list) {
            ResultNode n = result.node(f.id());
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("level", f.level().name().toLowerCase(Locale.ROOT));
            g.writeStringField("tool", f.tool());
            g.writeStringField("indicator", f.indicator());
            g.writeStringField("th", f.label().th());
            g.writeStringField("en", f.label().en());
            JsonOutput.number(g, "score", f.score().shown());
            g.writeStringField("weightInTotal", n.weight().exact());
            JsonOutput.number(g, "maxGain", n.maxGain().map(Score::shown).orElse(null));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * {@code {"agency", "sameAgency", "before": {"agency", "edition", "total", "rating", "passed"}, "after": {…}, "total": {delta},
     * "tools": [delta], "indicators": [delta], "crossedUp": [ids], "crossedDown": [ids]}} where a delta is
     * {@code {"id", "before", "after", "change", "crossing"}}; "agency" is the later result's, "change" is
     * the difference of the two scores as shown. The total's and each survey tool's delta also holds
     * {@code "sampling": {"level", "standardError", "pValue", "beyondSampling"}} when both results
     * were scored from answers: whether the change is more than sampling alone explains.
     *
     * @param c the comparison
     * @return the JSON, ending with a newline
     */
    public static String comparison(Comparison c) {
        return JsonOutput.write(g -> {
            g.writeStartObject();
            agency(g, c.after());
            g.writeBooleanField("sameAgency", c.sameAgency());
            side(g, "before", c.before());
            side(g, "after", c.after());
            g.writeFieldName("total");
            delta(g, c.total());
            g.writeArrayFieldStart("tools");
            for (Comparison.Delta d : c.tools()) {
                delta(g, d);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (Comparison.Delta d : c.indicators()) {
                delta(g, d);
            }
            g.writeEndArray();
            ids(g, "crossedUp", c.crossedUp());
            ids(g, "crossedDown", c.crossedDown());
            g.writeEndObject();
        });
    }

    private static void side(JsonGenerator g, String field, Result r) throws IOException {
        g.writeObjectFieldStart(field);
        agency(g, r);
        g.writeStringField("edition", r.edition().id());
        JsonOutput.number(g, "total", r.total().map(Score::shown).orElse(null));
        g.writeStringField("rating", r.rating().map(Enum::name).orElse(null));
        if (r.passed().isPresent()) {
            g.writeBooleanField("passed", r.passed().get());
        } else {
            g.writeNullField("passed");
        }
        g.writeEndObject();
    }

    private static void delta(JsonGenerator g, Comparison.Delta d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        JsonOutput.number(g, "before", d.before() == null ? null : d.before().shown());
        JsonOutput.number(g, "after", d.after() == null ? null : d.after().shown());
        JsonOutput.number(g, "change", d.change());
        g.writeStringField("crossing", d.crossing().name().toLowerCase(Locale.ROOT));
        if (d.sampling().isPresent()) {
            ChangeTest t = d.sampling().get();
            g.writeObjectFieldStart("sampling");
            JsonOutput.number(g, "level", BigDecimal.valueOf(t.level()));
            JsonOutput.number(g, "standardError", Numbers.points(t.standardError()));
            // rounded down, so that the p shown compares with 1 − level as the verdict does (0.0976 < 0.10: 0.09)
            JsonOutput.number(g, "pValue", BigDecimal.valueOf(t.pValue()).setScale(2, java.math.RoundingMode.DOWN));
            g.writeBooleanField("beyondSampling", t.beyondSampling());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void ids(JsonGenerator g, String field, List<Comparison.Delta> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (Comparison.Delta d : list) {
            g.writeString(d.id());
        }
        g.writeEndArray();
    }
}

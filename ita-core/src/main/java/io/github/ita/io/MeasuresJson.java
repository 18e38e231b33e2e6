package io.github.ita.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ita.DuplicateIdException;
import io.github.ita.ItaException;
import io.github.ita.MalformedInputException;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.internal.Json;
import io.github.ita.internal.Text;
import io.github.ita.measures.Measure;
import io.github.ita.measures.MeasureStatus;
import io.github.ita.measures.Measures;
import io.github.ita.measures.Period;
import io.github.ita.response.Agency;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes an agency's measures file:
 * <pre>{@code
 * { "agency": { "id": "…", "name": "…" }, "fiscalYear": 2566, "edition": "ita-2565",
 *   "measures": [ { "id": "m1", "indicator": "4", "title": "…", "steps": ["…"], "owner": "กองคลัง",
 *                   "period": "ต.ค. ๖๕ – ก.ย. ๖๖", "followUp": "…", "status": "done", "result": "…", "outcome": "…" } ] }
 * }</pre>
 * {@code status} is {@code not-started}, {@code in-progress} or {@code done}, or the Thai words
 * ยังไม่ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้ว; {@code period} as agencies write it;
 * {@code fiscalYear} a whole Buddhist-era year from 2500 to 2700 ({@code 2566.0} is 2566; an absurd
 * number such as {@code 1e999999999} is refused as it is read, as is any JSON number with more than 100
 * digits before or after its decimal point once written out).
 */
public final class MeasuresJson {

    /** The fiscal year is a whole Buddhist-era year from 2500 to 2700, compared before it becomes an int. */
    private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(2500);
    private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2700);
    private static final Set<String> ROOT = Set.of("agency", "fiscalYear", "edition", "measures");
    private static final Set<String> MEASURE = Set.of("id", "indicator", "title", "steps", "owner", "period", "followUp",
            "status", "result", "outcome");

    private MeasuresJson() {
    }

    /**
     * @param file the measures file
     * @return the measures, checked: unique ids, indicators of the edition, known statuses, readable periods
     * @throws ItaException naming the file, line and field of any problem
     */
    public static Measures read(Path file) {
        return read(Json.read(file));
    }

    /**
     * @param in   the JSON (not closed)
     * @param name the name to use in messages
     * @return the measures
     */
    public static Measures read(InputStream in, String name) {
        return read(Json.read(in, name));
    }

    private static Measures read(Json.Node rootNode) {
        Json.Obj root = rootNode.asObject().only(ROOT);
        Json.Obj a = root.require("agency").asObject().only(Set.of("id", "name"));
        Agency agency = new Agency(a.require("id").asText(), a.optText("name") == null ? "" : a.optText("name"));
        Json.Node fyNode = root.require("fiscalYear");
        BigDecimal fy = fyNode.asNumber();
        if (fy.stripTrailingZeros().scale() > 0 || fy.compareTo(FIRST_YEAR) < 0 || fy.compareTo(LAST_YEAR) > 0) {
            throw new MalformedInputException(fyNode.location(), "fiscalYear must be a Buddhist-era year such as 2566, not "
                    + Text.clip(fyNode.written()), fyNode.written());
        }
        Json.Node editionNode = root.require("edition");
        Edition edition;
        try {
            edition = Editions.bundled(editionNode.asText());
        } catch (UnknownIdException e) {
            throw e.within(editionNode.location());
        }
        List<Measure> measures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Json.Node mn : root.require("measures").asArray().elements()) {
            Json.Obj m = mn.asObject().only(MEASURE);
            Json.Node idNode = m.require("id");
            String id = idNode.asText();
            if (!ids.add(id)) {
                throw new DuplicateIdException(idNode.location().withQuestion(id), "measure id " + id + " is used twice", id);
            }
            Json.Node indNode = m.require("indicator");
            String indicator = indNode.asText();
            if (edition.findIndicator(indicator).isEmpty()) {
                throw new UnknownIdException(indNode.location().withQuestion(indicator), "edition " + edition.id()
                        + " has no indicator " + indicator, indicator);
            }
            List<String> steps = new ArrayList<>();
            Json.Node stepsNode = m.get("steps");
            if (stepsNode != null) {
                for (Json.Node s : stepsNode.asArray().elements()) {
                    steps.add(s.asText());
                }
            }
            Json.Node periodNode = m.require("period");
            Period period;
            try {
                period = Period.parse(periodNode.asText());
            } catch (MalformedInputException e) {
                throw e.within(periodNode.location());
            }
            Period year = Period.fiscalYear(fy.intValueExact());
            if (!period.overlaps(year)) {
                // no round of the year would count it: the progress report would leave it out without a word
                throw new MalformedInputException(periodNode.location(), "measure " + Text.clip(id) + ": period " + period.thai()
                        + " lies outside fiscal year " + fy.intValueExact() + " (" + year.thai() + ")"
                        + (period.fromYear() < 2400 ? ": years are Buddhist-era (พ.ศ. = ค.ศ. + 543)" : ""), periodNode.asText());
            }
            Json.Node statusNode = m.require("status");
            MeasureStatus status = MeasureStatus.parse(statusNode.asText());
            if (status == null) {
                throw new MalformedInputException(statusNode.location(), "status must be not-started, in-progress or done (ยังไม่ดำเนินการ, "
                        + "อยู่ระหว่างดำเนินการ, ดำเนินการแล้ว), not \"" + Text.clip(statusNode.asText()) + "\"", statusNode.asText());
            }
            measures.add(new Measure(id, indicator, m.require("title").asText(), steps, m.require("owner").asAnyText(),
                    period, m.optText("followUp"), status, m.optText("result"), m.optText("outcome")));
        }
        return new Measures(agency, fy.intValueExact(), edition.id(), measures);
    }

    /**
     * @param m measures
     * @return the measures file, ending with a newline (readable by {@link #read(Path)})
     */
    public static String write(Measures m) {
        return JsonOutput.write(g -> {
            g.writeStartObject();
            agency(g, m);
            g.writeArrayFieldStart("measures");
            for (Measure x : m.measures()) {
                measure(g, x);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * The progress report as JSON: counts by status and by indicator, and the measures.
     *
     * @param m     the measures
     * @param round the reporting round
     * @return the JSON, ending with a newline
     */
    public static String report(Measures m, Period round) {
        return JsonOutput.write(g -> {
            g.writeStartObject();
            agency(g, m);
            g.writeObjectFieldStart("round");
            g.writeStringField("period", round.thai());
            g.writeStringField("from", round.fromYear() + "-" + (round.fromMonth() < 10 ? "0" : "") + round.fromMonth());
            g.writeStringField("to", round.toYear() + "-" + (round.toMonth() < 10 ? "0" : "") + round.toMonth());
            g.writeEndObject();
            List<Measure> during = m.during(round);
            Measures shown = new Measures(m.agency(), m.fiscalYear(), m.edition(), during);
            g.writeObjectFieldStart("byStatus");
            for (Map.Entry<MeasureStatus, Integer> e : shown.byStatus().entrySet()) {
                g.writeNumberField(e.getKey().code(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("byIndicator");
            for (Map.Entry<String, Map<MeasureStatus, Integer>> e : shown.byIndicator().entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                for (Map.Entry<MeasureStatus, Integer> s : e.getValue().entrySet()) {
                    g.writeNumberField(s.getKey().code(), s.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("measures");
            for (Measure x : during) {
                measure(g, x);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void agency(JsonGenerator g, Measures m) throws IOException {
        g.writeObjectFieldStart("agency");
        g.writeStringField("id", m.agency().id());
        g.writeStringField("name", m.agency().name());
        g.writeEndObject();
        g.writeNumberField("fiscalYear", m.fiscalYear());
        g.writeStringField("edition", m.edition());
    }

    private static void measure(JsonGenerator g, Measure x) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", x.id());
        g.writeStringField("indicator", x.indicator());
        g.writeStringField("title", x.title());
        g.writeArrayFieldStart("steps");
        for (String s : x.steps()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("owner", x.owner());
        g.writeStringField("period", x.period().thai());
        if (x.followUp() != null) {
            g.writeStringField("followUp", x.followUp());
        }
        g.writeStringField("status", x.status().code());
        if (x.result() != null) {
            g.writeStringField("result", x.result());
        }
        if (x.outcome() != null) {
            g.writeStringField("outcome", x.outcome());
        }
        g.writeEndObject();
    }
}

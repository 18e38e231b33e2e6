package io.github.ita.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ita.edition.Rating;
import io.github.ita.scoring.Level;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Score;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link Result} as the JSON result of DESIGN.md §3: the total, rating and pass flag, then
 * every tool, indicator, sub-indicator and question with its score (two decimals), pass flag,
 * respondents and answer distribution, and the weight in the total as an exact fraction.
 * Byte-identical for equal results.
 */
public final class ResultJson {

    private ResultJson() {
    }

    /**
     * @param result the result
     * @return its JSON, ending with a newline
     */
    public static String write(Result result) {
        return write(result, Provenance.of(result.edition(), result.options()));
    }

    /**
     * @param result     the result
     * @param provenance how it was made (with the input files' hashes, say)
     * @return its JSON with the provenance, ending with a newline
     */
    public static String write(Result result, Provenance provenance) {
        return JsonOutput.write(g -> write(g, result, provenance));
    }

    /**
     * @param result the result
     * @return its JSON on one line, without indentation, as UTF-8 bytes (the form batches hold)
     */
    public static byte[] compact(Result result) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 << 10);
        try (JsonGenerator g = JsonOutput.compact(out)) {
            write(g, result);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes one result as a JSON object into a generator, for documents that hold several.
     *
     * @param g      the generator
     * @param result the result
     * @throws IOException when the generator fails
     */
    public static void write(JsonGenerator g, Result result) throws IOException {
        write(g, result, null);
    }

    private static void write(JsonGenerator g, Result result, Provenance provenance) throws IOException {
        g.writeStartObject();
        g.writeStringField("edition", result.edition().id());
        g.writeObjectFieldStart("agency");
        g.writeStringField("id", result.agency().id());
        g.writeStringField("name", result.agency().name());
        g.writeEndObject();
        JsonOutput.number(g, "total", result.total().map(Score::shown).orElse(null));
        g.writeFieldName("rating");
        if (result.rating().isPresent()) {
            g.writeString(result.rating().map(Rating::name).get());
        } else {
            g.writeNull();
        }
        bool(g, "passed", result.passed().orElse(null));
        g.writeStringField("presentation", switch (result.edition().presentation()) {
            case RATING -> "rating";
            case PASS_FAIL -> "pass-fail";
        });
        JsonOutput.number(g, "passMark", result.edition().passMark());
        g.writeObjectFieldStart("policy");
        g.writeStringField("rounding", result.options().rounding() == RoundingPolicy.EXACT ? "exact" : "each-level");
        g.writeStringField("missingAnswers", result.options().missingAnswers().name().toLowerCase(java.util.Locale.ROOT));
        g.writeEndObject();
        if (result.excluded() > 0) {
            g.writeNumberField("excluded", result.excluded());
        }
        if (provenance != null) {
            provenance(g, provenance);
        }
        g.writeArrayFieldStart("tools");
        for (ResultNode tool : result.tools()) {
            g.writeStartObject();
            g.writeStringField("id", tool.id());
            JsonOutput.number(g, "score", tool.score().map(Score::shown).orElse(null));
            g.writeFieldName("weight");
            g.writeNumber(result.edition().tool(tool.id()).weight().toPlainString());
            JsonOutput.number(g, "weighted", result.weighted(tool.id()).map(Score::shown).orElse(null));
            bool(g, "passed", tool.passed().orElse(null));
            common(g, tool);
            g.writeArrayFieldStart("indicators");
            for (ResultNode indicator : tool.children()) {
                g.writeStartObject();
                g.writeStringField("id", indicator.id());
                JsonOutput.number(g, "score", indicator.score().map(Score::shown).orElse(null));
                bool(g, "passed", indicator.passed().orElse(null));
                common(g, indicator);
                g.writeArrayFieldStart("subIndicators");
                for (ResultNode sub : indicator.children(Level.SUB_INDICATOR)) {
                    g.writeStartObject();
                    g.writeStringField("id", sub.id());
                    JsonOutput.number(g, "score", sub.score().map(Score::shown).orElse(null));
                    bool(g, "passed", sub.passed().orElse(null));
                    common(g, sub);
                    questions(g, sub);
                    g.writeEndObject();
                }
                g.writeEndArray();
                questions(g, indicator);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void questions(JsonGenerator g, ResultNode parent) throws IOException {
        g.writeArrayFieldStart("questions");
        for (ResultNode q : parent.children(Level.QUESTION)) {
            leaf(g, q);
            if (!q.children().isEmpty()) {
                g.writeArrayFieldStart("items");
                for (ResultNode item : q.children()) {
                    leaf(g, item);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes a question's or item's fields, leaving its object open. */
    private static void leaf(JsonGenerator g, ResultNode q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        if (!q.isScored()) {
            g.writeBooleanField("scored", false);
        } else {
            JsonOutput.number(g, "score", q.score().map(Score::shown).orElse(null));
        }
        if (q.respondents().isPresent()) {
            g.writeNumberField("respondents", q.respondents().getAsLong());
        }
        if (q.isScored()) {
            bool(g, "passed", q.passed().orElse(null));
        }
        common(g, q);
        if (!q.distribution().isEmpty()) {
            g.writeObjectFieldStart("distribution");
            for (Map.Entry<String, Long> e : q.distribution().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (q.published().isPresent()) {
            g.writeBooleanField("published", q.published().get());
            if (q.url().isPresent()) {
                g.writeStringField("url", q.url().get());
            }
            if (q.note().isPresent()) {
                g.writeStringField("note", q.note().get());
            }
            if (!q.missingComponents().isEmpty()) {
                g.writeArrayFieldStart("missingComponents");
                for (String c : q.missingComponents()) {
                    g.writeString(c);
                }
                g.writeEndArray();
            }
        }
    }

    private static void common(JsonGenerator g, ResultNode n) throws IOException {
        if (n.level() == Level.TOOL && n.respondents().isPresent()) {
            g.writeNumberField("respondents", n.respondents().getAsLong());
        }
        g.writeStringField("weightInTotal", n.weight().exact());
        if (n.isGiven()) {
            g.writeBooleanField("given", true);
        }
        if (n.excluded() > 0) {
            g.writeNumberField("excluded", n.excluded());
        }
    }

    /**
     * Writes a {@code "provenance"} field.
     *
     * @param g the generator, inside an object
     * @param p the provenance
     * @throws IOException when the generator fails
     */
    static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeObjectFieldStart("provenance");
        g.writeStringField("library", p.library());
        g.writeStringField("edition", p.edition());
        g.writeStringField("editionSha256", p.editionSha256());
        g.writeObjectFieldStart("inputs");
        for (var e : p.inputs().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("rounding", p.rounding() == RoundingPolicy.EXACT ? "exact" : "each-level");
        g.writeStringField("missingAnswers", p.missingAnswers().name().toLowerCase(java.util.Locale.ROOT));
        if (p.timestamp() != null) {
            g.writeStringField("timestamp", p.timestamp().toString());
        }
        g.writeEndObject();
    }

    private static void bool(JsonGenerator g, String field, Boolean value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeBooleanField(field, value);
        }
    }
}

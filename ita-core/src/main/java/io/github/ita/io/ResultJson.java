package io.github.ita.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    /** The field names of the per-node part, encoded once: a national batch writes them millions of times. */
    private static final SerializedString DISTRIBUTION = new SerializedString("distribution");
    private static final SerializedString EXCLUDED = new SerializedString("excluded");
    private static final SerializedString GIVEN = new SerializedString("given");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString INDICATORS = new SerializedString("indicators");
    private static final SerializedString ITEMS = new SerializedString("items");
    private static final SerializedString MISSING_COMPONENTS = new SerializedString("missingComponents");
    private static final SerializedString NOTE = new SerializedString("note");
    private static final SerializedString PASSED = new SerializedString("passed");
    private static final SerializedString PUBLISHED = new SerializedString("published");
    private static final SerializedString QUESTIONS = new SerializedString("questions");
    private static final SerializedString RESPONDENTS = new SerializedString("respondents");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString SCORED = new SerializedString("scored");
    private static final SerializedString SUB_INDICATORS = new SerializedString("subIndicators");
    private static final SerializedString TOOLS = new SerializedString("tools");
    private static final SerializedString URL = new SerializedString("url");
    private static final SerializedString WEIGHT = new SerializedString("weight");
    private static final SerializedString WEIGHTED = new SerializedString("weighted");
    private static final SerializedString WEIGHT_IN_TOTAL = new SerializedString("weightInTotal");

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
        g.writeFieldName(TOOLS);
        g.writeStartArray();
        for (ResultNode tool : result.tools()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(tool.id());
            number(g, SCORE, tool.score().map(Score::shown).orElse(null));
            g.writeFieldName(WEIGHT);
            g.writeNumber(result.edition().tool(tool.id()).weight().toPlainString());
            number(g, WEIGHTED, result.weighted(tool.id()).map(Score::shown).orElse(null));
            bool(g, PASSED, tool.passed().orElse(null));
            common(g, tool);
            g.writeFieldName(INDICATORS);
            g.writeStartArray();
            for (ResultNode indicator : tool.children()) {
                g.writeStartObject();
                g.writeFieldName(ID);
                g.writeString(indicator.id());
                number(g, SCORE, indicator.score().map(Score::shown).orElse(null));
                bool(g, PASSED, indicator.passed().orElse(null));
                common(g, indicator);
                g.writeFieldName(SUB_INDICATORS);
                g.writeStartArray();
                for (ResultNode sub : indicator.children(Level.SUB_INDICATOR)) {
                    g.writeStartObject();
                    g.writeFieldName(ID);
                    g.writeString(sub.id());
                    number(g, SCORE, sub.score().map(Score::shown).orElse(null));
                    bool(g, PASSED, sub.passed().orElse(null));
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
        g.writeFieldName(QUESTIONS);
        g.writeStartArray();
        for (ResultNode q : parent.children(Level.QUESTION)) {
            leaf(g, q);
            if (!q.children().isEmpty()) {
                g.writeFieldName(ITEMS);
                g.writeStartArray();
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
        g.writeFieldName(ID);
        g.writeString(q.id());
        if (!q.isScored()) {
            g.writeFieldName(SCORED);
            g.writeBoolean(false);
        } else {
            number(g, SCORE, q.score().map(Score::shown).orElse(null));
        }
        if (q.respondents().isPresent()) {
            g.writeFieldName(RESPONDENTS);
            g.writeNumber(q.respondents().getAsLong());
        }
        if (q.isScored()) {
            bool(g, PASSED, q.passed().orElse(null));
        }
        common(g, q);
        if (!q.distribution().isEmpty()) {
            g.writeFieldName(DISTRIBUTION);
            g.writeStartObject();
            for (Map.Entry<String, Long> e : q.distribution().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (q.published().isPresent()) {
            g.writeFieldName(PUBLISHED);
            g.writeBoolean(q.published().get());
            if (q.url().isPresent()) {
                g.writeFieldName(URL);
                g.writeString(q.url().get());
            }
            if (q.note().isPresent()) {
                g.writeFieldName(NOTE);
                g.writeString(q.note().get());
            }
            if (!q.missingComponents().isEmpty()) {
                g.writeFieldName(MISSING_COMPONENTS);
                g.writeStartArray();
                for (String c : q.missingComponents()) {
                    g.writeString(c);
                }
                g.writeEndArray();
            }
        }
    }

    private static void common(JsonGenerator g, ResultNode n) throws IOException {
        if (n.level() == Level.TOOL && n.respondents().isPresent()) {
            g.writeFieldName(RESPONDENTS);
            g.writeNumber(n.respondents().getAsLong());
        }
        g.writeFieldName(WEIGHT_IN_TOTAL);
        g.writeString(n.weight().exact());
        if (n.isGiven()) {
            g.writeFieldName(GIVEN);
            g.writeBoolean(true);
        }
        if (n.excluded() > 0) {
            g.writeFieldName(EXCLUDED);
            g.writeNumber(n.excluded());
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

    private static void bool(JsonGenerator g, SerializedString field, Boolean value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeBoolean(value);
        }
    }

    private static void number(JsonGenerator g, SerializedString field, java.math.BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.toPlainString());
        }
    }
}

package io.github.ita.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.ita.edition.Rating;
import io.github.ita.internal.Numbers;
import io.github.ita.io.internal.ByteSink;
import io.github.ita.io.internal.GeneratorSink;
import io.github.ita.io.internal.JsonSink;
import io.github.ita.scoring.Level;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Score;
import io.github.ita.scoring.Uncertainty;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

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
    private static final SerializedString UNCERTAINTY = new SerializedString("uncertainty");
    private static final SerializedString LEVEL = new SerializedString("level");
    private static final SerializedString STANDARD_ERROR = new SerializedString("standardError");
    private static final SerializedString LOW = new SerializedString("low");
    private static final SerializedString HIGH = new SerializedString("high");
    /** The margins, in points, a tool's uncertainty tells the respondents needed for. */
    private static final int[] MARGINS = {1, 2};

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
        return JsonOutput.write(g -> write(new GeneratorSink(g), result, provenance));
    }

    /**
     * @param result the result
     * @return its JSON on one line, without indentation, as UTF-8 bytes (the form batches hold)
     */
    public static byte[] compact(Result result) {
        ByteSink bytes = BUFFER.get();
        bytes.reset();
        try {
            write(bytes, result, null);
        } catch (IOException e) {
            throw new IllegalStateException("the byte writer does not fail", e);
        }
        byte[] json = bytes.toByteArray();
        if (bytes.capacity() > KEPT) {
            BUFFER.remove();   // an outsized result's room is not held on to
        }
        return json;
    }

    /**
     * Each thread's room for compact results, written into again for the next result (as Jackson
     * recycles its buffers), so that a batch does not allocate a national batch's output twice over.
     */
    private static final ThreadLocal<ByteSink> BUFFER = ThreadLocal.withInitial(() -> new ByteSink(32 << 10));
    /** The most room a thread keeps between results. */
    private static final int KEPT = 1 << 20;

    /** As {@link #compact}, through Jackson's generator: the reference the byte writer is checked against. */
    static byte[] compactByGenerator(Result result) {
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
    static void write(JsonGenerator g, Result result) throws IOException {
        write(new GeneratorSink(g), result, null);
    }

    private static void write(JsonSink g, Result result, Provenance provenance) throws IOException {
        g.startObject();
        g.stringField("edition", result.edition().id());
        g.objectFieldStart("agency");
        g.stringField("id", result.agency().id());
        g.stringField("name", result.agency().name());
        if (result.agency().staff().isPresent()) {
            g.numberField("staff", result.agency().staff().getAsLong());
        }
        g.endObject();
        number(g, "total", result.total().map(Score::shown).orElse(null));
        g.field("rating");
        if (result.rating().isPresent()) {
            g.string(result.rating().map(Rating::name).get());
        } else {
            g.nul();
        }
        bool(g, "passed", result.passed().orElse(null));
        Uncertainty total = result.uncertainty().orElse(null);
        if (total != null) {
            uncertainty(g, total);
            g.field("chanceAtLeastPassMark");
            if (total.isEstimated()) {
                g.number(Numbers.chance(result.chanceAtLeastPassMark().getAsDouble()));
            } else {
                g.nul();
            }
            g.field("ratingsWithin");
            g.startArray();
            for (Rating r : result.ratingsWithin()) {
                g.string(r.name());
            }
            g.endArray();
            g.endObject();
        }
        g.stringField("presentation", switch (result.edition().presentation()) {
            case RATING -> "rating";
            case PASS_FAIL -> "pass-fail";
        });
        number(g, "passMark", result.edition().passMark());
        g.objectFieldStart("policy");
        g.stringField("rounding", result.options().rounding() == RoundingPolicy.EXACT ? "exact" : "each-level");
        g.stringField("missingAnswers", result.options().missingAnswers().name().toLowerCase(java.util.Locale.ROOT));
        g.endObject();
        if (result.excluded() > 0) {
            g.numberField("excluded", result.excluded());
        }
        if (provenance != null) {
            provenance(g, provenance);
        }
        g.field(TOOLS);
        g.startArray();
        for (ResultNode tool : result.tools()) {
            g.startObject();
            g.field(ID);
            g.string(tool.id());
            number(g, SCORE, shown(tool.score()));
            g.field(WEIGHT);
            g.number(result.edition().tool(tool.id()).weight());
            number(g, WEIGHTED, result.weighted(tool.id()).map(Score::shown).orElse(null));
            bool(g, PASSED, tool.passed().orElse(null));
            sampling(g, tool);
            common(g, tool);
            g.field(INDICATORS);
            g.startArray();
            for (ResultNode indicator : tool.children()) {
                g.startObject();
                g.field(ID);
                g.string(indicator.id());
                number(g, SCORE, shown(indicator.score()));
                bool(g, PASSED, indicator.passed().orElse(null));
                common(g, indicator);
                g.field(SUB_INDICATORS);
                g.startArray();
                for (ResultNode sub : indicator.children(Level.SUB_INDICATOR)) {
                    g.startObject();
                    g.field(ID);
                    g.string(sub.id());
                    number(g, SCORE, shown(sub.score()));
                    bool(g, PASSED, sub.passed().orElse(null));
                    common(g, sub);
                    questions(g, sub);
                    g.endObject();
                }
                g.endArray();
                questions(g, indicator);
                g.endObject();
            }
            g.endArray();
            g.endObject();
        }
        g.endArray();
        g.endObject();
    }

    private static void questions(JsonSink g, ResultNode parent) throws IOException {
        g.field(QUESTIONS);
        g.startArray();
        for (ResultNode q : parent.children(Level.QUESTION)) {
            leaf(g, q);
            if (!q.children().isEmpty()) {
                g.field(ITEMS);
                g.startArray();
                for (ResultNode item : q.children()) {
                    leaf(g, item);
                    g.endObject();
                }
                g.endArray();
            }
            g.endObject();
        }
        g.endArray();
    }

    /** Writes a question's or item's fields, leaving its object open. */
    private static void leaf(JsonSink g, ResultNode q) throws IOException {
        g.startObject();
        g.field(ID);
        g.string(q.id());
        if (!q.isScored()) {
            g.field(SCORED);
            g.bool(false);
        } else {
            number(g, SCORE, shown(q.score()));
        }
        if (q.respondents().isPresent()) {
            g.field(RESPONDENTS);
            g.number(q.respondents().getAsLong());
        }
        if (q.isScored()) {
            bool(g, PASSED, q.passed().orElse(null));
        }
        common(g, q);
        if (!q.distribution().isEmpty()) {
            g.field(DISTRIBUTION);
            g.numbers(q.distribution());
        }
        if (q.published().isPresent()) {
            g.field(PUBLISHED);
            g.bool(q.published().get());
            if (q.url().isPresent()) {
                g.field(URL);
                g.string(q.url().get());
            }
            if (q.note().isPresent()) {
                g.field(NOTE);
                g.string(q.note().get());
            }
            if (!q.missingComponents().isEmpty()) {
                g.field(MISSING_COMPONENTS);
                g.startArray();
                for (String c : q.missingComponents()) {
                    g.string(c);
                }
                g.endArray();
            }
        }
    }

    /**
     * Writes a tool's respondents and uncertainty, which come before its {@link #common} fields; a
     * method of its own, not a branch of {@link #common}, which every node takes (the JIT would
     * compile the uncertainty's code into each place {@code common} is compiled into).
     */
    private static void sampling(JsonSink g, ResultNode tool) throws IOException {
        if (tool.respondents().isPresent()) {
            g.field(RESPONDENTS);
            g.number(tool.respondents().getAsLong());
        }
        // the total's and the survey tools' (the API and the reports have every node's; a national
        // batch would write millions of them)
        Uncertainty u = tool.uncertainty().orElse(null);
        if (u != null) {
            uncertainty(g, u);
            if (u.isEstimated()) {
                g.objectFieldStart("respondentsFor");
                for (int margin : MARGINS) {
                    g.numberField(Integer.toString(margin), u.respondentsFor(margin).getAsLong());
                }
                g.endObject();
            }
            g.endObject();
        }
    }

    /** Writes what every node has after its own fields: its weight in the total, whether given, how many excluded. */
    private static void common(JsonSink g, ResultNode n) throws IOException {
        g.field(WEIGHT_IN_TOTAL);
        g.string(n.weight().exact());
        if (n.isGiven()) {
            g.field(GIVEN);
            g.bool(true);
        }
        if (n.excluded() > 0) {
            g.field(EXCLUDED);
            g.number(n.excluded());
        }
    }

    /**
     * Writes {@code "uncertainty": {"level", "respondents", "standardError", "low", "high"}},
     * leaving the object open; the three numbers are null when fewer than two respondents allow no
     * estimate (docs/formats.md).
     */
    private static void uncertainty(JsonSink g, Uncertainty u) throws IOException {
        g.field(UNCERTAINTY);
        g.startObject();
        g.field(LEVEL);
        g.number(level(u.level()));
        g.field(RESPONDENTS);
        g.number(u.respondents());
        boolean estimated = u.isEstimated();
        number(g, STANDARD_ERROR, estimated ? Numbers.points(u.standardError()) : null);
        number(g, LOW, estimated ? Numbers.points(u.low()) : null);
        number(g, HIGH, estimated ? Numbers.points(u.high()) : null);
    }

    /** The last level written and its decimal form: a batch writes the same one for every node. */
    private static volatile Object[] lastLevel = {0.95, new BigDecimal("0.95")};

    private static BigDecimal level(double level) {
        Object[] last = lastLevel;
        if ((double) last[0] == level) {
            return (BigDecimal) last[1];
        }
        BigDecimal shown = BigDecimal.valueOf(level);
        lastLevel = new Object[] {level, shown};
        return shown;
    }

    /**
     * Writes a {@code "provenance"} field.
     *
     * @param g the generator, inside an object
     * @param p the provenance
     * @throws IOException when the generator fails
     */
    static void provenance(JsonGenerator g, Provenance p) throws IOException {
        provenance(new GeneratorSink(g), p);
    }

    private static void provenance(JsonSink g, Provenance p) throws IOException {
        g.objectFieldStart("provenance");
        g.stringField("library", p.library());
        g.stringField("edition", p.edition());
        g.stringField("editionSha256", p.editionSha256());
        g.objectFieldStart("inputs");
        for (var e : p.inputs().entrySet()) {
            g.stringField(e.getKey(), e.getValue());
        }
        g.endObject();
        g.stringField("rounding", p.rounding() == RoundingPolicy.EXACT ? "exact" : "each-level");
        g.stringField("missingAnswers", p.missingAnswers().name().toLowerCase(java.util.Locale.ROOT));
        if (p.timestamp() != null) {
            g.stringField("timestamp", p.timestamp().toString());
        }
        g.endObject();
    }

    /** @return the score as shown, or null; without the optional {@code map} would make for every node */
    private static BigDecimal shown(Optional<Score> score) {
        return score.isPresent() ? score.get().shown() : null;
    }

    private static void bool(JsonSink g, String field, Boolean value) throws IOException {
        if (value == null) {
            g.nullField(field);
        } else {
            g.booleanField(field, value);
        }
    }

    private static void bool(JsonSink g, SerializedString field, Boolean value) throws IOException {
        g.field(field);
        if (value == null) {
            g.nul();
        } else {
            g.bool(value);
        }
    }

    private static void number(JsonSink g, SerializedString field, java.math.BigDecimal value) throws IOException {
        g.field(field);
        if (value == null) {
            g.nul();
        } else {
            g.number(value);
        }
    }

    private static void number(JsonSink g, String field, java.math.BigDecimal value) throws IOException {
        g.field(field);
        if (value == null) {
            g.nul();
        } else {
            g.number(value);
        }
    }
}

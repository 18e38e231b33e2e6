package io.github.ita.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.github.ita.analysis.BatchSummary;
import io.github.ita.analysis.Summary;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.ScoringOptions;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a batch as JSON while it is scored: {@code {"edition", "policy", "agencies": [every agency's
 * result], "summary": {…}, "groupBy", "groups": [{"group", "summary"}]}}. Results are written as they
 * come, so a national batch never has to be held in memory.
 *
 * <pre>{@code
 * try (BatchJson.Writer w = BatchJson.writer(out, scorer.edition().id(), scorer.options())) {
 *     w.finish(batchScorer.score(tally, options, listener, w));
 * }
 * }</pre>
 */
public final class BatchJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private BatchJson() {
    }

    /**
     * @param out       where to write (not closed)
     * @param editionId the edition
     * @param options   the scoring policies
     * @return a writer taking results, then the summary
     */
    public static Writer writer(OutputStream out, String editionId, ScoringOptions options) {
        return new Writer(out, editionId, options);
    }

    /** Takes results one by one, then the summary. */
    public static final class Writer implements Consumer<Result>, Closeable {
        private final JsonGenerator g;

        private Writer(OutputStream out, String editionId, ScoringOptions options) {
            try {
                g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(new Lines());
                g.writeStartObject();
                g.writeStringField("edition", editionId);
                g.writeObjectFieldStart("policy");
                g.writeStringField("rounding", options.rounding() == RoundingPolicy.EXACT ? "exact" : "each-level");
                g.writeStringField("missingAnswers", options.missingAnswers().name().toLowerCase(Locale.ROOT));
                g.writeEndObject();
                g.writeArrayFieldStart("agencies");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void accept(Result result) {
            try {
                ResultJson.write(g, result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Writes the summaries and ends the document.
         *
         * @param summary the batch's summaries
         */
        public void finish(BatchSummary summary) {
            try {
                g.writeEndArray();
                g.writeFieldName("summary");
                summary(g, summary.all());
                if (summary.groupBy().isPresent()) {
                    g.writeStringField("groupBy", summary.groupBy().get());
                    g.writeArrayFieldStart("groups");
                    for (Map.Entry<String, Summary> e : summary.groups().entrySet()) {
                        g.writeStartObject();
                        g.writeStringField("group", e.getKey());
                        g.writeFieldName("summary");
                        summary(g, e.getValue());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeRaw('\n');
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                g.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Compact JSON with a line break between the top-level fields and between agencies: a national
     * batch stays small (no indentation) yet readable line by line (one agency a line).
     */
    private static final class Lines extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        private static boolean top(JsonGenerator g, boolean array) {
            JsonStreamContext c = g.getOutputContext();
            JsonStreamContext parent = c.getParent();
            return array ? c.inArray() && parent != null && parent.getParent() != null && parent.getParent().inRoot()
                    : c.inObject() && parent != null && parent.inRoot();
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(top(g, false) ? ",\n" : ",");
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            if (g.getOutputContext().inRoot()) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (g.getOutputContext().getParent() != null && g.getOutputContext().getParent().inRoot()) {
                g.writeRaw('\n');
            }
            g.writeRaw('}');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (top(g, true)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(top(g, true) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (top(g, true) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }
    }

    private static void summary(JsonGenerator g, Summary s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("agencies", s.agencies());
        g.writeNumberField("withTotal", s.withTotal());
        number(g, "mean", s.mean().orElse(null));
        number(g, "median", s.median().orElse(null));
        number(g, "standardDeviation", s.standardDeviation().orElse(null));
        number(g, "q1", s.q1().orElse(null));
        number(g, "q3", s.q3().orElse(null));
        number(g, "min", s.min().orElse(null));
        number(g, "max", s.max().orElse(null));
        g.writeObjectFieldStart("ratings");
        for (var e : s.ratings().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("passing", s.passing());
        number(g, "passingShare", s.passingShare().orElse(null));
        number(g, "target", s.target());
        if (s.targetMet().isPresent()) {
            g.writeBooleanField("targetMet", s.targetMet().get());
        } else {
            g.writeNullField("targetMet");
        }
        nodes(g, "tools", s.tools());
        nodes(g, "indicators", s.indicators());
        g.writeArrayFieldStart("lowest");
        for (Summary.Low low : s.lowest()) {
            g.writeStartObject();
            g.writeStringField("id", low.id());
            g.writeStringField("name", low.name());
            number(g, "total", low.total());
            g.writeStringField("rating", low.rating().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void nodes(JsonGenerator g, String field, java.util.List<Summary.NodeFigures> nodes) throws IOException {
        g.writeArrayFieldStart(field);
        for (Summary.NodeFigures n : nodes) {
            g.writeStartObject();
            g.writeStringField("id", n.id());
            g.writeNumberField("agencies", n.agencies());
            number(g, "mean", n.mean());
            g.writeNumberField("passing", n.passing());
            number(g, "share", n.share());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, BigDecimal v) throws IOException {
        JsonOutput.number(g, field, v);
    }
}

package io.github.ita.io;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a batch as JSON while it is scored: {@code {"edition", "policy", "agencies": [every agency's
 * result], "summary": {…}, "groupBy", "groups": [{"group", "summary"}]}}, without indentation and with
 * one agency a line. Results are written as they come, so a national batch is never held in memory.
 *
 * <pre>{@code
 * try (BatchJson.Writer w = BatchJson.writer(out, scorer.edition().id(), scorer.options())) {
 *     w.finish(batchScorer.score(tally, options, listener, ResultJson::compact, w));
 * }
 * }</pre>
 */
public final class BatchJson {

    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);

    private BatchJson() {
    }

    /**
     * @param out       where to write (not closed)
     * @param editionId the edition
     * @param options   the scoring policies
     * @return a writer taking results (as {@link ResultJson#compact} bytes), then the summary
     */
    public static Writer writer(OutputStream out, String editionId, ScoringOptions options) {
        return new Writer(out, editionId, options, null);
    }

    /**
     * @param out        where to write (not closed)
     * @param provenance how the batch is made (edition, policies, input files)
     * @return a writer taking results, then the summary
     */
    public static Writer writer(OutputStream out, Provenance provenance) {
        return new Writer(out, provenance.edition(), new ScoringOptions(provenance.rounding(), provenance.missingAnswers()),
                provenance);
    }

    /** Takes results one by one, as compact JSON bytes, then the summary. */
    public static final class Writer implements Consumer<byte[]>, Closeable {
        private final OutputStream out;
        private boolean first = true;

        private Writer(OutputStream out, String editionId, ScoringOptions options, Provenance provenance) {
            this.out = out;
            try (JsonGenerator g = JsonOutput.compact(out)) {
                g.writeStartObject();
                g.writeStringField("edition", editionId);
                g.writeObjectFieldStart("policy");
                g.writeStringField("rounding", options.rounding() == RoundingPolicy.EXACT ? "exact" : "each-level");
                g.writeStringField("missingAnswers", options.missingAnswers().name().toLowerCase(Locale.ROOT));
                g.writeEndObject();
                if (provenance != null) {
                    ResultJson.provenance(g, provenance);
                }
                g.writeFieldName("agencies");
                g.writeStartArray();
                g.flush();
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @param result a result, written as {@link ResultJson#compact} */
        public void accept(Result result) {
            accept(ResultJson.compact(result));
        }

        @Override
        public void accept(byte[] resultJson) {
            try {
                if (!first) {
                    out.write(SEPARATOR);
                }
                first = false;
                out.write(resultJson);
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
                out.write(first ? "],\n\"summary\":".getBytes(StandardCharsets.UTF_8)
                        : "\n],\n\"summary\":".getBytes(StandardCharsets.UTF_8));
                try (JsonGenerator g = JsonOutput.compact(out)) {
                    summary(g, summary.all());
                }
                if (summary.groupBy().isPresent()) {
                    out.write(",\n\"groupBy\":".getBytes(StandardCharsets.UTF_8));
                    try (JsonGenerator g = JsonOutput.compact(out)) {
                        g.writeString(summary.groupBy().get());
                    }
                    out.write(",\n\"groups\":".getBytes(StandardCharsets.UTF_8));
                    try (JsonGenerator g = JsonOutput.compact(out)) {
                        g.writeStartArray();
                        for (Map.Entry<String, Summary> e : summary.groups().entrySet()) {
                            g.writeStartObject();
                            g.writeStringField("group", e.getKey());
                            g.writeFieldName("summary");
                            summary(g, e.getValue());
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    }
                }
                out.write("}\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
        if (s.passInDoubt().isPresent()) {
            g.writeNumberField("passInDoubt", s.passInDoubt().getAsInt());
        }
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

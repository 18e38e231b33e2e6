package io.github.ita.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Component;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Indicator;
import io.github.ita.edition.Label;
import io.github.ita.edition.Polarity;
import io.github.ita.edition.Question;
import io.github.ita.edition.RatingBand;
import io.github.ita.edition.SubIndicator;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import java.io.IOException;
import java.util.List;

/**
 * Writes an edition as it is scored (the output of {@code ita editions show}): every question with
 * the points each option earns, polarity already applied, so that a reader can check any score by
 * hand. Unlike the edition file, scales are expanded into each question.
 */
public final class EditionJson {

    private EditionJson() {
    }

    /**
     * @param edition the edition
     * @return its JSON, ending with a newline
     */
    public static String write(Edition edition) {
        return JsonOutput.write(g -> write(g, edition));
    }

    private static void write(JsonGenerator g, Edition e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeNumberField("fiscalYear", e.fiscalYear());
        label(g, "name", e.name());
        g.writeStringField("source", e.source());
        JsonOutput.number(g, "passMark", e.passMark());
        g.writeStringField("passMarkSource", e.passMarkSource());
        g.writeStringField("presentation", switch (e.presentation()) {
            case RATING -> "rating";
            case PASS_FAIL -> "pass-fail";
        });
        g.writeStringField("ratingsSource", e.ratingsSource());
        g.writeArrayFieldStart("ratings");
        for (RatingBand b : e.ratingScheme().bands()) {
            g.writeStartObject();
            g.writeStringField("rating", b.rating().name());
            JsonOutput.number(g, "min", b.min());
            JsonOutput.number(g, "max", b.max());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tools");
        for (Tool t : e.tools()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("kind", t.kind() == ToolKind.SURVEY ? "survey" : "checklist");
            JsonOutput.number(g, "weight", t.weight());
            g.writeStringField("th", t.label().th());
            g.writeStringField("en", t.label().en());
            g.writeStringField("source", t.source());
            g.writeArrayFieldStart("indicators");
            for (Indicator in : t.indicators()) {
                g.writeStartObject();
                g.writeStringField("id", in.id());
                g.writeStringField("th", in.label().th());
                g.writeStringField("en", in.label().en());
                g.writeStringField("source", in.source());
                if (in.hasSubIndicators()) {
                    g.writeArrayFieldStart("subIndicators");
                    for (SubIndicator s : in.subIndicators()) {
                        g.writeStartObject();
                        g.writeStringField("id", s.id());
                        g.writeStringField("th", s.label().th());
                        g.writeStringField("en", s.label().en());
                        g.writeStringField("source", s.source());
                        questions(g, s.questions());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                } else {
                    questions(g, in.questions());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void questions(JsonGenerator g, List<Question> questions) throws IOException {
        g.writeArrayFieldStart("questions");
        for (Question q : questions) {
            g.writeStartObject();
            g.writeStringField("id", q.id());
            g.writeStringField("th", q.label().th());
            g.writeStringField("en", q.label().en());
            g.writeStringField("source", q.source());
            if (!q.isChecklistItem()) {
                g.writeStringField("scale", q.scale().orElseThrow().id());
                g.writeStringField("polarity", q.polarity() == Polarity.POSITIVE ? "positive" : "negative");
                if (!q.isScored()) {
                    g.writeBooleanField("scored", false);
                }
                g.writeStringField("pointsSource", q.scale().orElseThrow().source());
                options(g, q.options());
                if (!q.items().isEmpty()) {
                    g.writeArrayFieldStart("items");
                    for (SubItem item : q.items()) {
                        g.writeStartObject();
                        g.writeStringField("id", item.id());
                        g.writeStringField("th", item.label().th());
                        g.writeStringField("en", item.label().en());
                        options(g, q.options());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
            } else if (!q.components().isEmpty()) {
                g.writeArrayFieldStart("components");
                for (Component c : q.components()) {
                    g.writeStartObject();
                    g.writeStringField("id", c.id());
                    g.writeStringField("th", c.label().th());
                    g.writeStringField("en", c.label().en());
                    g.writeStringField("source", c.source());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void options(JsonGenerator g, List<AnswerOption> options) throws IOException {
        g.writeArrayFieldStart("options");
        for (AnswerOption o : options) {
            g.writeStartObject();
            g.writeStringField("code", o.code());
            JsonOutput.number(g, "points", o.points());
            g.writeStringField("th", o.label().th());
            g.writeStringField("en", o.label().en());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void label(JsonGenerator g, String field, Label l) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("th", l.th());
        g.writeStringField("en", l.en());
        g.writeEndObject();
    }
}

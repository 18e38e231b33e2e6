package io.github.ita;

import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import io.github.ita.response.OitAnswer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of test inputs over an edition. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The questions of a tool, in order. */
    public static List<Question> questions(Tool tool) {
        return tool.questions();
    }

    /** The code of the option that earns the most points (polarity applied). */
    public static String best(Question q) {
        return q.options().stream().max(Comparator.comparing(AnswerOption::points)).orElseThrow().code();
    }

    /** The code of the option that earns the fewest points (polarity applied). */
    public static String worst(Question q) {
        return q.options().stream().min(Comparator.comparing(AnswerOption::points)).orElseThrow().code();
    }

    /** Every scored question or sub-item of a survey tool answered with its best option, plus overrides. */
    public static Map<String, String> bestAnswers(Edition edition, String toolId, Map<String, String> overrides) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : questions(edition.tool(toolId))) {
            if (!q.isScored()) {
                continue;
            }
            if (q.items().isEmpty()) {
                answers.put(q.id(), best(q));
            } else {
                for (SubItem item : q.items()) {
                    answers.put(item.id(), best(q));
                }
            }
        }
        answers.putAll(overrides);
        return answers;
    }

    /** Every OIT item published, except the given ones, which are not. */
    public static Map<String, OitAnswer> checklist(Edition edition, String... notPublished) {
        Map<String, OitAnswer> oit = new LinkedHashMap<>();
        List<String> off = List.of(notPublished);
        for (Question q : questions(edition.tool("OIT"))) {
            oit.put(q.id(), off.contains(q.id()) ? OitAnswer.notPublished()
                    : OitAnswer.published("https://example.go.th/" + q.id()));
        }
        return oit;
    }
}

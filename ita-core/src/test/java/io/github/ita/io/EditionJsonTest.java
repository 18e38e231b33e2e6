package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ita.edition.Editions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled edition ita-2565 as scored, read back: its scales expanded into each question and polarity applied,
 * so that a negative question mirrors its scale (docs/method.md §2): level4 gives the codes 1 to 4 the points 0, 50, 85,
 * 100, and a negative level4 question gives them 100, 85, 50, 0.
 */
class EditionJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode edition() throws Exception {
        String text = EditionJson.write(Editions.bundled("ita-2565"));
        assertThat(text).endsWith("\n");
        return JSON.readTree(text);
    }

    private static JsonNode question(JsonNode root, String id) {
        for (JsonNode tool : root.get("tools")) {
            for (JsonNode indicator : tool.get("indicators")) {
                List<JsonNode> lists = new ArrayList<>();
                if (indicator.has("subIndicators")) {
                    indicator.get("subIndicators").forEach(s -> lists.add(s.get("questions")));
                } else {
                    lists.add(indicator.get("questions"));
                }
                for (JsonNode questions : lists) {
                    for (JsonNode q : questions) {
                        if (q.get("id").asText().equals(id)) {
                            return q;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no question " + id);
    }

    private static List<String> points(JsonNode options) {
        List<String> out = new ArrayList<>();
        options.forEach(o -> out.add(o.get("code").asText() + "=" + o.get("points").decimalValue().stripTrailingZeros().toPlainString()));
        return out;
    }

    @Test
    void theEditionsFacts() throws Exception {
        JsonNode e = edition();
        assertThat(e.get("id").asText()).isEqualTo("ita-2565");
        assertThat(e.get("fiscalYear").intValue()).isEqualTo(2565);
        assertThat(e.at("/name/en").asText()).isEqualTo("ITA fiscal year 2565 (2022)");
        assertThat(e.get("passMark").decimalValue()).isEqualByComparingTo("85");
        assertThat(e.get("presentation").asText()).isEqualTo("rating");
        JsonNode ratings = e.get("ratings");
        assertThat(ratings).hasSize(7);
        assertThat(ratings.get(0).get("rating").asText()).isEqualTo("AA");
        assertThat(ratings.get(0).get("min").decimalValue()).isEqualByComparingTo("95");
        assertThat(ratings.get(0).get("max").decimalValue()).isEqualByComparingTo("100");
        assertThat(ratings.get(1).get("rating").asText()).isEqualTo("A");
        assertThat(ratings.get(1).get("max").decimalValue()).isEqualByComparingTo("94.99");
    }

    @Test
    void toolsAndIndicators() throws Exception {
        JsonNode tools = edition().get("tools");
        assertThat(tools).hasSize(3);
        String[][] expected = {{"IIT", "survey", "30"}, {"EIT", "survey", "30"}, {"OIT", "checklist", "40"}};
        for (int i = 0; i < 3; i++) {
            assertThat(tools.get(i).get("id").asText()).isEqualTo(expected[i][0]);
            assertThat(tools.get(i).get("kind").asText()).isEqualTo(expected[i][1]);
            assertThat(tools.get(i).get("weight").decimalValue()).isEqualByComparingTo(expected[i][2]);
        }
        List<String> indicators = new ArrayList<>();
        tools.forEach(t -> t.get("indicators").forEach(in -> indicators.add(t.get("id").asText() + "/" + in.get("id").asText())));
        assertThat(indicators).containsExactly("IIT/1", "IIT/2", "IIT/3", "IIT/4", "IIT/5", "EIT/6", "EIT/7", "EIT/8",
                "OIT/9", "OIT/10");
    }

    @Test
    void questionsWithTheirPointsPolarityApplied() throws Exception {
        JsonNode e = edition();
        JsonNode i5 = question(e, "i5");
        assertThat(i5.get("scale").asText()).isEqualTo("level4");
        assertThat(i5.get("polarity").asText()).isEqualTo("negative");
        assertThat(points(i5.get("options"))).containsExactly("1=100", "2=85", "3=50", "4=0");
        assertThat(i5.get("pointsSource").asText()).isNotBlank();

        JsonNode i1 = question(e, "i1");
        assertThat(i1.get("polarity").asText()).isEqualTo("positive");
        assertThat(points(i1.get("options"))).containsExactly("1=0", "2=50", "3=85", "4=100");

        JsonNode e5 = question(e, "e5");
        assertThat(e5.get("polarity").asText()).isEqualTo("negative");
        assertThat(e5.get("items")).hasSize(3);
        for (JsonNode item : e5.get("items")) {
            assertThat(points(item.get("options"))).containsExactly("yes=0", "no=100");
        }

        JsonNode i27 = question(e, "i27");
        assertThat(i27.get("items")).hasSize(3);
        assertThat(points(i27.get("items").get(0).get("options"))).containsExactly("yes=100", "no=0");
    }

    @Test
    void checklistItemsHaveNoScale() throws Exception {
        JsonNode oit = edition().get("tools").get(2);
        JsonNode first = oit.get("indicators").get(0).has("questions")
                ? oit.get("indicators").get(0).get("questions").get(0)
                : oit.get("indicators").get(0).get("subIndicators").get(0).get("questions").get(0);
        assertThat(first.has("scale")).isFalse();
        assertThat(first.has("options")).isFalse();
        assertThat(first.get("id").asText()).startsWith("o");
    }
}

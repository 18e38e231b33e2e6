package io.github.ita.edition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidEditionException;
import io.github.ita.Location;
import io.github.ita.internal.Json;
import io.github.ita.internal.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an edition file (docs/edition-format.md) and validates it.
 *
 * <p>Numbers: the fiscal year is a whole Buddhist-era year from 2500 to 2700; every other number
 * (the pass mark, rating band limits, tool weights, option points) is a percentage from 0 to 100
 * with at most {@value #DECIMALS} decimals, trailing zeros aside ({@code 85.000000} is 85), and a
 * rating band limit has at most two. The bound is checked as the number is read, before any
 * arithmetic: the scorer sums points exactly in fixed point, which needs their decimals bounded. A
 * refused number is quoted as the file wrote it.
 */
final class EditionReader {

    private static final Pattern EDITION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal STEP = new BigDecimal("0.01");
    /** The most decimals of a percentage in an edition (trailing zeros aside): 33.3333. */
    static final int DECIMALS = 4;

    private static final Set<String> EDITION_FIELDS = Set.of("id", "fiscalYear", "name", "source", "passMark",
            "passMarkSource", "presentation", "ratings", "ratingsSource", "scales", "tools");
    private static final Set<String> TOOL_FIELDS = Set.of("id", "kind", "weight", "th", "en", "source", "indicators");
    private static final Set<String> INDICATOR_FIELDS = Set.of("id", "th", "en", "source", "questions", "subIndicators");
    private static final Set<String> SUB_FIELDS = Set.of("id", "th", "en", "source", "questions");
    private static final Set<String> SURVEY_QUESTION_FIELDS = Set.of("id", "th", "en", "source", "scale", "polarity", "scored", "items");
    private static final Set<String> CHECKLIST_FIELDS = Set.of("id", "th", "en", "source", "components");
    private static final Set<String> LEAF_FIELDS = Set.of("id", "th", "en", "source");

    private final Map<String, Json.Node> seenIds = new HashMap<>();
    private Map<String, Scale> scales;

    private EditionReader() {
    }

    static Edition read(Json.Node rootNode) {
        return new EditionReader().edition(rootNode);
    }

    /**
     * An edition file's summary, read token by token: the id, fiscal year and presentation, and the questions counted
     * where {@link #indicator} finds them, every text and number between skipped unread. Nothing is validated: this is
     * for the bundled editions, which the tests read whole.
     *
     * @param p the parser, before the first token
     * @return the summary, or null when the file does not have the shape of an edition
     */
    static EditionSummary summary(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String id = null;
        int fiscalYear = 0;
        Presentation presentation = null;
        int questions = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "fiscalYear" -> fiscalYear = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : 0;
                case "presentation" -> presentation = value == JsonToken.VALUE_STRING ? presentation(p.getText()) : null;
                case "tools" -> questions = questionsIn(p, 0);
                default -> p.skipChildren();
            }
        }
        return id == null || fiscalYear == 0 || presentation == null || questions < 0 ? null
                : new EditionSummary(id, fiscalYear, presentation, questions);
    }

    /**
     * The questions under an array of tools (level 0), of indicators (1) or of sub-indicators (2), the parser at its
     * start: an indicator's or a sub-indicator's {@code questions} counted, a tool's {@code indicators} and an
     * indicator's {@code subIndicators} gone into; -1 when the array is not one of objects.
     */
    private static int questionsIn(JsonParser p, int level) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return -1;
        }
        int n = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                int more = level == 0 && field.equals("indicators") ? questionsIn(p, 1)
                        : level == 1 && field.equals("subIndicators") ? questionsIn(p, 2)
                        : level > 0 && field.equals("questions") ? elements(p)
                        : skipped(p);
                if (more < 0) {
                    return -1;
                }
                n += more;
            }
        }
        return p.currentToken() == JsonToken.END_ARRAY ? n : -1;
    }

    /** @return the elements of the array the parser is at, each skipped; -1 when it is at no array */
    private static int elements(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return -1;
        }
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                return -1;
            }
            p.skipChildren();
            n++;
        }
        return n;
    }

    /** Skips the value the parser is at: no question in it. */
    private static int skipped(JsonParser p) throws IOException {
        p.skipChildren();
        return 0;
    }

    private Edition edition(Json.Node rootNode) {
        Json.Obj root = rootNode.asObject().only(EDITION_FIELDS);
        Json.Node idNode = root.require("id");
        String id = idNode.asText();
        if (!EDITION_ID.matcher(id).matches()) {
            throw invalid(idNode, "edition id must be lower-case letters, digits and '-'");
        }
        Json.Node fyNode = root.require("fiscalYear");
        BigDecimal fy = fyNode.asNumber();
        if (fy.stripTrailingZeros().scale() > 0 || fy.compareTo(BigDecimal.valueOf(2500)) < 0
                || fy.compareTo(BigDecimal.valueOf(2700)) > 0) {
            throw invalid(fyNode, "fiscalYear must be a Buddhist-era year such as 2565, not " + Text.clip(fyNode.written()));
        }
        Json.Obj nameNode = root.require("name").asObject().only(Set.of("th", "en"));
        Label name = new Label(nameNode.require("th").asText(), nameNode.require("en").asText());
        String source = root.require("source").asText();
        Json.Node passNode = root.require("passMark");
        BigDecimal passMark = percent(passNode, id, "passMark");
        Presentation presentation = presentation(root.require("presentation"), id);
        RatingScheme ratings = ratings(root.require("ratings"), id);
        scales = scales(root.require("scales").asObject(), source);
        List<Tool> tools = tools(root.require("tools"), source);
        String passMarkSource = root.optText("passMarkSource");
        String ratingsSource = root.optText("ratingsSource");
        return new Edition(id, fy.intValueExact(), name, source, passMark, presentation, ratings, scales, tools)
                .withSources(passMarkSource == null || passMarkSource.isBlank() ? source : passMarkSource,
                        ratingsSource == null || ratingsSource.isBlank() ? source : ratingsSource);
    }

    private static Presentation presentation(Json.Node node, String id) {
        String p = node.asText();
        Presentation presentation = presentation(p);
        if (presentation == null) {
            throw invalid(node, "presentation must be \"rating\" or \"pass-fail\", not \"" + p + "\"");
        }
        return presentation;
    }

    /** @return the presentation an edition file names by this word, or null when it names none */
    private static Presentation presentation(String word) {
        return switch (word) {
            case "rating" -> Presentation.RATING;
            case "pass-fail" -> Presentation.PASS_FAIL;
            default -> null;
        };
    }

    private static RatingScheme ratings(Json.Node node, String editionId) {
        List<Json.Node> elements = node.asArray().elements();
        EnumSet<Rating> seen = EnumSet.noneOf(Rating.class);
        List<RatingBand> bands = new ArrayList<>();
        // each band's place in the file, by identity: a record's equals costs a cold JVM a bootstrap it need not make
        Map<RatingBand, Json.Node> bandNodes = new IdentityHashMap<>();
        for (Json.Node e : elements) {
            Json.Obj o = e.asObject().only(Set.of("rating", "min", "max"));
            Json.Node rNode = o.require("rating");
            String r = rNode.asText();
            Rating rating;
            try {
                rating = Rating.valueOf(r);
            } catch (IllegalArgumentException ex) {
                throw invalid(rNode, "unknown rating \"" + r + "\" (expected AA, A, B, C, D, E or F)");
            }
            if (!seen.add(rating)) {
                throw invalid(rNode, "rating " + r + " has two bands");
            }
            BigDecimal min = twoDecimals(o.require("min"), r);
            BigDecimal max = twoDecimals(o.require("max"), r);
            if (min.compareTo(max) > 0) {
                throw invalid(o, "band " + r + " has min " + min + " above max " + max);
            }
            RatingBand band = new RatingBand(rating, min, max);
            bands.add(band);
            bandNodes.put(band, o);
        }
        if (seen.size() != Rating.values().length) {
            EnumSet<Rating> missing = EnumSet.complementOf(seen);
            throw invalid(node, "ratings lack a band for " + missing);
        }
        List<RatingBand> byMin = new ArrayList<>(bands);
        byMin.sort((a, b) -> a.min().compareTo(b.min()));
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < byMin.size(); i++) {
            RatingBand b = byMin.get(i);
            Json.Node where = bandNodes.get(b);
            if (b.min().compareTo(expected) != 0) {
                throw invalid(where, (b.min().compareTo(expected) > 0 ? "gap" : "overlap")
                        + " in the rating bands: band " + b.rating() + " starts at " + b.min() + ", expected " + expected);
            }
            if (i > 0 && byMin.get(i - 1).rating().ordinal() <= b.rating().ordinal()) {
                throw invalid(where, "band " + b.rating() + " is above band "
                        + byMin.get(i - 1).rating() + " but is not a better rating");
            }
            expected = b.max().add(STEP);
        }
        RatingBand top = byMin.get(byMin.size() - 1);
        if (top.max().compareTo(HUNDRED) != 0) {
            throw invalid(bandNodes.get(top),
                    "the rating bands must end at 100.00, not " + top.max());
        }
        return new RatingScheme(bands);
    }

    private static BigDecimal twoDecimals(Json.Node node, String id) {
        BigDecimal v = percent(node, id, node.path());
        if (v.stripTrailingZeros().scale() > 2) {
            throw invalid(node, "a band limit has at most two decimals, not " + Text.clip(node.written()));
        }
        return v.setScale(2);
    }

    private static BigDecimal percent(Json.Node node, String id, String what) {
        BigDecimal v = node.asNumber();
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw invalid(node, what + " must be from 0 to 100, not " + Text.clip(node.written()));
        }
        if (v.stripTrailingZeros().scale() > DECIMALS) {
            throw invalid(node, what + " has at most " + DECIMALS + " decimals, not " + Text.clip(node.written()));
        }
        return v;
    }

    private Map<String, Scale> scales(Json.Obj node, String parentSource) {
        Map<String, Scale> result = new LinkedHashMap<>();
        for (Map.Entry<String, Json.Node> e : node.members().entrySet()) {
            String scaleId = e.getKey();
            Json.Obj s = e.getValue().asObject().only(Set.of("options", "source"));
            String source = sourceOf(s, parentSource);
            List<Json.Node> optionNodes = s.require("options").asArray().elements();
            if (optionNodes.size() < 2) {
                throw invalid(s, "scale " + scaleId + " needs at least two options");
            }
            Set<String> codes = new java.util.HashSet<>();
            List<AnswerOption> options = new ArrayList<>();
            for (Json.Node on : optionNodes) {
                Json.Obj o = on.asObject().only(Set.of("code", "th", "en", "points"));
                Json.Node codeNode = o.require("code");
                String code = codeNode.asText();
                if (!code.equals(code.strip())) {
                    throw invalid(codeNode, "option code \"" + code + "\" has surrounding spaces");
                }
                if (!codes.add(code)) {
                    throw new DuplicateIdException(codeNode.location().withQuestion(scaleId),
                            "scale " + scaleId + " has the option code \"" + code + "\" twice", code);
                }
                BigDecimal points = percent(o.require("points"), scaleId, "points of option " + code);
                options.add(new AnswerOption(code, label(o), points));
            }
            result.put(scaleId, new Scale(scaleId, options, source));
        }
        return result;
    }

    private List<Tool> tools(Json.Node node, String parentSource) {
        List<Json.Node> elements = node.asArray().elements();
        if (elements.isEmpty()) {
            throw invalid(node, "an edition needs at least one tool");
        }
        List<Tool> tools = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Json.Node e : elements) {
            Json.Obj o = e.asObject().only(TOOL_FIELDS);
            String id = id(o);
            String source = sourceOf(o, parentSource);
            Json.Node kindNode = o.require("kind");
            ToolKind kind = switch (kindNode.asText()) {
                case "survey" -> ToolKind.SURVEY;
                case "checklist" -> ToolKind.CHECKLIST;
                default -> throw invalid(kindNode, "tool kind must be \"survey\" or \"checklist\", not \""
                        + kindNode.asText() + "\"");
            };
            Json.Node weightNode = o.require("weight");
            BigDecimal weight = percent(weightNode, id, "weight");
            if (weight.signum() == 0) {
                throw invalid(weightNode, "tool " + Text.clip(id) + " has weight 0");
            }
            sum = sum.add(weight);
            List<Indicator> indicators = new ArrayList<>();
            List<Json.Node> indicatorNodes = o.require("indicators").asArray().elements();
            if (indicatorNodes.isEmpty()) {
                throw invalid(o, "tool " + Text.clip(id) + " has no indicator");
            }
            for (Json.Node in : indicatorNodes) {
                indicators.add(indicator(in.asObject(), kind, source));
            }
            tools.add(new Tool(id, kind, weight, label(o), source, indicators));
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw invalid(node, "the tools' weights sum to " + sum.stripTrailingZeros().toPlainString()
                    + ", not 100");
        }
        return tools;
    }

    private Indicator indicator(Json.Obj o, ToolKind kind, String parentSource) {
        o.only(INDICATOR_FIELDS);
        String id = id(o);
        String source = sourceOf(o, parentSource);
        Json.Node qs = o.get("questions");
        Json.Node subs = o.get("subIndicators");
        if ((qs == null) == (subs == null)) {
            throw invalid(o, "indicator " + Text.clip(id) + " must have either \"questions\" or \"subIndicators\" (exactly one)");
        }
        List<Question> questions = List.of();
        List<SubIndicator> subIndicators = new ArrayList<>();
        if (qs != null) {
            questions = questions(qs, kind, source, "indicator " + Text.clip(id));
        } else {
            List<Json.Node> subNodes = subs.asArray().elements();
            if (subNodes.isEmpty()) {
                throw invalid(subs, "indicator " + Text.clip(id) + " has no sub-indicator");
            }
            for (Json.Node sn : subNodes) {
                Json.Obj so = sn.asObject().only(SUB_FIELDS);
                String subId = id(so);
                String subSource = sourceOf(so, source);
                subIndicators.add(new SubIndicator(subId, label(so), subSource,
                        questions(so.require("questions"), kind, subSource, "sub-indicator " + subId)));
            }
        }
        return new Indicator(id, label(o), source, questions, subIndicators);
    }

    private List<Question> questions(Json.Node node, ToolKind kind, String parentSource, String owner) {
        List<Json.Node> elements = node.asArray().elements();
        List<Question> questions = new ArrayList<>();
        for (Json.Node e : elements) {
            questions.add(kind == ToolKind.SURVEY ? surveyQuestion(e.asObject(), parentSource)
                    : checklistItem(e.asObject(), parentSource));
        }
        if (questions.stream().noneMatch(Question::isScored)) {
            throw invalid(node, owner + " has no scored question");
        }
        return questions;
    }

    private Question surveyQuestion(Json.Obj o, String parentSource) {
        o.only(SURVEY_QUESTION_FIELDS);
        String id = id(o);
        String source = sourceOf(o, parentSource);
        Json.Node scaleNode = o.require("scale");
        Scale scale = scales.get(scaleNode.asText());
        if (scale == null) {
            throw invalid(scaleNode, "question " + Text.clip(id) + " names the unknown scale \"" + scaleNode.asText()
                    + "\" (scales: " + String.join(", ", scales.keySet()) + ")");
        }
        Polarity polarity = Polarity.POSITIVE;
        Json.Node polNode = o.get("polarity");
        if (polNode != null) {
            polarity = switch (polNode.asText()) {
                case "positive" -> Polarity.POSITIVE;
                case "negative" -> Polarity.NEGATIVE;
                default -> throw invalid(polNode, "polarity must be \"positive\" or \"negative\", not \""
                        + polNode.asText() + "\"");
            };
        }
        Json.Node scoredNode = o.get("scored");
        boolean scored = scoredNode == null || scoredNode.asBoolean();
        List<SubItem> items = new ArrayList<>();
        Json.Node itemsNode = o.get("items");
        if (itemsNode != null) {
            List<Json.Node> itemNodes = itemsNode.asArray().elements();
            if (itemNodes.isEmpty()) {
                throw invalid(itemsNode, "question " + Text.clip(id) + " has an empty list of items");
            }
            for (Json.Node in : itemNodes) {
                Json.Obj io = in.asObject().only(LEAF_FIELDS);
                items.add(new SubItem(id(io), label(io), sourceOf(io, source)));
            }
        }
        return Question.survey(id, label(o), source, scale, polarity, scored, items);
    }

    private Question checklistItem(Json.Obj o, String parentSource) {
        o.only(CHECKLIST_FIELDS);
        String id = id(o);
        String source = sourceOf(o, parentSource);
        List<Component> components = new ArrayList<>();
        Json.Node cs = o.get("components");
        if (cs != null) {
            for (Json.Node cn : cs.asArray().elements()) {
                Json.Obj co = cn.asObject().only(LEAF_FIELDS);
                components.add(new Component(id(co), label(co), sourceOf(co, source)));
            }
        }
        return Question.checklist(id, label(o), source, components);
    }

    private String id(Json.Obj o) {
        Json.Node node = o.require("id");
        String id = node.asText();
        if (!NODE_ID.matcher(id).matches()) {
            throw invalid(node, "id \"" + Text.clip(id) + "\" must be letters, digits, '.', '_' or '-'");
        }
        String key = id.toLowerCase(Locale.ROOT);
        Json.Node first = seenIds.putIfAbsent(key, node);
        if (first != null) {
            throw new DuplicateIdException(node.location().withQuestion(id),
                    "id " + Text.clip(id) + " is used twice in the edition (first at line " + first.location().line() + ")", id);
        }
        return id;
    }

    private static Label label(Json.Obj o) {
        String th = o.optText("th");
        String en = o.optText("en");
        if (th == null || th.isBlank()) {
            throw invalid(o, "missing Thai label \"th\"");
        }
        return new Label(th, en == null ? "" : en);
    }

    private static String sourceOf(Json.Obj o, String parentSource) {
        Json.Node s = o.get("source");
        return s == null ? parentSource : s.asText();
    }

    /** A problem at a node of the file: its field path places it (an id there is not always a question's, so none is set). */
    private static InvalidEditionException invalid(Json.Node node, String problem) {
        return new InvalidEditionException(node.location(), problem);
    }
}

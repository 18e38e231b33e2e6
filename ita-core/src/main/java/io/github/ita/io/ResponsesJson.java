package io.github.ita.io;

import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.ItaException;
import io.github.ita.internal.Ids;
import io.github.ita.internal.Json;
import io.github.ita.internal.Text;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.response.ScoreSheet;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON inputs of the {@code ita} command: an agency's answers (for {@code score}) and a
 * score sheet of published numbers (for {@code audit}). Both formats are in the README.
 */
public final class ResponsesJson {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> RESPONSES_FIELDS = Set.of("edition", "agency", "iit", "eit", "oit");
    private static final Set<String> SHEET_FIELDS = Set.of("edition", "agency", "scores");
    private static final Set<String> AGENCY_FIELDS = Set.of("id", "name", "staff");
    private static final Set<String> RESPONDENT_FIELDS = Set.of("respondent", "answers");
    private static final Set<String> OIT_FIELDS = Set.of("published", "url", "note", "components");

    private ResponsesJson() {
    }

    /**
     * Reads an agency's answers:
     * <pre>{@code
     * { "edition": "ita-2565", "agency": { "id": "…", "name": "…" },
     *   "iit": [ { "respondent": "r1", "answers": { "i1": "4", "i27a": "yes" } } ],
     *   "eit": [ … ],
     *   "oit": { "o1": { "published": true, "url": "https://…", "note": "…", "components": ["o1.1"] } } }
     * }</pre>
     *
     * @param file the file
     * @return the answers, with the places of respondents, answers and items
     * @throws ItaException when the file is missing or malformed, or a respondent id repeats
     */
    public static Located<AgencyResponses> readResponses(Path file) {
        return responses(Json.read(file), file.toString());
    }

    /**
     * As {@link #readResponses(Path)}, from a stream.
     *
     * @param in   the JSON (not closed)
     * @param name the name to use in messages
     * @return the answers
     */
    public static Located<AgencyResponses> readResponses(InputStream in, String name) {
        return responses(Json.read(in, name), name);
    }

    /**
     * Reads a score sheet: {@code { "edition": "ita-2565", "agency": {…}, "scores": { "1": 84.72, "9.1": 100 } }}.
     * A score is a number from 0 to 100 with at most 100 decimals (any JSON number with more than
     * 100 digits before or after its decimal point once written out, such as {@code 1e-999999999}, is
     * refused as it is read); one outside 0–100 is refused where it stands, quoted as written.
     *
     * @param file the file
     * @return the sheet, with the place of each number
     * @throws ItaException when the file is missing or malformed, or a score is not a number from 0 to 100
     */
    public static Located<ScoreSheet> readScoreSheet(Path file) {
        return sheet(Json.read(file), file.toString());
    }

    /**
     * Tells a score sheet from an agency's answers by its top-level {@code "scores"}, reading the
     * file token by token without keeping what it skips, so that it never holds more than the real
     * read would.
     *
     * @param file a JSON file
     * @return whether it is an object with a top-level {@code "scores"}; {@code false} when it is
     *         missing or malformed, left to the real read to report
     */
    public static boolean isScoreSheet(Path file) {
        return Json.hasMember(file, "scores");
    }

    /**
     * Tells an agency's answers by their top-level names, as {@link #isScoreSheet} does a score sheet.
     *
     * @param file a JSON file
     * @return whether it has "iit", "eit" or "oit" at its top level (false when it cannot be read: its reader says why)
     */
    public static boolean isResponses(Path file) {
        return Json.hasMember(file, "iit") || Json.hasMember(file, "eit") || Json.hasMember(file, "oit");
    }

    /**
     * The edition an agency's answers or a score sheet names, read as {@link #isScoreSheet} reads:
     * token by token, stopping at the top-level {@code "edition"}, nothing else kept or checked.
     *
     * @param file a JSON file
     * @return the id its top-level {@code "edition"} gives; empty when it gives none, or when the file
     *         is missing or malformed, left to the real read to report
     */
    public static Optional<String> editionOf(Path file) {
        return Json.stringMember(file, "edition");
    }

    /**
     * As {@link #readScoreSheet(Path)}, from a stream.
     *
     * @param in   the JSON (not closed)
     * @param name the name to use in messages
     * @return the sheet
     */
    public static Located<ScoreSheet> readScoreSheet(InputStream in, String name) {
        return sheet(Json.read(in, name), name);
    }

    private static Located<AgencyResponses> responses(Json.Node rootNode, String name) {
        Json.Obj root = rootNode.asObject().only(RESPONSES_FIELDS);
        Located.Places places = new Located.Places();
        Json.Node agencyNode = root.require("agency");
        Agency agency = agency(agencyNode);
        AgencyResponses.Builder b = AgencyResponses.builder(agency);
        Json.Node edition = root.get("edition");
        if (edition != null) {
            b.edition(edition.asText());
        }
        for (String tool : List.of("iit", "eit")) {
            Json.Node list = root.get(tool);
            if (list != null) {
                List<Respondent> respondents = respondents(list, places);
                if (tool.equals("iit") && agency.staff().isPresent() && respondents.size() > agency.staff().getAsLong()) {
                    throw agencyNode.asObject().get("staff").error("a staff of " + agency.staff().getAsLong() + " but "
                            + respondents.size() + " IIT respondents: the staff is the people the internal survey is drawn from");
                }
                b.respondents(tool.toUpperCase(java.util.Locale.ROOT), respondents);
            }
        }
        Json.Node oit = root.get("oit");
        if (oit != null) {
            for (Map.Entry<String, Json.Node> e : oit.asObject().members().entrySet()) {
                places.put(Located.nodeKey(e.getKey()), e.getValue().location().withQuestion(e.getKey()));
                b.oit(e.getKey(), oitAnswer(e.getValue()));
            }
        }
        AgencyResponses responses;
        try {
            responses = b.build();
        } catch (DuplicateIdException e) {
            throw e.within(places.map.getOrDefault(Located.respondentKey(e.location().respondent()),
                    rootNode.location()));
        }
        return new Located<>(responses, name, places.map);
    }

    private static List<Respondent> respondents(Json.Node list, Located.Places places) {
        List<Respondent> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Json.Node rn : list.asArray().elements()) {
            Json.Obj r = rn.asObject().only(RESPONDENT_FIELDS);
            Json.Node idNode = r.require("respondent");
            String id = Ids.normal(idNode.kind() == Json.Kind.NUMBER ? idNode.asNumber().toPlainString() : idNode.asText());
            if (!seen.add(id)) {
                throw new DuplicateIdException(idNode.location().withRespondent(id),
                        "respondent id " + io.github.ita.internal.Text.clip(id) + " appears twice", id);
            }
            places.put(Located.respondentKey(id), r.location().withRespondent(id));
            Map<String, String> answers = new LinkedHashMap<>();
            for (Map.Entry<String, Json.Node> a : r.require("answers").asObject().members().entrySet()) {
                Json.Node v = a.getValue();
                places.put(Located.answerKey(id, a.getKey()), v.location().withRespondent(id).withQuestion(a.getKey()));
                if (v.kind() == Json.Kind.NULL) {
                    continue;
                }
                answers.put(a.getKey(), v.kind() == Json.Kind.NUMBER ? v.asNumber().toPlainString() : v.asText());
            }
            out.add(new Respondent(id, answers));
        }
        return out;
    }

    private static OitAnswer oitAnswer(Json.Node node) {
        Json.Obj o = node.asObject().only(OIT_FIELDS);
        boolean published = o.require("published").asBoolean();
        List<String> components = null;
        Json.Node cs = o.get("components");
        if (cs != null) {
            components = new ArrayList<>();
            for (Json.Node c : cs.asArray().elements()) {
                components.add(c.asText());
            }
        }
        return new OitAnswer(published, o.optText("url"), o.optText("note"), components);
    }

    private static Located<ScoreSheet> sheet(Json.Node rootNode, String name) {
        Json.Obj root = rootNode.asObject().only(SHEET_FIELDS);
        Located.Places places = new Located.Places();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Map.Entry<String, Json.Node> e : root.require("scores").asObject().members().entrySet()) {
            places.put(Located.nodeKey(e.getKey()), e.getValue().location().withQuestion(e.getKey()));
            scores.put(e.getKey(), score(e.getKey(), e.getValue()));
        }
        Json.Node edition = root.get("edition");
        ScoreSheet sheet = new ScoreSheet(edition == null ? null : edition.asText(), agency(root.require("agency")), scores);
        return new Located<>(sheet, name, places.map);
    }

    /** A published score: 0–100, refused where it stands otherwise, as the scorer would refuse it. */
    private static BigDecimal score(String id, Json.Node node) {
        BigDecimal v = node.asNumber();
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw new InvalidAnswerException(node.location().withQuestion(id), "score " + Text.clip(node.written()) + " of "
                    + Text.clip(id) + " is outside 0–100", node.written(), List.of());
        }
        return v;
    }

    private static Agency agency(Json.Node node) {
        Json.Obj a = node.asObject().only(AGENCY_FIELDS);
        Json.Node id = a.require("id");
        String name = a.optText("name");
        Agency agency = new Agency(Ids.normal(id.kind() == Json.Kind.NUMBER ? id.asNumber().toPlainString() : id.asText()),
                name == null ? "" : name);
        Json.Node staff = a.get("staff");
        if (staff != null) {
            java.math.BigDecimal n = staff.asNumber();
            if (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(java.math.BigDecimal.valueOf(1_000_000_000)) > 0) {
                throw staff.error("staff " + n.toPlainString() + " is not a number of people (a whole number of at least 1)");
            }
            agency = agency.withStaff(n.longValueExact());
        }
        return agency;
    }
}

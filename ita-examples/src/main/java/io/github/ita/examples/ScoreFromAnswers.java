package io.github.ita.examples;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.Scorer;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores one agency from raw answers with the API: two staff answer the IIT, two members of the
 * public the EIT, and the OIT checklist is filled in; then the total, the rating and every point
 * below the pass mark are printed, each with its weight in the total.
 */
public final class ScoreFromAnswers {

    private ScoreFromAnswers() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Edition edition = Editions.bundled("ita-2565");

        Map<String, String> staff = new HashMap<>();
        for (int i = 1; i <= 30; i++) {
            staff.put("i" + i, "4");                       // มากที่สุด
        }
        staff.put("i5", "1");                              // negative question: "none" is the good answer
        staff.put("i11", "1");
        staff.put("i19", "1");
        staff.remove("i27");                               // i27 is answered by its sub-items
        staff.putAll(Map.of("i27a", "yes", "i27b", "yes", "i27c", "no"));
        Map<String, String> staff2 = new HashMap<>(staff);
        staff2.put("i20", "2");                            // น้อย

        Map<String, String> citizen = new HashMap<>();
        for (int e = 1; e <= 15; e++) {
            citizen.put("e" + e, "4");
        }
        citizen.remove("e5");
        citizen.putAll(Map.of("e5a", "no", "e5b", "no", "e5c", "no", "e8", "yes", "e9", "yes", "e10", "no"));

        AgencyResponses.Builder answers = AgencyResponses.builder(new Agency("6330199", "อบต.ตัวอย่าง"))
                .iit(Respondent.of("staff-1", staff), Respondent.of("staff-2", staff2))
                .eit(Respondent.of("citizen-1", citizen), Respondent.of("citizen-2", citizen));
        for (int o = 1; o <= 43; o++) {
            answers.oit("o" + o, o == 24 ? OitAnswer.notPublished() : OitAnswer.published("https://example.go.th/o" + o));
        }

        Result result = Scorer.of(edition).score(answers.build());
        System.out.println("total  " + result.total().orElseThrow() + "  rating " + result.rating().orElseThrow());
        for (ResultNode n : result.belowPassMark()) {
            System.out.println("below 85: " + n.id() + " " + n.score().orElseThrow()
                    + "  (one point of it is worth " + n.weight().exact() + " of the total)");
        }
    }
}

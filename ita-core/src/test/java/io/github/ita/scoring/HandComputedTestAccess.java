package io.github.ita.scoring;

import io.github.ita.edition.Edition;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.OitAnswer;
import java.util.Map;

/** Lets tests of other packages reuse the answers of {@link HandComputedTest}. */
public final class HandComputedTestAccess {

    private HandComputedTestAccess() {
    }

    public static AgencyResponses answers(Edition e, Map<String, OitAnswer> oit) {
        return HandComputedTest.answers(e, oit);
    }
}

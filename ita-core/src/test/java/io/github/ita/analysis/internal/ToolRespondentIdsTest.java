package io.github.ita.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ita.DuplicateIdException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolRespondentIdsTest {

    @Test
    void aRepeatedIdIsRefusedWithinAToolOnlyAndNamesItsFirstLine() {
        ToolRespondentIds ids = new ToolRespondentIds(100);
        ids.record("IIT", ids.checkNew("a1", "IIT", "r1"), 7);
        ids.record("EIT", ids.checkNew("a1", "EIT", "r1"), 3);   // the same id in another tool is another respondent
        assertThatThrownBy(() -> ids.checkNew("a1", "IIT", "r1"))
                .isInstanceOf(DuplicateIdException.class)
                .hasMessageEndingWith("respondent id r1 appears twice among the IIT respondents of agency a1 (first at line 7)");
        assertThat(ids.spilled()).isFalse();
    }

    @Test
    void mergingFindsAnIdInBothPartsAndSpilledRepeatsAreFoundByVerify() {
        try (ToolRespondentIds a = new ToolRespondentIds(100); ToolRespondentIds b = new ToolRespondentIds(100);
                ToolRespondentIds small = new ToolRespondentIds(10)) {
            a.record("IIT", a.checkNew("a1", "IIT", "r1"), 2);
            b.record("IIT", b.checkNew("a1", "IIT", "r2"), 2);
            a.merge(b, false, "a1");
            assertThatThrownBy(() -> a.checkNew("a1", "IIT", "r2")).isInstanceOf(DuplicateIdException.class);
            assertThatThrownBy(() -> a.merge(b, false, "a1"))
                    .isInstanceOf(DuplicateIdException.class)
                    .hasMessage("1 IIT respondent id(s) of agency a1 appear in both merged parts");

            for (int i = 0; i < 30; i++) {
                small.record("EIT", small.checkNew("a2", "EIT", "r" + i), i + 2);
            }
            assertThat(small.spilled()).isTrue();
            small.verify("a2", Map.of("EIT", "eit.csv"));   // no repeat yet
            small.record("EIT", small.checkNew("a2", "EIT", "r20"), 40);   // past memory: not refused at once
            assertThat(small.spilled()).isTrue();
            assertThatThrownBy(() -> small.verify("a2", Map.of("EIT", "eit.csv")))
                    .isInstanceOf(DuplicateIdException.class)
                    .hasMessageContaining("a respondent id appears twice among the EIT respondents of agency a2 (first at line 22)")
                    .satisfies(e -> assertThat(((DuplicateIdException) e).location().line()).isEqualTo(40));
        }
    }
}

package io.github.ita.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Groups in the order a Thai reader expects, not by code point. */
class GroupOrderTest {

    @Test
    void aLeadingVowelSortsUnderItsConsonant() {
        List<String> provinces = new ArrayList<>(List.of("อุบลราชธานี", "เชียงใหม่", "ชลบุรี", "ขอนแก่น", "ตรัง", "แพร่", "พิษณุโลก", ""));
        provinces.sort(BatchScorer.groupOrder());
        // by code point, เชียงใหม่ and แพร่ (leading vowels U+0E40, U+0E41) would come after อุบลราชธานี
        assertThat(provinces).containsExactly("", "ขอนแก่น", "ชลบุรี", "เชียงใหม่", "ตรัง", "พิษณุโลก", "แพร่", "อุบลราชธานี");
    }

    @Test
    void namesThatCollateAlikeStillHaveOneOrder() {
        List<String> a = new ArrayList<>(List.of("b", "B", "a", "A"));
        List<String> b = new ArrayList<>(List.of("A", "a", "B", "b"));
        a.sort(BatchScorer.groupOrder());
        b.sort(BatchScorer.groupOrder());
        assertThat(a).isEqualTo(b).hasSize(4).startsWith("a", "A");
    }

    /** Found by a hostile trial: numbered groups sorted as text (กลุ่ม 10 before กลุ่ม 2). */
    @Test
    void numbersInANameGoByTheirValueInEitherScript() {
        List<String> zones = new ArrayList<>(List.of("เขต 10", "เขต 2", "เขต 1", "เขต ๑๑", "เขต 02", "เขต", "เขต 100", "เขต ๓"));
        zones.sort(BatchScorer.groupOrder());
        assertThat(zones).containsExactly("เขต", "เขต 1", "เขต 02", "เขต 2", "เขต ๓", "เขต 10", "เขต ๑๑", "เขต 100");
    }

    @Test
    void theOrderIsTheSameWhateverTheStart() {
        List<String> names = List.of("กลุ่ม 2", "กลุ่ม 10", "กลุ่ม", "เชียงใหม่ 1", "ชลบุรี", "a1", "A01", "1", "01", "x", "");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(BatchScorer.groupOrder());
        for (int k = 0; k < names.size(); k++) {
            List<String> rotated = new ArrayList<>(names.subList(k, names.size()));
            rotated.addAll(names.subList(0, k));
            rotated.sort(BatchScorer.groupOrder());
            assertThat(rotated).isEqualTo(sorted);
        }
        java.util.Comparator<String> order = BatchScorer.groupOrder();
        for (String a : names) {
            for (String b : names) {
                assertThat(Integer.signum(order.compare(a, b))).as(a + " vs " + b).isEqualTo(-Integer.signum(order.compare(b, a)));
            }
        }
    }
}

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
}

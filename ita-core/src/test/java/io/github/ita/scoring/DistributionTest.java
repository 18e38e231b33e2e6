package io.github.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact answer distribution is a map like any other: same entries, order, equality and hash; immutable. */
class DistributionTest {

    @Test
    void behavesAsTheMapItReplaces() {
        long[] counters = {9, 9, 3, 0, 200, 7, 9};
        Distribution d = new Distribution(new String[] {"1", "2", "3", "4"}, counters, 2);
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("1", 3L);
        expected.put("2", 0L);
        expected.put("3", 200L);
        expected.put("4", 7L);
        assertThat(d).isEqualTo(expected).hasSameHashCodeAs(expected).containsExactlyEntriesOf(expected);
        assertThat(expected).isEqualTo(d);
        assertThat(List.copyOf(d.keySet())).containsExactly("1", "2", "3", "4");
        assertThat(d.get("3")).isEqualTo(200L);
        assertThat(d.get("5")).isNull();
        assertThat(d.containsKey("2")).isTrue();
        assertThat(d.toString()).isEqualTo(expected.toString());
        Map<String, Long> visited = new LinkedHashMap<>();
        d.forEach(visited::put);
        assertThat(visited).containsExactlyEntriesOf(expected);
        counters[4] = 1;   // a copy: later counting does not change a result
        assertThat(d.get("3")).isEqualTo(200L);
        assertThatThrownBy(() -> d.put("1", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.entrySet().iterator().next().setValue(1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}

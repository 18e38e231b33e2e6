package io.github.ita.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Respondent ids past the in-memory limit are checked on disk, exactly, with their lines. */
class RespondentIdsTest {

    @Test
    void inMemoryRepeatsAreFoundAtOnce() {
        RespondentIds ids = new RespondentIds(1000, 100);
        assertThat(ids.addHash(RespondentIds.hash("r1"), 2)).isTrue();
        assertThat(ids.contains(RespondentIds.hash("r1"))).isTrue();
        assertThat(ids.addHash(RespondentIds.hash("r1"), 3)).isFalse();
        assertThat(ids.verify()).isNull();
        assertThat(ids.spilled()).isFalse();
    }

    @Test
    void spilledIdsAreCheckedAcrossSortedRuns() {
        // 50 in memory, then a spill sorted in runs of 64: 1,000 ids make 16 runs to merge
        try (RespondentIds ids = new RespondentIds(50, 64)) {
            for (int i = 0; i < 1000; i++) {
                assertThat(ids.addHash(RespondentIds.hash("r" + i), i + 2)).isTrue();
            }
            assertThat(ids.spilled()).isTrue();
            assertThat(ids.size()).isEqualTo(1000);
            assertThat(ids.verify()).isNull();
            // a repeat of an id that went to disk at line 502, read again at line 2000: found when merging runs
            ids.addHash(RespondentIds.hash("r500"), 2000);
            RespondentIds.Repeat r = ids.verify();
            assertThat(r).isEqualTo(new RespondentIds.Repeat(502, 2000));
        }
    }

    @Test
    void aRepeatOfAnIdKeptInMemoryBeforeTheSpill() {
        try (RespondentIds ids = new RespondentIds(10, 1000)) {
            for (int i = 0; i < 30; i++) {
                ids.addHash(RespondentIds.hash("r" + i), i + 2);
            }
            ids.addHash(RespondentIds.hash("r3"), 99);   // r3 was in memory when the spill began: its line went to disk with it
            assertThat(ids.verify()).isEqualTo(new RespondentIds.Repeat(5, 99));
        }
    }

    @Test
    void mergingSpilledPartsKeepsEveryId() {
        try (RespondentIds a = new RespondentIds(5, 7); RespondentIds b = new RespondentIds(5, 7)) {
            for (int i = 0; i < 20; i++) {
                a.addHash(RespondentIds.hash("a" + i), i + 2);
                b.addHash(RespondentIds.hash("b" + i), i + 2);
            }
            b.addHash(RespondentIds.hash("a7"), 40);
            assertThat(a.addAll(b)).isZero();          // the clash is on disk: found by verify
            assertThat(a.size()).isEqualTo(41);
            assertThat(a.verify()).isEqualTo(new RespondentIds.Repeat(9, 40));
        }
    }

    /**
     * Merging tables (the parts of a file read side by side) costs about what adding the ids one at a
     * time does. Adding one table's slots in order to another that grows meanwhile made each id probe
     * to the end of a long run: a 200 MB file of one agency took a minute to merge.
     */
    @Test
    void mergingCostsAboutWhatAddingDoes() {
        int n = 600_000;
        RespondentIds a = new RespondentIds();
        RespondentIds b = new RespondentIds();
        RespondentIds direct = new RespondentIds();
        for (int i = 1; i <= n; i++) {
            (i <= n / 2 ? a : b).addHash(RespondentIds.hash(Integer.toString(i)), i + 1);
            direct.addHash(RespondentIds.hash(Integer.toString(i)), i + 1);
        }
        RespondentIds merged = new RespondentIds();
        merged.addHash(RespondentIds.hash("x"), 1);
        assertThat(merged.addAll(a)).isZero();
        assertThat(merged.addAll(b)).isZero();
        assertThat(merged.size()).isEqualTo(n + 1);
        assertThat(merged.probes).isLessThan(2 * direct.probes);
        for (int i = 1; i <= n; i += 997) {
            assertThat(merged.contains(RespondentIds.hash(Integer.toString(i)))).isTrue();
        }
        RespondentIds empty = new RespondentIds();
        assertThat(empty.addAll(a)).isZero();
        assertThat(empty.addAll(a)).isEqualTo(n / 2);   // every id again: every one a clash
    }

    /** The spill and the sorted runs have no name in the temporary directory: nothing is left there however the process ends. */
    @Test
    void spilledIdsLeaveNoFileInTheTemporaryDirectory() throws java.io.IOException {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<java.util.List<String>> files = () -> {
            try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(tmp)) {
                return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ita-ids-") || n.startsWith("ita-run-")).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        java.util.List<String> before = files.get();
        try (RespondentIds ids = new RespondentIds(10, 7)) {
            for (int i = 0; i < 100; i++) {
                assertThat(ids.addHash(RespondentIds.hash("r" + i), i + 2)).isTrue();
            }
            assertThat(ids.spilled()).isTrue();
            assertThat(files.get()).isEqualTo(before);
            ids.addHash(RespondentIds.hash("r42"), 500);
            assertThat(ids.verify()).isEqualTo(new RespondentIds.Repeat(44, 500));
            assertThat(files.get()).isEqualTo(before);
        }
    }
}

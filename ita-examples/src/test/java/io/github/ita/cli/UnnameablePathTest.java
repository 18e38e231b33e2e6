package io.github.ita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path no file can have (one with a NUL character, which the command line of a shell cannot pass but a
 * program calling {@link Ita#run} can) is refused in one line with exit status 2, wherever it is given: as a
 * file parameter (picocli's conversion), as {@code editions show ID|FILE}, as {@code --edition ID|FILE}, as {@code --out}.
 */
class UnnameablePathTest {

    @TempDir
    Path dir;

    private static final String NUL = "a\u0000b";

    private static final String WHY = "cannot name the file \"a\\u0000b\": no file name holds a NUL character\n";

    /** @return standard error of a run refused with status 2, checked to be one line and to print nothing */
    private static String refused(String... args) {
        ItaTest.Run r = ItaTest.ita(args);
        List<String> shown = new ArrayList<>(List.of(args));
        assertThat(r.status()).as("%s: %s", shown, r.err()).isEqualTo(Ita.BAD_INPUT);
        assertThat(r.out()).as("%s", shown).isEmpty();
        assertThat(r.err()).as("%s", shown).startsWith("ita: ").contains("a\\u0000b").endsWith("\": no file name holds a NUL character\n").doesNotContain("\u0000");
        assertThat(r.err().lines()).as("%s", shown).hasSize(1);
        return r.err();
    }

    @Test
    void aNulInAnyPathIsABadInputNotABug() throws IOException {
        String scores = ItaTest.resource(dir, "seed-001-scores.json").toString();
        String agency = ItaTest.resource(dir, "sample-agency.json").toString();
        assertThat(refused("editions", "show", NUL)).isEqualTo("ita: " + WHY);
        refused("editions", "show", NUL, "--format", "json");
        refused("audit", scores, "--edition", NUL);
        refused("score", agency, "--edition", NUL);
        refused("plan", scores, "--edition", NUL);
        assertThat(refused("audit", NUL)).isEqualTo("ita: audit: " + WHY);
        refused("score", NUL, "--edition", "ita-2565");
        refused("compare", scores, NUL);
        refused("measures", NUL);
        refused("batch", NUL, "--edition", "ita-2568");
        refused("audit", scores, "--out", dir + "/" + NUL);
        refused("audit", scores, "--out", NUL + "/");
    }
}

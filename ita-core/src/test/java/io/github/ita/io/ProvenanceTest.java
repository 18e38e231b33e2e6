package io.github.ita.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.response.Agency;
import io.github.ita.response.ScoreSheet;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @TempDir
    Path dir;

    static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theEditionsHashIsTheHashOfItsFile() throws Exception {
        Edition e = Editions.bundled("ita-2565");
        try (InputStream in = Edition.class.getResourceAsStream("ita-2565.json")) {
            assertThat(e.sha256()).isEqualTo(sha(in.readAllBytes())).hasSize(64);
        }
        Path copy = dir.resolve("mine.json");
        try (InputStream in = Edition.class.getResourceAsStream("ita-2568.json")) {
            Files.copy(in, copy);
        }
        assertThat(Editions.read(copy).sha256()).isEqualTo(sha(Files.readAllBytes(copy)));
    }

    @Test
    void everyResultSaysHowItWasMade() throws Exception {
        Path input = Files.writeString(dir.resolve("in.json"), "{}");
        Result r = Scorer.of(Editions.bundled("ita-2565")).audit(new ScoreSheet("ita-2565", new Agency("a", ""),
                Map.of("IIT", BigDecimal.TEN, "EIT", BigDecimal.TEN, "OIT", BigDecimal.TEN)));
        Provenance p = Provenance.of(r.edition(), r.options()).withInputs(input);
        assertThat(p.inputs()).containsEntry(input.toString(), sha("{}".getBytes()));
        String json = ResultJson.write(r, p);
        assertThat(json).contains("\"editionSha256\" : \"" + r.edition().sha256() + "\"").contains("\"rounding\" : \"exact\"")
                .doesNotContain("timestamp");
        assertThat(ResultJson.write(r, p)).isEqualTo(json);
        assertThat(ResultJson.write(r, p.withTimestamp(Instant.parse("2026-11-21T00:00:00Z"))))
                .contains("\"timestamp\" : \"2026-11-21T00:00:00Z\"");
        assertThat(p.line()).startsWith("ita ").contains("ita-2565 (sha256 " + r.edition().sha256().substring(0, 12) + "…)")
                .contains("in.json (sha256 ").endsWith("rounding exact · missing answers error");
        assertThat(Provenance.libraryVersion()).isNotBlank().doesNotStartWith("${");
    }
}

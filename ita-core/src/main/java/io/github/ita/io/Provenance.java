package io.github.ita.io;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.edition.Edition;
import io.github.ita.scoring.MissingAnswers;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.ScoringOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * How a result was made, so that an auditor can reproduce it: the library's version, the edition
 * and the SHA-256 of its file, the SHA-256 of each input file, the rounding and missing-answer
 * policies, and — only when asked for — when. Written in every JSON output and at the foot of every
 * report; without a timestamp, two runs on the same input write the same bytes.
 *
 * @param library        the library version
 * @param edition        the edition id
 * @param editionSha256  the SHA-256 of the edition file (hex)
 * @param inputs         input name → its SHA-256 (hex), in the order given
 * @param rounding       the rounding policy
 * @param missingAnswers the missing-answer policy
 * @param timestamp      when, or null
 */
public record Provenance(String library, String edition, String editionSha256, Map<String, String> inputs,
                        RoundingPolicy rounding, MissingAnswers missingAnswers, Instant timestamp) {

    private static final String VERSION = readVersion();

    /**
     * Checks that every component but the timestamp is given and copies the inputs, keeping their order.
     *
     * @param library        the library version
     * @param edition        the edition id
     * @param editionSha256  the SHA-256 of the edition file (hex)
     * @param inputs         input name → its SHA-256 (hex), in the order given
     * @param rounding       the rounding policy
     * @param missingAnswers the missing-answer policy
     * @param timestamp      when, or null
     */
    public Provenance {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(editionSha256, "editionSha256");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(missingAnswers, "missingAnswers");
    }

    /**
     * @param edition the edition scored with
     * @param options the policies
     * @return the provenance without input files and without a timestamp
     */
    public static Provenance of(Edition edition, ScoringOptions options) {
        return new Provenance(VERSION, edition.id(), edition.sha256(), Map.of(), options.rounding(), options.missingAnswers(), null);
    }

    /** @return the library version, e.g. {@code 0.1.0} */
    public static String libraryVersion() {
        return VERSION;
    }

    /**
     * @param files input files or directories (a directory's regular files are listed by name, sorted)
     * @return a copy naming each input with its SHA-256
     * @throws MalformedInputException when a file cannot be read
     */
    public Provenance withInputs(Path... files) {
        return withInputs(Map.of(), files);
    }

    /**
     * As {@link #withInputs(Path...)}, taking the SHA-256 of files already hashed as they were read
     * (see {@link BatchCsvReader#read(Path, io.github.ita.analysis.BatchScorer, java.nio.charset.Charset,
     * io.github.ita.analysis.BatchListener, Map)}) instead of reading them again.
     *
     * @param known file → its SHA-256 in hex
     * @param files input files or directories (a directory's regular files are listed by name, sorted)
     * @return a copy naming each input with its SHA-256
     * @throws MalformedInputException when a file not in {@code known} cannot be read
     */
    public Provenance withInputs(Map<Path, String> known, Path... files) {
        Map<String, String> all = new LinkedHashMap<>(inputs);
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> list = Files.list(f)) {
                    for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                        all.put(p.toString(), known.containsKey(p) ? known.get(p) : sha256(p));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                all.put(f.toString(), known.containsKey(f) ? known.get(f) : sha256(f));
            }
        }
        return new Provenance(library, edition, editionSha256, all, rounding, missingAnswers, timestamp);
    }

    /**
     * @param when the time the result was made, or {@code null} for none
     * @return a copy stamped with the time
     */
    public Provenance withTimestamp(Instant when) {
        return new Provenance(library, edition, editionSha256, inputs, rounding, missingAnswers, when);
    }

    /**
     * @param file a file
     * @return its SHA-256 in hex
     */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = newSha256();
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchFileException e) {
            throw new MalformedInputException(Location.file(file.toString()), "no such file");
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(file.toString()), "cannot read: " + io.github.ita.internal.Text.problem(e));
        }
    }

    /** @return a new SHA-256 digest */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/io/github/ita/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "development");
            return v.startsWith("${") ? "development" : v;
        } catch (IOException e) {
            return "development";
        }
    }

    /** @return one line for the foot of a report */
    public String line() {
        StringBuilder b = new StringBuilder("ita ").append(library).append(" · ").append(edition);
        if (!editionSha256.isEmpty()) {
            b.append(" (sha256 ").append(editionSha256, 0, 12).append("…)");
        }
        inputs.forEach((name, sha) -> b.append(" · ").append(Path.of(name).getFileName()).append(" (sha256 ")
                .append(sha, 0, 12).append("…)"));
        b.append(" · rounding ").append(rounding == RoundingPolicy.EXACT ? "exact" : "each-level")
                .append(" · missing answers ").append(missingAnswers == MissingAnswers.ERROR ? "error" : "exclude");
        if (timestamp != null) {
            b.append(" · ").append(timestamp);
        }
        return b.toString();
    }
}

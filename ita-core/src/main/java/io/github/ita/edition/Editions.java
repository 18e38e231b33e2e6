package io.github.ita.edition;

import com.fasterxml.jackson.core.JsonParser;
import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.UnknownIdException;
import io.github.ita.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one provider of editions: the bundled ones, read once from the library's resources, and
 * the user's own edition files, validated on load.
 *
 * <pre>{@code
 * Edition fy2565 = Editions.bundled("ita-2565");
 * Edition mine = Editions.read(Path.of("my-edition.json"));   // same format as the bundled ones
 * }</pre>
 */
public final class Editions {

    private static final List<String> BUNDLED = List.of("ita-2565", "ita-2568");
    private static final Map<String, Edition> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, EditionSummary> SUMMARIES = new ConcurrentHashMap<>();

    private Editions() {
    }

    /** @return the ids of the bundled editions, oldest first */
    public static List<String> bundledIds() {
        return BUNDLED;
    }

    /** @return every bundled edition, oldest first */
    public static List<Edition> bundled() {
        return BUNDLED.stream().map(Editions::bundled).toList();
    }

    /**
     * The bundled editions' summaries, as {@code ita editions} lists them, without reading the editions whole: an
     * edition already read gives its own {@link Edition#summary()}; the others are read token by token, their texts
     * skipped, which costs a short command a fraction of reading them.
     *
     * @return every bundled edition's summary, oldest first
     */
    public static List<EditionSummary> bundledSummaries() {
        List<EditionSummary> summaries = new ArrayList<>(BUNDLED.size());
        for (String id : BUNDLED) {
            Edition read = CACHE.get(id);
            EditionSummary summary = read != null ? read.summary() : SUMMARIES.get(id);
            if (summary == null) {
                summary = summaryOfBundled(id);
                SUMMARIES.putIfAbsent(id, summary);
            }
            summaries.add(summary);
        }
        return List.copyOf(summaries);
    }

    /**
     * @return a bundled edition's summary as its file gives it; as the edition read whole gives it, should the file
     *         not have an edition's shape (the read whole then says what is wrong)
     */
    private static EditionSummary summaryOfBundled(String id) {
        EditionSummary scanned;
        try (InputStream in = resource(id); JsonParser p = Json.parser(in)) {
            scanned = EditionReader.summary(p);
        } catch (IOException e) {
            scanned = null;
        }
        return scanned != null && scanned.id().equals(id) ? scanned : bundled(id).summary();
    }

    /**
     * @param id a bundled edition's id, e.g. {@code ita-2565}
     * @return the edition
     * @throws UnknownIdException when no bundled edition has that id
     */
    public static Edition bundled(String id) {
        if (!BUNDLED.contains(id)) {
            throw new UnknownIdException(Location.NONE,
                    "unknown edition \"" + io.github.ita.internal.Text.clip(id) + "\" (bundled: " + String.join(", ", BUNDLED) + ")", id);
        }
        return CACHE.computeIfAbsent(id, Editions::readBundled);
    }

    private static InputStream resource(String id) {
        InputStream in = Editions.class.getResourceAsStream(id + ".json");
        if (in == null) {
            throw new IllegalStateException("bundled edition resource missing: " + id + ".json");
        }
        return in;
    }

    private static Edition readBundled(String id) {
        String resource = id + ".json";
        byte[] file;
        try (InputStream in = resource(id)) {
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The digest of the file's bytes, as read(InputStream, String) takes it, but computed when first asked for:
        // only provenance needs it, and a short command such as ita editions would spend a good part of its start on it.
        return EditionReader.read(Json.read(new java.io.ByteArrayInputStream(file), resource)).withSha256(sha256Once(file));
    }

    /** @return the SHA-256 of {@code bytes} in hex, computed when first asked for */
    private static Supplier<String> sha256Once(byte[] bytes) {
        return new Supplier<>() {
            private String hex;

            @Override
            public synchronized String get() {
                if (hex == null) {
                    hex = HexFormat.of().formatHex(newSha256().digest(bytes));
                }
                return hex;
            }
        };
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Loads and validates an edition file.
     *
     * @param file the edition's JSON file (format: docs/edition-format.md)
     * @return the edition
     * @throws MalformedInputException          when the file is missing or is not well-formed JSON of the format
     * @throws io.github.ita.InvalidEditionException when it breaks a rule of editions
     * @throws io.github.ita.DuplicateIdException    when an id is used twice
     */
    public static Edition read(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MalformedInputException(Location.file(file.toString()), "no such file");
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(file.toString()), "cannot read: " + io.github.ita.internal.Text.problem(e));
        }
    }

    /**
     * Reads and validates an edition from a stream.
     *
     * @param in   the JSON (not closed)
     * @param name the name to use in error messages
     * @return the edition
     * @throws ItaException as {@link #read(Path)}
     */
    public static Edition read(InputStream in, String name) {
        MessageDigest sha = newSha256();
        java.security.DigestInputStream digesting = new java.security.DigestInputStream(in, sha);
        Edition edition = EditionReader.read(Json.read(digesting, name));
        try {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(name), "cannot read: " + io.github.ita.internal.Text.problem(e));
        }
        String hex = HexFormat.of().formatHex(sha.digest());
        return edition.withSha256(() -> hex);
    }
}

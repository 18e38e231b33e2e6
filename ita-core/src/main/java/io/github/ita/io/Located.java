package io.github.ita.io;

import io.github.ita.ItaException;
import io.github.ita.Location;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value read from a file, with the places of its parts, so that a problem the engine finds later
 * (a respondent's unanswered question, an unknown OIT item, a node given twice) is reported at the
 * line of the file that caused it.
 *
 * <pre>{@code
 * Located<AgencyResponses> in = ResponsesJson.readResponses(Path.of("responses.json"));
 * Result result = in.apply(scorer::score);   // errors name responses.json and the line
 * }</pre>
 *
 * @param <T> the type of value
 */
public final class Located<T> {

    private final T value;
    private final String source;
    private final Map<String, Location> places;

    Located(T value, String source, Map<String, Location> places) {
        this.value = Objects.requireNonNull(value, "value");
        this.source = Objects.requireNonNull(source, "source");
        this.places = Map.copyOf(places);
    }

    /** @return the value read */
    public T value() {
        return value;
    }

    /** @return the file or source name it was read from */
    public String source() {
        return source;
    }

    /**
     * @param problem a location the engine reported (respondent and question ids)
     * @return the place in the file that matches it best: the answer, else the respondent, else the
     *         question or item, else the file
     */
    public Location locate(Location problem) {
        Location at = null;
        if (problem.respondent() != null && problem.question() != null) {
            at = places.get(answerKey(problem.respondent(), problem.question()));
        }
        if (at == null && problem.respondent() != null) {
            at = places.get(respondentKey(problem.respondent()));
        }
        if (at == null && problem.question() != null) {
            at = places.get(nodeKey(problem.question()));
        }
        return at == null ? Location.file(source) : at;
    }

    /**
     * Applies a computation to the value, placing any {@link ItaException} it throws in this file.
     *
     * @param f   the computation, e.g. {@code scorer::score}
     * @param <R> its result type
     * @return its result
     */
    public <R> R apply(Function<? super T, R> f) {
        try {
            return f.apply(value);
        } catch (ItaException e) {
            throw e.within(locate(e.location()));
        }
    }

    static String answerKey(String respondent, String question) {
        return "a\u0000" + respondent + "\u0000" + question;
    }

    static String respondentKey(String respondent) {
        return "r\u0000" + respondent;
    }

    static String nodeKey(String id) {
        return "n\u0000" + id;
    }

    /** Collects places while reading. */
    static final class Places {
        final Map<String, Location> map = new HashMap<>();

        void put(String key, Location at) {
            map.putIfAbsent(key, at);
        }
    }
}

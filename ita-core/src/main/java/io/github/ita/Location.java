package io.github.ita;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a problem is: the file, the line and column, the field (a JSON path or a CSV column), the
 * respondent and the question. Every part is optional; {@link #toString()} joins those present
 * (a very long file name shown by its end; ids at most about 60 characters; invisible characters, and a space at either end, as {@code \}{@code uXXXX}),
 * e.g. {@code responses.json:12:7: iit[3].answers.i7: respondent r4: question i7}.
 *
 * @param file       the file or source name, or {@code null}
 * @param line       the 1-based line, or 0 when unknown
 * @param column     the 1-based column, or 0 when unknown
 * @param field      the field path or CSV column name, or {@code null}
 * @param respondent the respondent id, or {@code null}
 * @param question   the question, item, indicator or other node id, or {@code null}
 */
public record Location(String file, int line, int column, String field, String respondent, String question) {

    /** No location at all. */
    public static final Location NONE = new Location(null, 0, 0, null, null, null);

    /**
     * @param file the file or source name
     * @return a location naming only a file or source
     */
    public static Location file(String file) {
        return new Location(file, 0, 0, null, null, null);
    }

    /**
     * @param id the question, item, indicator or other node id
     * @return a location naming only a question, item or other node id
     */
    public static Location question(String id) {
        return new Location(null, 0, 0, null, null, id);
    }

    /**
     * @param respondent the respondent id, or {@code null}
     * @param question   the question or sub-item id, or {@code null}
     * @return a location naming a respondent and a question (either may be {@code null})
     */
    public static Location answer(String respondent, String question) {
        return new Location(null, 0, 0, null, respondent, question);
    }

    /**
     * @param id the respondent id
     * @return a copy with the respondent set
     */
    public Location withRespondent(String id) {
        return new Location(file, line, column, field, id, question);
    }

    /**
     * @param id the question, item or other node id
     * @return a copy with the question set
     */
    public Location withQuestion(String id) {
        return new Location(file, line, column, field, respondent, id);
    }

    /**
     * Fills the parts this location lacks from an outer one: a problem found deep in the engine
     * (respondent and question known) is placed in a file by the reader that fed it (file, line, field).
     *
     * @param outer the location to take missing parts from
     * @return the merged location
     */
    public Location within(Location outer) {
        Objects.requireNonNull(outer, "outer");
        return new Location(
                file != null ? file : outer.file,
                line != 0 ? line : outer.line,
                line != 0 ? column : outer.column,
                field != null ? field : outer.field,
                respondent != null ? respondent : outer.respondent,
                question != null ? question : outer.question);
    }

    /** @return true when no part is known */
    public boolean isEmpty() {
        return file == null && line == 0 && field == null && respondent == null && question == null;
    }

    /** The most characters of a file name that a message shows: its end, where the file's own name is. */
    private static final int PATH_SHOWN = 160;

    /** @return the file name with every character visible, or "…" and its last characters when it is very long */
    private static String shortPath(String file) {
        String shown = io.github.ita.internal.Text.visible(file);
        return shown.length() <= PATH_SHOWN ? shown : "…" + shown.substring(shown.length() - PATH_SHOWN + 1);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (file != null || line != 0) {
            StringBuilder where = new StringBuilder(file == null ? "<input>" : shortPath(file));
            if (line != 0) {
                where.append(':').append(line);
                if (column != 0) {
                    where.append(':').append(column);
                }
            }
            parts.add(where.toString());
        }
        if (field != null) {
            parts.add(field);
        }
        if (respondent != null) {
            parts.add("respondent " + io.github.ita.internal.Text.clip(respondent));
        }
        if (question != null && (field == null || !field.endsWith(question))) {
            parts.add("question " + io.github.ita.internal.Text.clip(question));
        }
        return String.join(": ", parts);
    }
}

package io.github.ita.io.internal;

import io.github.ita.DuplicateIdException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.ToolKind;
import io.github.ita.internal.Ids;
import io.github.ita.internal.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A columns.csv: {@code header,question}, a row per header text of iit or eit (a form's question
 * text, say) and the column it is: a question or sub-item id of a survey tool, or {@code agency} or
 * {@code respondent}.
 *
 * @param file  the file's name, for messages
 * @param names header text (as {@link Ids#normal} gives it) → the column's name
 */
record HeaderNames(String file, Map<String, String> names) {

    /** The file's name in a batch directory. */
    static final String FILE = "columns.csv";

    /**
     * @param csv     the file's rows
     * @param edition the edition its ids must be of
     * @return the names
     */
    static HeaderNames read(CsvRows csv, Edition edition) {
        List<String> header = csv.header(List.of("header", "question"));
        if (header.size() != 2) {
            throw new MalformedInputException(new Location(csv.file, csv.line, 0, null, null, null),
                    "the header must be header,question");
        }
        Set<String> ids = new HashSet<>(List.of("agency", "respondent"));
        edition.tools().stream().filter(t -> t.kind() == ToolKind.SURVEY).flatMap(t -> t.questions().stream())
                .forEach(q -> {
                    if (q.items().isEmpty()) {
                        ids.add(q.id());
                    }
                    q.items().forEach(i -> ids.add(i.id()));
                });
        Map<String, String> names = new HashMap<>();
        List<String> row;
        while ((row = csv.next()) != null) {
            if (row.size() != 2) {
                throw new MalformedInputException(csv.at(null), "the row has " + row.size() + " cells, the header 2");
            }
            String text = Ids.normal(row.get(0));
            String id = Ids.normal(row.get(1));
            if (text.isEmpty()) {
                throw new MalformedInputException(csv.at("header"), "empty header text");
            }
            if (!ids.contains(id)) {
                String why = edition.findQuestion(id).filter(q -> !q.items().isEmpty())
                        .map(q -> "question " + id + " is answered by its sub-items " + String.join(", ",
                                q.items().stream().map(i -> i.id()).toList()))
                        .orElse(Text.clip(id) + " is not agency, respondent, or a question or sub-item of IIT or EIT of "
                                + edition.id());
                throw new UnknownIdException(csv.at("question"), why, id);
            }
            if (names.putIfAbsent(text, id) != null) {
                throw new DuplicateIdException(csv.at("header"), "header text " + Text.clip(text) + " is mapped twice", text);
            }
        }
        return new HeaderNames(FILE, Map.copyOf(names));
    }

}

package io.github.ita.io.internal;

import io.github.ita.DuplicateIdException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.internal.Ids;
import io.github.ita.internal.Text;
import io.github.ita.response.Agency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an agencies.csv: {@code id,name,<attributes…>}. */
final class AgenciesReader {

    private AgenciesReader() {
    }

    /**
     * @param file the file, for messages
     * @param csv  its rows
     * @return its agencies
     */
    static Directory read(Path file, CsvRows csv) {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        List<String> header = csv.header(List.of("id"));
        List<String> names = header.stream().map(Ids::normal).toList();
        if (new HashSet<>(names).size() != names.size()) {
            throw new DuplicateIdException(new Location(file.toString(), csv.line, 0, null, null, null),
                    "a column appears twice in the header", names.stream().filter(n -> names.indexOf(n) != names.lastIndexOf(n))
                            .findFirst().orElseThrow());
        }
        int nameCol = names.indexOf("name");
        List<String> row;
        while ((row = csv.next()) != null) {
            if (row.size() != header.size()) {
                throw new MalformedInputException(csv.at(null), "the row has " + row.size() + " cells, the header " + header.size());
            }
            String id = Ids.normal(row.get(0));
            if (id.isEmpty()) {
                throw new MalformedInputException(csv.at("id"), "empty agency id");
            }
            if (agencies.containsKey(id)) {
                throw new DuplicateIdException(csv.at("id"), "agency " + Text.clip(id) + " is listed twice", id);
            }
            agencies.put(id, new Agency(id, nameCol < 0 ? "" : row.get(nameCol)));
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 1; i < names.size(); i++) {
                if (i != nameCol) {
                    attrs.put(names.get(i), row.get(i));
                }
            }
            attributes.put(id, attrs);
        }
        List<String> columns = new ArrayList<>(names.subList(1, names.size()));
        columns.remove("name");
        return new Directory(file.getFileName().toString(), agencies, attributes, columns);
    }
}

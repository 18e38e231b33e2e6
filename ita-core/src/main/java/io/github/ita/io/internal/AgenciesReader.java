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

/** Reads an agencies.csv: {@code id,name,<attributes…>}, and {@code staff} (the number of people, when known) if given. */
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
            String twice = names.stream().filter(n -> names.indexOf(n) != names.lastIndexOf(n)).findFirst().orElseThrow();
            throw new DuplicateIdException(new Location(file.toString(), csv.line, 0, null, null, null),
                    "column " + Text.clip(twice) + " appears twice in the header", twice);
        }
        int nameCol = names.indexOf("name");
        int staffCol = names.indexOf("staff");
        Map<String, Integer> staffLines = new HashMap<>();
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
            Agency agency = new Agency(id, nameCol < 0 ? "" : row.get(nameCol));
            if (staffCol >= 0 && !row.get(staffCol).isBlank()) {
                agency = agency.withStaff(staff(csv, row.get(staffCol)));
                staffLines.put(id, csv.line);
            }
            agencies.put(id, agency);
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 1; i < names.size(); i++) {
                if (i != nameCol && i != staffCol) {
                    attrs.put(names.get(i), row.get(i));
                }
            }
            attributes.put(id, attrs);
        }
        List<String> columns = new ArrayList<>(names.subList(1, names.size()));
        columns.remove("name");
        columns.remove("staff");
        return new Directory(file.getFileName().toString(), agencies, attributes, columns, staffLines);
    }

    /** The number of staff: a whole number of at least 1, Arabic or Thai digits. */
    private static long staff(CsvRows csv, String cell) {
        String digits = io.github.ita.internal.ThaiDigits.toArabic(cell.trim());
        long n = -1;
        if (!digits.isEmpty() && digits.length() <= 9 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            n = Long.parseLong(digits);
        }
        if (n < 1) {
            throw new MalformedInputException(csv.at("staff"), "staff \"" + Text.clip(cell)
                    + "\" is not a number of people (a whole number of at least 1, or empty when not known)", cell);
        }
        return n;
    }
}

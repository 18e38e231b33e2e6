package io.github.ita.io.internal;

import io.github.ita.response.Agency;
import java.util.List;
import java.util.Map;

/**
 * The agencies of an agencies.csv.
 *
 * @param file        its name, for messages ("not in agencies.csv")
 * @param agencies    each agency id → the agency, in the file's order
 * @param attributes  each agency id → its attributes (column → value)
 * @param columns     the attribute columns, besides id and name
 * @param staffLines  each agency id with a staff → the line that gives it, for messages
 */
record Directory(String file, Map<String, Agency> agencies, Map<String, Map<String, String>> attributes,
                 List<String> columns, Map<String, Integer> staffLines) {

    /** @return whether the agency is listed */
    boolean lists(String agency) {
        return agencies.containsKey(agency);
    }
}

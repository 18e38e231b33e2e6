package io.github.ita.internal;

import io.github.ita.DuplicateIdException;
import io.github.ita.Location;
import io.github.ita.UnknownIdException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The check of the components an OIT answer says are present, in one place for every way answers come in: the
 * scorer's, for answers given to the API or read from JSON, and {@code oit.csv}'s reader's, which knows the row and
 * column to name.
 */
public final class Components {

    private Components() {
    }

    /**
     * @param item    the checklist item
     * @param allowed its components' ids, in edition order
     * @param given   the components the answer says are present
     * @param at      where they were given
     * @throws UnknownIdException   for a component the item does not have
     * @throws DuplicateIdException for a component given twice
     */
    public static void check(String item, List<String> allowed, List<String> given, Location at) {
        Set<String> seen = new HashSet<>();
        for (String c : given) {
            if (!allowed.contains(c)) {
                throw new UnknownIdException(at, "item " + item + " has no component " + Text.clip(c)
                        + (allowed.isEmpty() ? " (it has none)" : " (it has " + String.join(", ", allowed) + ")"), c);
            }
            if (!seen.add(c)) {
                throw new DuplicateIdException(at, "component " + Text.clip(c) + " is given twice", c);
            }
        }
    }
}

package io.github.ita.response;

import java.util.Objects;

/**
 * The agency assessed.
 *
 * @param id   its id (the ITAS code or any id the user keeps)
 * @param name its name, e.g. องค์การบริหารส่วนตำบลด่าน
 */
public record Agency(String id, String name) {

    /**
     * Checks that the id and name are given (the name may be empty).
     *
     * @param id   its id (the ITAS code or any id the user keeps)
     * @param name its name, e.g. องค์การบริหารส่วนตำบลด่าน
     */
    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}

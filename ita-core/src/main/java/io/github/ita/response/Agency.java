package io.github.ita.response;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The agency assessed.
 *
 * @param id    its id (the ITAS code or any id the user keeps)
 * @param name  its name, e.g. องค์การบริหารส่วนตำบลด่าน
 * @param staff how many people work there, when known: the population the internal survey (IIT)
 *              samples, so that its intervals take the finite population into account
 */
public record Agency(String id, String name, OptionalLong staff) {

    /**
     * Checks that the id and name are given (the name may be empty) and the staff, if known, is at least one.
     *
     * @param id    its id (the ITAS code or any id the user keeps)
     * @param name  its name, e.g. องค์การบริหารส่วนตำบลด่าน
     * @param staff how many people work there, when known
     */
    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(staff, "staff");
        if (staff.isPresent() && staff.getAsLong() < 1) {
            throw new IllegalArgumentException("staff must be at least 1: " + staff.getAsLong());
        }
    }

    /**
     * An agency whose staff is not known.
     *
     * @param id   its id
     * @param name its name (may be empty)
     */
    public Agency(String id, String name) {
        this(id, name, OptionalLong.empty());
    }

    /**
     * @param count how many people work there, at least 1
     * @return this agency with its staff known
     */
    public Agency withStaff(long count) {
        return new Agency(id, name, OptionalLong.of(count));
    }
}

package io.github.ita;

import java.util.Optional;

/**
 * An id given twice where it must be unique: two respondents with one id, two nodes of an edition with one id.
 */
public final class DuplicateIdException extends ItaException {

    private static final long serialVersionUID = 1L;

    /** The id that is given twice, or {@code null}. */
    private final String id;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public DuplicateIdException(Location location, String problem) {
        this(location, problem, null);
    }

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     * @param id       the id that is given twice, as given (the message quotes it shortened; this is whole)
     */
    public DuplicateIdException(Location location, String problem, String id) {
        super(location, problem);
        this.id = id;
    }

    /** @return the id that is given twice, as given, whole; empty when the code that threw this did not name it */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    @Override
    public DuplicateIdException within(Location outer) {
        return new DuplicateIdException(location().within(outer), problem(), id);
    }
}

package io.github.ita;

/**
 * An id given twice where it must be unique: two respondents with one id, two nodes of an edition with one id.
 */
public final class DuplicateIdException extends ItaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public DuplicateIdException(Location location, String problem) {
        super(location, problem);
    }

    @Override
    public DuplicateIdException within(Location outer) {
        return new DuplicateIdException(location().within(outer), problem());
    }
}

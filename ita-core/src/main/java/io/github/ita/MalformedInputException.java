package io.github.ita;

/**
 * Input that cannot be read: a missing or unreadable file, malformed or empty JSON or CSV, a value of the wrong type (a string where a number is due, a `published` that is not a boolean), a missing required field or an unknown one.
 */
public final class MalformedInputException extends ItaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public MalformedInputException(Location location, String problem) {
        super(location, problem);
    }

    @Override
    public MalformedInputException within(Location outer) {
        return new MalformedInputException(location().within(outer), problem());
    }
}

package io.github.ita;

/**
 * An id the edition or the input does not know: an unknown edition, tool, indicator, question, item, component or agency.
 */
public final class UnknownIdException extends ItaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public UnknownIdException(Location location, String problem) {
        super(location, problem);
    }

    @Override
    public UnknownIdException within(Location outer) {
        return new UnknownIdException(location().within(outer), problem());
    }
}

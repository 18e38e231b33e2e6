package io.github.ita;

/**
 * An edition file that breaks the rules of an edition: weights that do not sum to 100, an empty indicator, points outside 0–100, rating bands that overlap or leave a gap, an unknown scale.
 */
public final class InvalidEditionException extends ItaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public InvalidEditionException(Location location, String problem) {
        super(location, problem);
    }

    @Override
    public InvalidEditionException within(Location outer) {
        return new InvalidEditionException(location().within(outer), problem());
    }
}

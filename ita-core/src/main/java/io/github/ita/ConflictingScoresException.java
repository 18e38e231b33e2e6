package io.github.ita;

/**
 * A score sheet that gives a number for a node and also for one of its descendants, so that the two could disagree.
 */
public final class ConflictingScoresException extends ItaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public ConflictingScoresException(Location location, String problem) {
        super(location, problem);
    }

    @Override
    public ConflictingScoresException within(Location outer) {
        return new ConflictingScoresException(location().within(outer), problem());
    }
}

package io.github.ita;

import java.util.Optional;

/**
 * A score sheet that gives a number for a node and also for one of its descendants, so that the two could disagree.
 */
public final class ConflictingScoresException extends ItaException {

    private static final long serialVersionUID = 1L;

    /** The node given first, or {@code null}. */
    private final String node;
    /** Its descendant, also given, or {@code null}. */
    private final String descendant;

    /**
     * @param location   where the problem is
     * @param problem    what is wrong
     * @param node       the id of the node the sheet gives a number for
     * @param descendant the id of a node beneath it that the sheet also gives a number for
     */
    public ConflictingScoresException(Location location, String problem, String node, String descendant) {
        super(location, problem);
        this.node = node;
        this.descendant = descendant;
    }

    /** @return the id of the node the sheet gives a number for; empty when not named */
    public Optional<String> node() {
        return Optional.ofNullable(node);
    }

    /** @return the id of the node beneath it that the sheet also gives a number for; empty when not named */
    public Optional<String> descendant() {
        return Optional.ofNullable(descendant);
    }

    @Override
    public ConflictingScoresException within(Location outer) {
        return new ConflictingScoresException(location().within(outer), problem(), node, descendant);
    }
}

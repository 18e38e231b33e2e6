package io.github.ita;

import java.util.Optional;

/**
 * An id the edition or the input does not know: an unknown edition, tool, indicator, question, item, component or agency.
 */
public final class UnknownIdException extends ItaException {

    private static final long serialVersionUID = 1L;

    /** The id that is not known, or {@code null}. */
    private final String id;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public UnknownIdException(Location location, String problem) {
        this(location, problem, null);
    }

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     * @param id       the id that is not known, as given (the message quotes it shortened; this is whole)
     */
    public UnknownIdException(Location location, String problem, String id) {
        super(location, problem);
        this.id = id;
    }

    /** @return the id that is not known, as given, whole; empty when the code that threw this did not name it */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    @Override
    public UnknownIdException within(Location outer) {
        return new UnknownIdException(location().within(outer), problem(), id);
    }
}

package io.github.ita;

/**
 * An answer or number the question does not allow: a code that is not one of the question's options, a question with sub-items answered as a whole, a score outside 0–100.
 */
public final class InvalidAnswerException extends ItaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public InvalidAnswerException(Location location, String problem) {
        super(location, problem);
    }

    @Override
    public InvalidAnswerException within(Location outer) {
        return new InvalidAnswerException(location().within(outer), problem());
    }
}

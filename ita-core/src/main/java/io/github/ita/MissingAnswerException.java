package io.github.ita;

/**
 * An answer that is required but absent: a respondent who left a scored question unanswered, an OIT item missing from the checklist, a node of a score sheet that has no number, or a question that nobody answered.
 * The respondent and the question, where known, are those of {@link #location()}.
 */
public final class MissingAnswerException extends ItaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public MissingAnswerException(Location location, String problem) {
        super(location, problem);
    }

    @Override
    public MissingAnswerException within(Location outer) {
        return new MissingAnswerException(location().within(outer), problem());
    }
}

package io.github.ita;

import java.util.List;
import java.util.Optional;

/**
 * An answer or number the question does not allow: a code that is not one of the question's options, a question with sub-items answered as a whole, a score outside 0–100.
 */
public final class InvalidAnswerException extends ItaException {

    private static final long serialVersionUID = 1L;

    /** The answer or number as given, or {@code null}. */
    private final String value;
    /** The codes the question accepts, in the edition's order; empty when not known or not a matter of codes. */
    private final List<String> accepted;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public InvalidAnswerException(Location location, String problem) {
        this(location, problem, null, List.of());
    }

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     * @param value    the answer or number as given (the message quotes it shortened; this is whole), or {@code null}
     * @param accepted the option codes the question accepts, in the edition's order; empty when not a matter of codes
     */
    public InvalidAnswerException(Location location, String problem, String value, List<String> accepted) {
        super(location, problem);
        this.value = value;
        this.accepted = List.copyOf(accepted);
    }

    /** @return the answer or number as given, whole; empty when the problem is not one value (a question answered as a whole) */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** @return the option codes the question accepts, in the edition's order; empty when not known or not a matter of codes */
    public List<String> accepted() {
        return accepted;
    }

    @Override
    public InvalidAnswerException within(Location outer) {
        return new InvalidAnswerException(location().within(outer), problem(), value, accepted);
    }
}

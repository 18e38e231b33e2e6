package io.github.ita;

import java.util.Optional;

/**
 * Input that cannot be read: a missing or unreadable file, malformed or empty JSON or CSV, a value of the wrong type (a string where a number is due, a `published` that is not a boolean), a missing required field or an unknown one.
 */
public final class MalformedInputException extends ItaException {

    private static final long serialVersionUID = 1L;

    /** The text that could not be read, or {@code null}. */
    private final String value;

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     */
    public MalformedInputException(Location location, String problem) {
        this(location, problem, null);
    }

    /**
     * @param location where the problem is
     * @param problem  what is wrong
     * @param value    the text that could not be read (an option's value, a number, a period), as given; the
     *                 message quotes it shortened, this is whole
     */
    public MalformedInputException(Location location, String problem, String value) {
        super(location, problem);
        this.value = value;
    }

    /**
     * @return the text that could not be read, as given, whole; empty when the problem is not one value (a missing
     *         file, malformed JSON, a missing field)
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public MalformedInputException within(Location outer) {
        return new MalformedInputException(location().within(outer), problem(), value);
    }
}

package io.github.ita.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small JSON tree that remembers, for every value, the file, line, column and path it came
 * from, so that every error about an input can name its place. Built on Jackson's streaming
 * parser (strict duplicate detection, decimal numbers kept exact, bounded nesting).
 *
 * <p>A number is read only when it is {@linkplain Numbers#bounded bounded}: at most 100 characters
 * (100 digits), and at most {@value Numbers#DIGITS} digits before and after its decimal point once
 * its exponent is applied. {@code 1e999999999}, {@code 1e-2147483648} (which BigDecimal cannot even
 * hold) and {@code 0e999999999} are refused at their place with the number's first characters
 * quoted, before any reader does arithmetic with them.
 */
public final class Json {

    /** How deep JSON may nest: ITA documents need five levels; hostile ones are refused before they cost anything. */
    public static final int MAX_DEPTH = 200;
    /** The largest JSON document read, in bytes: larger inputs belong in CSV, which streams. */
    public static final long MAX_DOCUMENT = 32L << 20;
    /** The most JSON tokens read (an agency of 2,000 respondents has about 200,000): bounds the tree in memory. */
    public static final long MAX_TOKENS = 2_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .maxStringLength(1_000_000)
                    .maxDocumentLength(MAX_DOCUMENT)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .build();

    private Json() {
    }

    /** The kinds of values. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** A value with its place. */
    public abstract static sealed class Node permits Obj, Arr, Value {
        private final String file;
        private final int line;
        private final int column;
        private final Place place;

        Node(String file, int line, int column, Place place) {
            this.file = file;
            this.line = line;
            this.column = column;
            this.place = place;
        }

        /** @return the kind of value */
        public abstract Kind kind();

        /** @return the JSON path, e.g. {@code iit[2].answers.i7}; empty for the root */
        public String path() {
            return place.path();
        }

        /** @return the location of this value */
        public Location location() {
            String path = path();
            return new Location(file, line, column, path.isEmpty() ? null : path, null, null);
        }

        /**
         * @return a malformed-input error at this value, carrying a scalar as the input wrote it (a
         *         string's text, a number's digits, {@code true}, {@code false}, {@code null}); none for
         *         an object or an array
         */
        public MalformedInputException error(String problem) {
            return new MalformedInputException(location(), problem, this instanceof Value v ? v.source() : null);
        }

        /** @return this value as an object, or an error naming what it is instead */
        public Obj asObject() {
            if (this instanceof Obj o) {
                return o;
            }
            throw error("expected an object but found " + describe());
        }

        /** @return this value as an array, or an error */
        public Arr asArray() {
            if (this instanceof Arr a) {
                return a;
            }
            throw error("expected an array but found " + describe());
        }

        /** @return this value as a non-empty string, or an error */
        public String asText() {
            if (this instanceof Value v && v.kind == Kind.STRING) {
                String s = (String) v.value;
                if (s.isBlank()) {
                    throw error("expected a non-empty string");
                }
                return s;
            }
            throw error("expected a string but found " + describe());
        }

        /** @return this value as a string, blank allowed, or an error */
        public String asAnyText() {
            if (this instanceof Value v && v.kind == Kind.STRING) {
                return (String) v.value;
            }
            throw error("expected a string but found " + describe());
        }

        /** @return this value as an exact number, or an error */
        public BigDecimal asNumber() {
            if (this instanceof Value v && v.kind == Kind.NUMBER) {
                return (BigDecimal) v.value;
            }
            throw error("expected a number but found " + describe());
        }

        /** @return this value as a boolean, or an error */
        public boolean asBoolean() {
            if (this instanceof Value v && v.kind == Kind.BOOLEAN) {
                return (Boolean) v.value;
            }
            throw error("expected true or false but found " + describe());
        }

        /**
         * @return a number as the input wrote it ({@code 8.472e1}), for messages: quote it with
         *         {@link Text#clip}; for another kind of value, what {@link #describe()} says
         */
        public String written() {
            return this instanceof Value v && v.kind == Kind.NUMBER ? v.text : describe();
        }

        /** @return a short description of this value for messages */
        public String describe() {
            return switch (kind()) {
                case OBJECT -> "an object";
                case ARRAY -> "an array";
                case STRING -> "the string \"" + Text.clip((String) ((Value) this).value) + "\"";
                case NUMBER -> "the number " + Text.clip(((Value) this).text);
                case BOOLEAN -> String.valueOf(((Value) this).value);
                case NULL -> "null";
            };
        }
    }

    /** An object: its members in file order. */
    public static final class Obj extends Node {
        private final Map<String, Node> members;

        Obj(String file, int line, int column, Place place, Map<String, Node> members) {
            super(file, line, column, place);
            this.members = Collections.unmodifiableMap(members);
        }

        @Override
        public Kind kind() {
            return Kind.OBJECT;
        }

        /** @return the members in file order */
        public Map<String, Node> members() {
            return members;
        }

        /** @return the member, or {@code null} when absent or JSON null */
        public Node get(String name) {
            Node n = members.get(name);
            return n == null || n.kind() == Kind.NULL ? null : n;
        }

        /** @return the member, or an error naming the missing field */
        public Node require(String name) {
            Node n = get(name);
            if (n == null) {
                throw new MalformedInputException(
                        new Location(fileOf(this), lineOf(this), columnOf(this), path().isEmpty() ? null : path(), null, null),
                        "missing required field \"" + name + "\"");
            }
            return n;
        }

        /** @return the member's text, or {@code null} when absent */
        public String optText(String name) {
            Node n = get(name);
            return n == null ? null : n.asAnyText();
        }

        /**
         * Refuses members other than the allowed ones.
         *
         * @param allowed the field names this object may have
         * @return this
         */
        public Obj only(Set<String> allowed) {
            for (Map.Entry<String, Node> e : members.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw new MalformedInputException(e.getValue().location(), "unknown field \"" + Text.clip(e.getKey())
                            + "\" (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")", e.getKey());
                }
            }
            return this;
        }
    }

    /** An array. */
    public static final class Arr extends Node {
        private final List<Node> elements;

        Arr(String file, int line, int column, Place place, List<Node> elements) {
            super(file, line, column, place);
            this.elements = Collections.unmodifiableList(elements);
        }

        @Override
        public Kind kind() {
            return Kind.ARRAY;
        }

        /** @return the elements */
        public List<Node> elements() {
            return elements;
        }
    }

    /** A scalar: string, number (exact), boolean or null. */
    public static final class Value extends Node {
        private final Kind kind;
        private final Object value;
        /** A number as written in the input, else {@code null}. */
        private final String text;

        Value(String file, int line, int column, Place place, Kind kind, Object value) {
            this(file, line, column, place, kind, value, null);
        }

        Value(String file, int line, int column, Place place, Kind kind, Object value, String text) {
            super(file, line, column, place);
            this.kind = kind;
            this.value = value;
            this.text = text;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        /** @return the value as the input wrote it: a number's digits, a string's text, true, false or null */
        String source() {
            return switch (kind) {
                case NUMBER -> text;
                case STRING -> (String) value;
                default -> String.valueOf(value);
            };
        }
    }

    /**
     * Where a value is: its JSON path, written out only when asked for (for a message), since most values of a
     * document are read without one and a cold JVM would otherwise spend much of a small document's read on them.
     */
    static final class Place {
        static final Place ROOT = new Place(null, null, 0);

        private final Place parent;
        /** The member's name in its object, or {@code null} for an element of an array. */
        private final String member;
        private final int index;
        private String path;   // computed once: the same string whichever thread does it

        private Place(Place parent, String member, int index) {
            this.parent = parent;
            this.member = member;
            this.index = index;
        }

        Place member(String name) {
            return new Place(this, name, 0);
        }

        Place element(int i) {
            return new Place(this, null, i);
        }

        String path() {
            String p = path;
            if (p == null) {
                p = parent == null ? "" : member != null ? join(parent.path(), Text.clip(member)) : parent.path() + "[" + index + "]";
                path = p;
            }
            return p;
        }
    }

    private static String fileOf(Node n) {
        return n.file;
    }

    private static int lineOf(Node n) {
        return n.line;
    }

    private static int columnOf(Node n) {
        return n.column;
    }

    /**
     * Reads a whole JSON document from a file.
     *
     * @param file the file
     * @return the root value
     * @throws MalformedInputException when the file is missing, unreadable, empty or not JSON
     */
    public static Node read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new MalformedInputException(Location.file(name), "no such file");
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(name), "cannot read: " + Text.problem(e));
        }
    }

    /**
     * Reads a whole JSON document from a stream.
     *
     * @param in   the stream (not closed)
     * @param name the name to use in messages
     * @return the root value
     */
    public static Node read(InputStream in, String name) {
        try (JsonParser p = FACTORY.createParser(in)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new MalformedInputException(Location.file(name), "empty input: expected a JSON document");
                }
                Node root = readValue(p, name, Place.ROOT, 0);
                if (p.nextToken() != null) {
                    throw at(name, p.currentLocation(), "", "unexpected content after the JSON document");
                }
                return root;
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                JsonLocation loc = p.currentLocation();
                throw new MalformedInputException(new Location(name, loc.getLineNr(), loc.getColumnNr(), null, null, null),
                        "input refused: " + limit(e.getMessage()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new MalformedInputException(
                    new Location(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), null, null, null),
                    "malformed JSON: " + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new MalformedInputException(Location.file(name), "cannot read: " + Text.problem(e));
        }
    }

    private static Node readValue(JsonParser p, String file, Place place, int depth) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    members.put(name, readValue(p, file, place.member(name), depth + 1));
                }
                return new Obj(file, line, col, place, members);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(p, file, place.element(i++), depth + 1));
                }
                return new Arr(file, line, col, place, elements);
            }
            case VALUE_STRING:
                return new Value(file, line, col, place, Kind.STRING, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(p, file, line, col, place);
            case VALUE_TRUE:
                return new Value(file, line, col, place, Kind.BOOLEAN, Boolean.TRUE);
            case VALUE_FALSE:
                return new Value(file, line, col, place, Kind.BOOLEAN, Boolean.FALSE);
            case VALUE_NULL:
                return new Value(file, line, col, place, Kind.NULL, null);
            default:
                throw at(file, loc, place.path(), "unexpected token " + t);
        }
    }

    /** A number, refused at its place unless it is {@linkplain Numbers#bounded bounded}. */
    private static Value number(JsonParser p, String file, int line, int col, Place place) throws IOException {
        String text = p.getText();
        BigDecimal v;
        try {
            v = p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            v = null;   // an exponent beyond what BigDecimal holds: 1e-2147483648
        }
        if (v == null || !Numbers.bounded(v)) {
            String path = place.path();
            throw new MalformedInputException(new Location(file, line, col, path.isEmpty() ? null : path, null, null),
                    "number " + Text.clip(text) + " is out of range: at most " + Numbers.DIGITS
                            + " digits before and after the decimal point", text);
        }
        return new Value(file, line, col, place, Kind.NUMBER, v, text);
    }

    /**
     * Tells whether a file holds a JSON object with a member of this name at its top level, reading
     * token by token: the values of other members are skipped without being kept or converted, and
     * reading stops at the member, so that telling inputs apart never holds more than the real read
     * would, within the same limits.
     *
     * @param file the file
     * @param name the member's name
     * @return whether the top-level object has it; {@code false} when the file is missing, unreadable,
     *         not JSON or not an object, so that the real read reports the problem
     */
    public static boolean hasMember(Path file, String name) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            return toMember(p, name);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a top-level member's text as {@link #hasMember} finds it: token by token, stopping there.
     *
     * @param file the file
     * @param name the member's name
     * @return its text when it is a string; empty when the top-level object has no such member or
     *         another value there, or the file is missing, unreadable, not JSON or not an object
     */
    public static Optional<String> stringMember(Path file, String name) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            return toMember(p, name) && p.nextToken() == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A parser with the limits of {@link #read(InputStream, String)}, for reading a document token by token as
     * {@link #hasMember} does: a quick look at what the real read will read whole.
     *
     * @param in the stream (not closed)
     * @return the parser, before the first token
     * @throws IOException when the stream cannot be read
     */
    public static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /** Moves to the top-level member of that name, its name read: false when the input is no object or has none. */
    private static boolean toMember(JsonParser p, String name) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (name.equals(p.currentName())) {
                return true;
            }
            p.nextToken();
            p.skipChildren();
        }
        return false;
    }

    private static String limit(String message) {
        String m = firstLine(message);
        if (m.contains("nesting depth")) {
            return "JSON nested deeper than " + MAX_DEPTH + " levels";
        }
        if (m.contains("Document length")) {
            return "JSON document larger than " + (MAX_DOCUMENT >> 20) + " MB (large inputs belong in CSV files, which stream)";
        }
        if (m.contains("Token count")) {
            return "JSON with more than " + MAX_TOKENS + " values (large inputs belong in CSV files, which stream)";
        }
        if (m.contains("Number value length")) {
            return "a number longer than 100 digits";
        }
        if (m.contains("String value length")) {
            return "a string longer than 1,000,000 characters";
        }
        if (m.contains("Name length")) {
            return "a field name longer than " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters";
        }
        return plain(m);
    }

    /**
     * Jackson's message in the reader's words: what it says of the input, without the advice to
     * its programmers (which feature to enable, which constraint method to call).
     */
    private static String plain(String message) {
        String m = firstLine(message);
        if (m.contains("Non-standard token")) {
            return m.replaceAll("Non-standard token '([^']*)'.*", "$1 is not a JSON number");
        }
        m = m.replaceAll(":? ?(?:\\(?(?:enable|use|from) `[^`]*`[^)]*\\)?)", "");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static MalformedInputException at(String file, JsonLocation loc, String path, String problem) {
        return new MalformedInputException(
                new Location(file, loc.getLineNr(), loc.getColumnNr(), path.isEmpty() ? null : path, null, null), problem);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

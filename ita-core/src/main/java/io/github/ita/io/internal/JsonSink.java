package io.github.ita.io.internal;

import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Where a result's JSON is written, token by token: {@link GeneratorSink}, Jackson's generator, the
 * reference, for documents and pretty output; or {@link ByteSink}, a plain buffer for the compact
 * JSON of a batch's agencies, which writes the same bytes as Jackson's compact generator with a
 * fraction of its work (a differential test checks it).
 */
public interface JsonSink {

    /** @throws IOException when the output fails */
    void startObject() throws IOException;

    /** @throws IOException when the output fails */
    void endObject() throws IOException;

    /** @throws IOException when the output fails */
    void startArray() throws IOException;

    /** @throws IOException when the output fails */
    void endArray() throws IOException;

    /**
     * @param name a field name encoded once
     * @throws IOException when the output fails
     */
    void field(SerializedString name) throws IOException;

    /**
     * @param name a field name
     * @throws IOException when the output fails
     */
    void field(String name) throws IOException;

    /**
     * @param value a string value
     * @throws IOException when the output fails
     */
    void string(String value) throws IOException;

    /**
     * @param value a whole number
     * @throws IOException when the output fails
     */
    void number(long value) throws IOException;

    /**
     * @param plain a number given as its plain decimal text, e.g. {@code 83.67}
     * @throws IOException when the output fails
     */
    void number(String plain) throws IOException;

    /**
     * @param value a decimal number, written as {@link BigDecimal#toPlainString()} writes it
     * @throws IOException when the output fails
     */
    default void number(BigDecimal value) throws IOException {
        number(value.toPlainString());
    }

    /**
     * @param value a boolean value
     * @throws IOException when the output fails
     */
    void bool(boolean value) throws IOException;

    /** @throws IOException when the output fails */
    void nul() throws IOException;

    /**
     * @param name  a field name
     * @param value its string value
     * @throws IOException when the output fails
     */
    default void stringField(String name, String value) throws IOException {
        field(name);
        string(value);
    }

    /**
     * @param name  a field name
     * @param value its number
     * @throws IOException when the output fails
     */
    default void numberField(String name, long value) throws IOException {
        field(name);
        number(value);
    }

    /**
     * @param name a field name, given the value null
     * @throws IOException when the output fails
     */
    default void nullField(String name) throws IOException {
        field(name);
        nul();
    }

    /**
     * @param name  a field name
     * @param value its boolean value
     * @throws IOException when the output fails
     */
    default void booleanField(String name, boolean value) throws IOException {
        field(name);
        bool(value);
    }

    /**
     * Writes an object of numbers: an answer distribution, code → count.
     *
     * @param fields the fields in order
     * @throws IOException when the output fails
     */
    default void numbers(Map<String, Long> fields) throws IOException {
        startObject();
        for (Map.Entry<String, Long> e : fields.entrySet()) {
            numberField(e.getKey(), e.getValue());
        }
        endObject();
    }

    /**
     * @param name a field name, its value an object begun
     * @throws IOException when the output fails
     */
    default void objectFieldStart(String name) throws IOException {
        field(name);
        startObject();
    }
}

package io.github.ita.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/** Writes through Jackson's generator. */
public final class GeneratorSink implements JsonSink {
    private final JsonGenerator g;

    /** @param g the generator written to */
    public GeneratorSink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void field(SerializedString name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    public void field(String name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
        g.writeString(value);
    }

    @Override
    public void number(long value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void number(String plain) throws IOException {
        g.writeNumber(plain);
    }

    @Override
    public void bool(boolean value) throws IOException {
        g.writeBoolean(value);
    }

    @Override
    public void nul() throws IOException {
        g.writeNull();
    }
}

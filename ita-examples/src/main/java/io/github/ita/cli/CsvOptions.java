package io.github.ita.cli;

import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.Option;

/** {@code --charset} for commands that read CSV directories. */
final class CsvOptions {

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8",
            description = "the CSV files' charset (default UTF-8, with or without BOM; Thai Excel: windows-874 or TIS-620)")
    String charset;

    Charset charset() {
        try {
            return Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MalformedInputException(Location.NONE, "unknown charset \"" + ItaException.clip(charset) + "\"", charset);
        }
    }
}

package io.github.ita.cli;

import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.UnknownIdException;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.scoring.MissingAnswers;
import io.github.ita.scoring.RoundingPolicy;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.ScoringOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --edition}, {@code --rounding}, {@code --missing}, {@code --level}: which edition and which
 * policies to score with, and the confidence level of the intervals.
 */
final class ScoringOptionsMixin {

    /** Rounding policies as written on the command line. */
    enum Rounding { exact, each_level }

    /** Missing-answer policies as written on the command line. */
    enum Missing { error, exclude }

    @Option(names = "--edition", paramLabel = "ID|FILE",
            description = "a bundled edition id (ita-2565, ita-2568) or an edition file; needed when the input names none")
    String edition;

    @Option(names = "--rounding", description = "exact (default) or each_level: round every level to two decimals first",
            defaultValue = "exact")
    Rounding rounding;

    @Option(names = "--missing", description = "error (default) or exclude: leave missing answers out and count them",
            defaultValue = "error")
    Missing missing;

    @Option(names = "--level", paramLabel = "P", converter = LevelConverter.class, defaultValue = "0.95",
            description = "the confidence level of the intervals on survey scores from answers, e.g. 0.90 (default 0.95)")
    double level;

    /** A confidence level: a number above 0 and below 1. */
    static final class LevelConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double p;
            try {
                p = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                p = Double.NaN;
            }
            if (!(p > 0 && p < 1)) {
                throw new TypeConversionException("'" + ItaException.clip(value) + "' is not a confidence level: give a number above 0 and below 1, e.g. 0.95");
            }
            return p;
        }
    }

    /**
     * @param named the edition the input names, if any
     * @param input the input's name, for messages
     * @return a scorer for the edition chosen
     */
    Scorer scorer(Optional<String> named, String input) {
        Edition e = resolve(named, input);
        ScoringOptions options = ScoringOptions.DEFAULT
                .withRounding(rounding == Rounding.each_level ? RoundingPolicy.EACH_LEVEL : RoundingPolicy.EXACT)
                .withMissingAnswers(missing == Missing.exclude ? MissingAnswers.EXCLUDE : MissingAnswers.ERROR)
                .withLevel(level);
        return Scorer.of(e, options);
    }

    private Edition resolve(Optional<String> named, String input) {
        if (edition == null) {
            return Editions.bundled(named.orElseThrow(() -> new UnknownIdException(Location.file(input),
                    Files.isDirectory(Path.of(input)) ? "a directory of CSV files names no edition: give --edition (ita editions lists them)"
                            : "the input names no edition: add \"edition\" to it or give --edition")));
        }
        if (!Editions.bundledIds().contains(edition) && !Files.exists(Preflight.path(edition))) {
            throw new UnknownIdException(Location.NONE, "--edition " + ItaException.clip(edition)
                    + " is neither a bundled edition (" + String.join(", ", Editions.bundledIds()) + ") nor a file", edition);
        }
        Edition chosen = Editions.bundledIds().contains(edition) ? Editions.bundled(edition) : Editions.read(Preflight.path(edition));
        if (named.isPresent() && !named.get().equals(chosen.id())) {
            throw new UnknownIdException(Location.file(input), "the input is for edition " + named.get()
                    + " but --edition is " + chosen.id());
        }
        return chosen;
    }
}

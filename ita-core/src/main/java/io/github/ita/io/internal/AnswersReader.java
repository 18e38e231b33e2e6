package io.github.ita.io.internal;

import io.github.ita.DuplicateIdException;
import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.UnknownIdException;
import io.github.ita.analysis.BatchTally;
import io.github.ita.internal.Ids;
import io.github.ita.internal.Text;
import io.github.ita.scoring.Columns;
import java.util.List;
import java.util.Map;

/**
 * Reads an iit.csv or eit.csv into a batch: the header gives the {@link Columns} of the survey's
 * questions, each row a respondent's answers, counted.
 */
final class AnswersReader {

    private AnswersReader() {
    }

    /**
     * @param csv      the file's rows
     * @param toolId   the survey tool, {@code IIT} or {@code EIT}
     * @param into     the batch to count into
     * @param known    the agencies allowed, or {@code null} for any
     * @param progress counts the rows read
     */
    static void read(CsvRows csv, String toolId, BatchTally into, Directory known, Progress progress) {
        read(csv, toolId, into, known, null, progress);
    }

    /**
     * As {@link #read(CsvRows, String, BatchTally, Directory, Progress)}, with the header's texts
     * renamed by a columns.csv.
     *
     * @param renamed the columns.csv read, or {@code null} for none
     */
    static void read(CsvRows csv, String toolId, BatchTally into, Directory known, HeaderNames renamed,
                     Progress progress) {
        List<String> header;
        try {
            header = csv.header(List.of("agency", "respondent"), renamed == null ? Map.of() : renamed.names());
        } catch (MalformedInputException e) {
            if (renamed != null || e.value().isEmpty() || e.value().get().chars().allMatch(c -> c == ',' || c < 0x80 && c > ' ')) {
                throw e;   // no columns.csv to suggest: one is there, or the header is written in ids (swapped, mistyped)
            }
            // a form's own header (its texts for the agency, the respondent and the questions): columns.csv is the fix
            throw new MalformedInputException(e.location(), e.problem() + "; a form's own header? map its texts to agency, "
                    + "respondent and question ids in a columns.csv beside the file", e.value().get());
        }
        List<String> ids = header.subList(2, header.size()).stream().map(Ids::normal).toList();
        Columns columns;
        try {
            columns = into.scorer().columns(toolId, ids);
        } catch (UnknownIdException e) {
            String id = e.location().question();
            Location at = csv.at(id);
            if (renamed != null || !looksLikeId(id)) {
                // a question's text, as a form's header holds it: columns.csv is the fix
                // the column's name is in the location already: not again in the problem
                throw new UnknownIdException(e.location().within(at), "not a question or sub-item of " + toolId
                        + "; a question's text? map it to its id in "
                        + (renamed == null ? "a columns.csv beside the file" : renamed.file()), id);
            }
            throw e.within(at);
        } catch (ItaException e) {
            throw e.within(csv.at(e.location().question()));
        }
        if (csv instanceof ByteRows bytes) {
            readCoded(bytes, header.size(), columns, into, known, progress);
        } else {
            readText(csv, header.size(), columns, into, known, progress);
        }
    }

    private static void readText(CsvRows csv, int width, Columns columns, BatchTally into, Directory known,
                                 Progress progress) {
        String[] cells = new String[width - 2];
        List<String> row;
        String checked = null;
        long n = 0;
        while ((row = csv.next()) != null) {
            String agency = Ids.normal(row.get(0));
            String respondent = row.size() > 1 ? Ids.normal(row.get(1)) : "";
            checked = checkRow(csv, row.size(), width, agency, respondent, known, checked);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = row.get(i + 2);
            }
            add(csv, into, agency, columns, respondent, cells);
            if ((++n & 0xffff) == 0) {
                progress.read(0x10000, true);
            }
        }
        progress.read(n & 0xffff, false);
    }

    /**
     * The fast path of {@link #read}: an answer cell whose bytes are an option code of its column
     * in the file's charset (nearly all, Thai codes and long ones included) is matched by its bytes
     * and counted by option index, with no string made of it. A row with any other cell (a quoted
     * quote, a code that is no option) is counted from its text as the reference path counts it,
     * which also names what is wrong.
     */
    private static void readCoded(ByteRows csv, int width, Columns columns, BatchTally into, Directory known,
                                  Progress progress) {
        // an agency's first row (or a row for the text path) by CodedRows.first, the rows after it by its run
        AgencyRuns.readAll(csv, new CodedRows(width, columns, into, known, csv.charset()), progress, true);
    }

    /** @return whether a column's name is written as ids are (letters, digits, {@code . _ -}), not as a question's text */
    private static boolean looksLikeId(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'));
    }

    /** Checks a row's width, agency and respondent; returns the agency checked against agencies.csv. */
    static String checkRow(CsvRows csv, int size, int width, String agency, CharSequence respondent,
                           Directory known, String checked) {
        if (size != width) {
            throw new MalformedInputException(csv.at(null), "the row has " + size + " cells, the header " + width);
        }
        if (agency.isEmpty()) {
            throw new MalformedInputException(csv.at("agency"), "empty agency id");
        }
        if (respondent.isEmpty()) {
            throw new MalformedInputException(csv.at("respondent"), "empty respondent id");
        }
        if (known != null && agency != checked) {   // an agency's rows come together: checked once for them
            if (!known.lists(agency)) {
                throw new UnknownIdException(csv.at("agency"), "agency " + Text.clip(agency) + " is not in " + known.file(), agency);
            }
            return agency;
        }
        return checked;
    }

    /** Counts a row from its text; the cells array is reused: {@code Tally.add} reads it before returning. */
    static void add(CsvRows csv, BatchTally into, String agency, Columns columns, String respondent, String[] cells) {
        try {
            into.add(agency, columns, respondent, cells, csv.line);
        } catch (ItaException e) {
            throw within(csv, e);
        }
    }

    /** @return the refusal placed at the current row, in the column it names */
    static ItaException within(CsvRows csv, ItaException e) {
        String column = e instanceof DuplicateIdException ? "respondent" : e.location().question();
        return e.within(csv.at(column));
    }
}

package io.github.ita.io;

import io.github.ita.ItaException;
import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.internal.Ids;
import io.github.ita.io.internal.BatchReading;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads a directory of CSV files, the format offices export, into a {@link BatchTally}, streaming:
 * rows are counted as they are read, so memory does not grow with respondents.
 * <ul>
 *   <li>{@code iit.csv}, {@code eit.csv}: {@code agency,respondent,<question or sub-item ids…>}, a row per
 *       respondent, cells are option codes, empty for an unanswered question;</li>
 *   <li>{@code oit.csv}: {@code agency,item,published,url,note} (published: yes/no, true/false or มี/ไม่มี;
 *       an optional {@code components} column lists the components present, separated by {@code ;});</li>
 *   <li>{@code agencies.csv} (optional): {@code id,name,<attributes…>} such as {@code group} or {@code province}.</li>
 * </ul>
 * UTF-8 by default with or without a byte-order mark; any charset on request (Thai Excel saves
 * {@code windows-874}). IIT and EIT are read on two threads. Every bad cell is refused with the file,
 * line, column and value; an agency not in {@code agencies.csv} (or, without it, an OIT agency with
 * no respondents) is refused.
 *
 * <p>Ids — agency ids in all four files, respondent ids, question ids of the headers, OIT item and
 * component ids — are compared as {@link Ids#normal} gives them: trimmed of white space at either
 * end (no-break spaces, a byte-order mark and a zero-width space included) and in Unicode NFC, so
 * that {@code r1} and {@code "r1 "} are one respondent (and refused as a repeat), and {@code north }
 * in {@code oit.csv} is agency {@code north} of {@code agencies.csv}; results carry the ids so. An id
 * that is so already is used as it is. Answer cells are option codes, matched exactly as the
 * edition writes them: a code with a space is not an option, and is refused naming it.
 *
 * <p>Empty lines at the end of a file, as spreadsheets save it, are no rows; an empty line before
 * other rows is a row of one empty cell, and refused. A file may be absent ({@code agencies.csv},
 * and any two of the others); a name that is there but no regular file that can be read (a symbolic
 * link to nothing or in a loop, a directory, a pipe or device, a file without read permission) is
 * refused, naming the path and why, never taken for absent.
 *
 * <p>Forms exports. An answer cell may hold an option's label in the edition's Thai or English
 * wording instead of its code (see {@link io.github.ita.scoring.Tally#add(String,
 * io.github.ita.response.Respondent)}). A header holding question texts rather than ids is read
 * through {@code columns.csv} beside the files: {@code header,question}, a row per header text and
 * the question or sub-item id (or {@code agency}, {@code respondent}) it stands for. Any of the four
 * files may be an Excel workbook instead, of the same name ({@code iit.xlsx}, …; not both): its first
 * sheet is read as the CSV file would be, numbers as plain decimals ({@code 4.0} is code {@code 4}),
 * and refusals name the file, the sheet, the row and the cell. Reading workbooks needs the optional
 * dependency {@code org.dhatim:fastexcel-reader} on the class or module path.
 */
public final class BatchCsvReader {

    /** The file names of a batch directory. */
    public static final String IIT = "iit.csv";
    /** @see #IIT */
    public static final String EIT = "eit.csv";
    /** @see #IIT */
    public static final String OIT = "oit.csv";
    /** @see #IIT */
    public static final String AGENCIES = "agencies.csv";
    /** The optional file that maps a form's header texts to question ids: {@code header,question}. */
    public static final String COLUMNS = "columns.csv";

    /**
     * @return every name a batch directory's files are read from: the four CSV files, the
     *         workbooks that may stand in for them ({@code iit.xlsx}, …) and {@link #COLUMNS}
     */
    public static List<String> fileNames() {
        return List.of(IIT, EIT, OIT, AGENCIES, "iit.xlsx", "eit.xlsx", "oit.xlsx", "agencies.xlsx", COLUMNS);
    }

    private BatchCsvReader() {
    }

    /**
     * Reads a batch directory.
     *
     * @param dir      the directory holding iit.csv, eit.csv, oit.csv and optionally agencies.csv
     * @param batch    the batch scorer (its edition and policies check every row)
     * @param charset  the files' charset
     * @param listener hears the rows read
     * @return the batch, counted
     * @throws ItaException for any bad file, line or cell
     */
    public static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener) {
        return read(dir, batch, charset, listener, null);
    }

    /**
     * As {@link #read(Path, BatchScorer, Charset, BatchListener)}, also giving the SHA-256 of every file
     * read, computed from the bytes as they are read (so the files are read once, for a
     * {@link Provenance#withInputs(Map, Path...) provenance}). Each file is then read whole on one
     * thread, the files side by side, rather than large files in parts.
     *
     * @param dir      the directory holding iit.csv, eit.csv, oit.csv and optionally agencies.csv
     * @param batch    the batch scorer (its edition and policies check every row)
     * @param charset  the files' charset
     * @param listener hears the rows read
     * @param sha256   receives each file read → its SHA-256 in hex, once every file is read; or {@code null}
     * @return the batch, counted
     * @throws ItaException for any bad file, line or cell (and nothing is put in {@code sha256})
     */
    public static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener,
                                  Map<Path, String> sha256) {
        return BatchReading.read(dir, batch, charset, listener, sha256);
    }

    /** As {@link #read(Path, BatchScorer, Charset, BatchListener)}, splitting files of {@code splitBelow} bytes or more. */
    static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener, long splitBelow) {
        return BatchReading.read(dir, batch, charset, listener, splitBelow, true, null);
    }

    /**
     * As {@link #read(Path, BatchScorer, Charset, BatchListener, long)}; with {@code fast} false, only
     * the reference reader reads (to check that both readers give the same batch).
     */
    static BatchTally read(Path dir, BatchScorer batch, Charset charset, BatchListener listener, long splitBelow,
                           boolean fast, Map<Path, String> sha256) {
        return BatchReading.read(dir, batch, charset, listener, splitBelow, fast, sha256);
    }

    /**
     * @param dir a batch directory
     * @param charset its charset
     * @return the attribute columns of its agencies.csv (besides id and name); empty without one
     */
    public static List<String> attributeColumns(Path dir, Charset charset) {
        return BatchReading.attributeColumns(dir, charset);
    }
}

package io.github.ita.io;

import io.github.ita.analysis.BatchListener;
import io.github.ita.analysis.BatchOptions;
import io.github.ita.analysis.BatchScorer;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Batch directories of two agencies answering the whole of ita-2565 (every question, the
 * informational ones too, and every OIT item), the answers drawn from a fixed seed; each answer
 * cell written as a function of its question and option chooses (the code, a label…).
 */
final class FormsDirs {

    static final Edition E = Editions.bundled("ita-2565");

    private FormsDirs() {
    }

    /** A survey column: its id and the question it answers. */
    record Column(String id, Question question) {
    }

    static List<Column> columns(String toolId) {
        List<Column> out = new ArrayList<>();
        for (Question q : E.tool(toolId).questions()) {
            if (q.items().isEmpty()) {
                out.add(new Column(q.id(), q));
            } else {
                for (SubItem item : q.items()) {
                    out.add(new Column(item.id(), q));
                }
            }
        }
        return out;
    }

    /**
     * The rows of a directory's files, header first, each cell a String or what {@code cell} makes.
     *
     * @param cell an answer cell from its question and the option chosen
     * @return file name (iit, eit, oit, agencies) → rows
     */
    static java.util.Map<String, List<List<Object>>> rows(BiFunction<Question, AnswerOption, Object> cell) {
        Random random = new Random(2568);
        java.util.Map<String, List<List<Object>>> files = new java.util.LinkedHashMap<>();
        List<String> agencies = List.of("north", "south");
        for (String tool : List.of("IIT", "EIT")) {
            List<Column> columns = columns(tool);
            List<List<Object>> rows = new ArrayList<>();
            List<Object> header = new ArrayList<>(List.of("agency", "respondent"));
            columns.forEach(c -> header.add(c.id()));
            rows.add(header);
            for (String agency : agencies) {
                for (int r = 1; r <= 4; r++) {
                    List<Object> row = new ArrayList<>(List.of(agency, tool.toLowerCase() + "-" + r));
                    for (Column c : columns) {
                        List<AnswerOption> options = c.question().options();
                        row.add(cell.apply(c.question(), options.get(random.nextInt(options.size()))));
                    }
                    rows.add(row);
                }
            }
            files.put(tool.toLowerCase(), rows);
        }
        List<List<Object>> oit = new ArrayList<>();
        oit.add(List.of("agency", "item", "published", "url", "note"));
        for (String agency : agencies) {
            for (Tool t : E.tools()) {
                if (t.kind() != ToolKind.SURVEY) {
                    for (Question q : t.questions()) {
                        boolean published = random.nextInt(5) > 0;
                        oit.add(new ArrayList<>(List.of(agency, q.id(), published ? "yes" : "no",
                                published ? "https://" + agency + ".example/" + q.id() : "", "")));
                    }
                }
            }
        }
        files.put("oit", oit);
        files.put("agencies", List.of(List.of("id", "name", "province"),
                List.of("north", "องค์การบริหารส่วนตำบลเหนือสมมุติ", "เชียงสมมุติ"),
                List.of("south", "เทศบาลตำบลใต้สมมุติ", "ใต้สมมุติ")));
        return files;
    }

    /** Writes rows as CSV files into a directory (cells as their text). */
    static Path writeCsv(Path dir, java.util.Map<String, List<List<Object>>> files) throws IOException {
        Files.createDirectories(dir);
        for (var f : files.entrySet()) {
            StringBuilder b = new StringBuilder();
            for (List<Object> row : f.getValue()) {
                for (int i = 0; i < row.size(); i++) {
                    b.append(i == 0 ? "" : ",").append(quoted(String.valueOf(row.get(i))));
                }
                b.append('\n');
            }
            Files.writeString(dir.resolve(f.getKey() + ".csv"), b, StandardCharsets.UTF_8);
        }
        return dir;
    }

    static String quoted(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** @return the results of a batch directory, each as its compact JSON, one a line */
    static String results(Path dir) {
        BatchScorer batch = BatchScorer.of(Scorer.of(E));
        try (BatchTally tally = BatchCsvReader.read(dir, batch, StandardCharsets.UTF_8, BatchListener.NONE)) {
            StringBuilder b = new StringBuilder();
            for (Result r : batch.score(tally, BatchOptions.DEFAULT).results()) {
                b.append(new String(ResultJson.compact(r), StandardCharsets.UTF_8)).append('\n');
            }
            return b.toString();
        }
    }
}

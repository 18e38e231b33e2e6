package io.github.ita.examples;

import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubItem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one agency with a huge number of IIT respondents (iit.csv only), to show that a file of
 * any size streams in constant memory:
 *
 * <pre>
 * java -cp ita-examples/target/ita.jar:ita-examples/target/test-classes io.github.ita.examples.LargeAgency target/large 10500000   # about 1 GB
 * java -Xmx128m -jar ita-examples/target/ita.jar score target/large --edition ita-2565 --format json
 * </pre>
 */
public final class LargeAgency {

    private LargeAgency() {
    }

    /**
     * @param args the directory, and the number of respondents (default 10,500,000: about 1 GB)
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/large");
        long respondents = args.length > 1 ? Long.parseLong(args[1]) : 10_500_000L;
        Edition e = Editions.bundled("ita-2565");
        List<String> columns = new ArrayList<>();
        List<List<AnswerOption>> options = new ArrayList<>();
        for (Question q : e.tool("IIT").questions()) {
            if (!q.isScored()) {
                continue;
            }
            if (q.items().isEmpty()) {
                columns.add(q.id());
                options.add(q.options());
            } else {
                for (SubItem item : q.items()) {
                    columns.add(item.id());
                    options.add(q.options());
                }
            }
        }
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(42);
        Path file = dir.resolve("iit.csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            w.write("agency,respondent," + String.join(",", columns) + "\n");
            StringBuilder row = new StringBuilder(128);
            for (long r = 1; r <= respondents; r++) {
                row.setLength(0);
                row.append("big,").append(r);
                for (List<AnswerOption> o : options) {
                    row.append(',').append(o.get(rnd.nextInt(o.size())).code());
                }
                w.write(row.append('\n').toString());
            }
        }
        System.out.printf("wrote %s: %d respondents, %.0f MB%n", file, respondents, Files.size(file) / 1e6);
    }
}

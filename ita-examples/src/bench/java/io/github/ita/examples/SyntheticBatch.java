package io.github.ita.examples;

import io.github.ita.edition.AnswerOption;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Question;
import io.github.ita.edition.SubItem;
import io.github.ita.edition.Tool;
import io.github.ita.io.BatchCsvReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a deterministic synthetic batch of agencies as the CSV files of {@link BatchCsvReader}: for the
 * same arguments, the same bytes. Agencies vary in quality so that every rating occurs; respondents
 * per agency are drawn in realistic ranges (IIT 20–100, mean 60; EIT 35–155, mean 95: about 500,000
 * and 790,000 for the 8,300 agencies of a national year).
 *
 * <pre>
 * java -cp ita-examples/target/ita.jar:ita-examples/target/test-classes io.github.ita.examples.SyntheticBatch target/national 8300
 * java -jar ita-examples/target/ita.jar batch target/national --edition ita-2568 --format md
 * </pre>
 */
public final class SyntheticBatch {

    private static final String[] PROVINCES = {"ศรีสะเกษ", "นครราชสีมา", "ตรัง", "เชียงใหม่", "ขอนแก่น", "สงขลา",
        "อุบลราชธานี", "ชลบุรี", "นครศรีธรรมราช", "พิษณุโลก"};
    private static final String[] TYPES = {"อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "ส่วนราชการ"};

    private SyntheticBatch() {
    }

    /**
     * @param args the directory, the number of agencies (default 8300), the seed (default 2568) and
     *             the edition (default ita-2568)
     * @throws IOException when the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/national");
        int agencies = args.length > 1 ? Integer.parseInt(args[1]) : 8300;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2568;
        Edition edition = Editions.bundled(args.length > 3 ? args[3] : "ita-2568");
        long[] counts = write(dir, edition, agencies, seed);
        System.out.printf("wrote %s: %d agencies, %d IIT and %d EIT respondents, %d OIT rows%n",
                dir, agencies, counts[0], counts[1], counts[2]);
    }

    /**
     * Writes a batch.
     *
     * @param dir      the directory (created if needed; files replaced)
     * @param edition  the edition whose questions the files hold
     * @param agencies the number of agencies
     * @param seed     the seed: the same seed gives the same files
     * @return the numbers of IIT respondents, EIT respondents and OIT rows written
     * @throws IOException when the files cannot be written
     */
    public static long[] write(Path dir, Edition edition, int agencies, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom root = new SplittableRandom(seed);
        double[] quality = new double[agencies];
        for (int a = 0; a < agencies; a++) {
            double u = root.nextDouble();
            // most agencies do well, some middling, a few poorly: every rating occurs
            quality[a] = u < 0.70 ? 0.80 + 0.20 * root.nextDouble()
                    : u < 0.92 ? 0.50 + 0.30 * root.nextDouble() : 0.05 + 0.45 * root.nextDouble();
        }
        long[] counts = new long[3];
        try (Writer w = writer(dir.resolve(BatchCsvReader.AGENCIES))) {
            w.write("id,name,group,type\n");
            for (int a = 0; a < agencies; a++) {
                w.write(id(a) + ",องค์กรตัวอย่างที่ " + (a + 1) + "," + PROVINCES[a % PROVINCES.length] + ","
                        + TYPES[(a / PROVINCES.length) % TYPES.length] + "\n");
            }
        }
        counts[0] = survey(dir.resolve(BatchCsvReader.IIT), edition.tool("IIT"), quality, root.split(), 20, 81);
        counts[1] = survey(dir.resolve(BatchCsvReader.EIT), edition.tool("EIT"), quality, root.split(), 35, 121);
        SplittableRandom rnd = root.split();
        try (Writer w = writer(dir.resolve(BatchCsvReader.OIT))) {
            w.write("agency,item,published,url,note\n");
            for (int a = 0; a < agencies; a++) {
                for (Question q : questions(edition.tool("OIT"))) {
                    boolean published = rnd.nextDouble() < Math.sqrt(quality[a]);
                    w.write(id(a) + "," + q.id() + "," + (published ? "yes" : "no") + ","
                            + (published ? "https://www.example-" + id(a) + ".go.th/ita/" + q.id() : "") + ","
                            + (published ? "" : "\"ยังไม่เผยแพร่, อยู่ระหว่างจัดทำ\"") + "\n");
                    counts[2]++;
                }
            }
        }
        return counts;
    }

    private static long survey(Path file, Tool tool, double[] quality, SplittableRandom rnd, int min, int spread)
            throws IOException {
        List<String> columns = new ArrayList<>();
        List<List<AnswerOption>> byPoints = new ArrayList<>();
        for (Question q : questions(tool)) {
            List<AnswerOption> sorted = new ArrayList<>(q.options());
            sorted.sort(Comparator.comparing(AnswerOption::points).reversed());
            if (q.items().isEmpty()) {
                columns.add(q.id());
                byPoints.add(sorted);
            } else {
                for (SubItem item : q.items()) {
                    columns.add(item.id());
                    byPoints.add(sorted);
                }
            }
        }
        long respondents = 0;
        try (Writer w = writer(file)) {
            w.write("agency,respondent," + String.join(",", columns) + "\n");
            StringBuilder row = new StringBuilder(256);
            for (int a = 0; a < quality.length; a++) {
                int n = min + rnd.nextInt(spread);
                double q = quality[a];
                for (int r = 1; r <= n; r++) {
                    row.setLength(0);
                    row.append(id(a)).append(",r").append(r);
                    for (List<AnswerOption> options : byPoints) {
                        AnswerOption o = rnd.nextDouble() < q ? options.get(0)
                                : rnd.nextDouble() < q ? options.get(Math.min(1, options.size() - 1))
                                : options.get(rnd.nextInt(options.size()));
                        row.append(',').append(o.code());
                    }
                    w.write(row.append('\n').toString());
                }
                respondents += n;
            }
        }
        return respondents;
    }

    static String id(int agency) {
        return String.format("%05d", agency + 1);
    }

    private static List<Question> questions(Tool tool) {
        return tool.questions();
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}

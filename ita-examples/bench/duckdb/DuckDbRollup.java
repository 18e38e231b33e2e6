import java.io.BufferedReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ITA roll-up in DuckDB SQL, DOUBLE arithmetic, over a batch directory: times it, or compares
 * its rounded totals with the JSON our library wrote for the same batch.
 *
 * <pre>
 * java -cp duckdb_jdbc.jar DuckDbRollup.java [DIR] [RUNS] [options]        time RUNS end-to-end runs
 * java -cp duckdb_jdbc.jar DuckDbRollup.java compare [DIR] --ours FILE     compare with `ita batch --format json`
 * java -cp duckdb_jdbc.jar DuckDbRollup.java sql [options]                 print the wide-aggregate SQL
 *
 * options: --form wide|unpivot (default wide: the SQL generated from the edition, one wide
 *          aggregate per tool; unpivot: rollup.sql)
 *          --threads N (default 2)  --sql FILE (the unpivot form's script; default rollup.sql here)
 *          --edition FILE or NAME (default ita-2568: the bundled edition of ita-core)
 *          --out FILE (default /tmp/duckdb-rollup.csv)  --format csv|json (default csv)
 *          --no-write (aggregate only: no COPY, just count/sum the result)
 *          --examples N (compare: examples to print, default 10)
 * </pre>
 *
 * Every run opens a fresh in-memory database, reads the CSV files, rolls up and (unless
 * --no-write) writes one row per agency with COPY. Wall times are printed per run, then min and
 * median. The JVM start and the first load of DuckDB's native library are reported apart.
 */
public class DuckDbRollup {

    private static final String BUNDLED = "ita-core/src/main/resources/io/github/ita/edition/";

    public static void main(String[] args) throws Exception {
        long jvmStart = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
        long mainStart = System.currentTimeMillis();
        Map<String, String> opt = new HashMap<>();
        List<String> pos = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-write")) {
                opt.put("no-write", "true");
            } else if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                opt.put(a.substring(2), args[++i]);
            } else {
                pos.add(a);
            }
        }
        String mode = !pos.isEmpty() && (pos.get(0).equals("compare") || pos.get(0).equals("sql")) ? pos.remove(0) : "time";
        Path dir = Path.of(pos.size() > 0 ? pos.get(0) : "/tmp/nat").toAbsolutePath();
        int runs = pos.size() > 1 ? Integer.parseInt(pos.get(1)) : Integer.parseInt(opt.getOrDefault("runs", "5"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
        String form = opt.getOrDefault("form", "wide");
        String ed = opt.getOrDefault("edition", "ita-2568");
        Path edition = ed.endsWith(".json") ? Path.of(ed)
                : find(null, "../../../" + BUNDLED + ed + ".json", BUNDLED + ed + ".json", "../" + BUNDLED + ed + ".json");
        Map<String, Object> editionJson = Json.object(Files.readString(edition));
        String format = opt.getOrDefault("format", "csv");
        Path out = Path.of(opt.getOrDefault("out", "/tmp/duckdb-rollup." + format)).toAbsolutePath();

        List<String> statements;
        String last;
        Path sqlFile = null;
        if (form.equals("wide")) {
            statements = new ArrayList<>();
            last = WideSql.generate(editionJson);
        } else if (form.equals("unpivot")) {
            sqlFile = find(opt.get("sql"), "rollup.sql", "ita-examples/bench/duckdb/rollup.sql", "bench/duckdb/rollup.sql");
            statements = statements(Files.readString(sqlFile));
            last = statements.remove(statements.size() - 1);
        } else {
            throw new IllegalArgumentException("--form is wide or unpivot, not " + form);
        }
        if (mode.equals("sql")) {
            System.out.println(last + ";");
            return;
        }

        long t0 = System.nanoTime();
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            // the first connection loads (and extracts) the native library
        }
        double firstLoad = (System.nanoTime() - t0) / 1e9;
        System.out.printf("DuckDB JDBC, threads=%d, batch %s, edition %s, form %s%s%n", threads, dir, edition.getFileName(), form,
                sqlFile == null ? " (generated from the edition)" : " (" + sqlFile + ")");
        System.out.printf("JVM start to main: %.2f s (includes compiling the source when launched as a .java file); first DuckDB connection (loads the native library): %.2f s%n",
                (mainStart - jvmStart) / 1e3, firstLoad);

        if (mode.equals("compare")) {
            compare(dir, edition, threads, statements, last, WideSql.points(editionJson), Path.of(opt.getOrDefault("ours", "/tmp/ours.json")),
                    Integer.parseInt(opt.getOrDefault("examples", "10")));
            return;
        }
        boolean write = !opt.containsKey("no-write");
        String finalSql = write
                ? "COPY (" + last + ") TO '" + out.toString().replace("'", "''") + "' "
                        + (format.equals("json") ? "(FORMAT json)" : "(HEADER, DELIMITER ',')")
                : "SELECT count(*), count(total), bit_xor(hash(total)), min(name) FROM (" + last + ")";
        System.out.println(write ? "mode: read, roll up, write every agency to " + out : "mode: read and roll up only (no output file)");
        double[] times = new double[runs];
        for (int r = 0; r < runs; r++) {
            long[] cpu0 = cpuTicks();
            long s = System.nanoTime();
            String info;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
                setUp(st, dir, edition, threads, statements);
                if (write) {
                    st.execute(finalSql);
                    info = Files.size(out) / 1024 + " KiB written";
                } else {
                    try (ResultSet rs = st.executeQuery(finalSql)) {
                        rs.next();
                        info = rs.getLong(1) + " agencies, " + rs.getLong(2) + " totals, fingerprint " + Long.toHexString(rs.getLong(3));
                    }
                }
            }
            times[r] = (System.nanoTime() - s) / 1e9;
            long[] cpu1 = cpuTicks();
            System.out.printf("run %d: %.3f s  (%s)%s%n", r + 1, times[r], info, cpuNote(cpu0, cpu1));
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        System.out.printf("runs %d: min %.3f s, median %.3f s, max %.3f s%n", runs, sorted[0], median, sorted[runs - 1]);
    }

    /** Linux only: {busy ticks of all CPUs, all ticks, this process's ticks} from /proc, or null. */
    private static long[] cpuTicks() {
        try {
            String[] all = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0, total = 0;
            for (int i = 1; i < all.length && i <= 8; i++) {
                long v = Long.parseLong(all[i]);
                total += v;
                if (i != 4 && i != 5) { // idle, iowait
                    busy += v;
                }
            }
            String self = Files.readString(Path.of("/proc/self/stat"));
            String[] f = self.substring(self.lastIndexOf(')') + 2).split(" ");
            long mine = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            return new long[] {busy, total, mine};
        } catch (Exception e) {
            return null;
        }
    }

    /** This run's CPU time and the share of the machine's CPU other processes took meanwhile. */
    private static String cpuNote(long[] a, long[] b) {
        if (a == null || b == null || b[1] == a[1]) {
            return "";
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        double hz = 100.0; // USER_HZ on Linux
        double mineS = (b[2] - a[2]) / hz;
        double others = Math.max(0, (b[0] - a[0]) - (b[2] - a[2])) / (double) (b[1] - a[1]);
        return String.format("  cpu %.1f s, other processes used %.0f%% of %d CPUs", mineS, 100 * others, cpus);
    }

    private static void setUp(Statement st, Path dir, Path edition, int threads, List<String> statements) throws Exception {
        st.execute("SET threads = " + threads);
        st.execute("SET VARIABLE batch = '" + dir.toString().replace("'", "''") + "'");
        st.execute("SET VARIABLE edition = '" + edition.toAbsolutePath().toString().replace("'", "''") + "'");
        for (String sql : statements) {
            st.execute(sql);
        }
    }

    /** Splits a script at ";" ending a line, dropping parts that hold only comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        for (String part : script.split(";[ \\t]*(\\r?\\n|$)")) {
            if (!part.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static Path find(String given, String... candidates) {
        if (given != null) {
            return Path.of(given);
        }
        for (String c : candidates) {
            if (Files.exists(Path.of(c))) {
                return Path.of(c);
            }
        }
        throw new IllegalArgumentException("cannot find " + candidates[0] + " from " + Path.of("").toAbsolutePath() + "; give it");
    }

    // ---- compare ----------------------------------------------------------------------------

    private static final Pattern AGENCY = Pattern.compile("^\\{\"edition\":\"[^\"]*\",\"agency\":\\{\"id\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOTAL = Pattern.compile("\\},\"total\":(null|[0-9.]+),");
    private static final Pattern SURVEY_LEAF = Pattern.compile(
            "\\{\"id\":\"([^\"]+)\"[^{}\\[\\]]*?\"weightInTotal\":\"([^\"]+)\"[^{}\\[\\]]*?\"distribution\":\\{([^}]*)\\}");
    private static final Pattern CHECKLIST_LEAF = Pattern.compile(
            "\\{\"id\":\"([^\"]+)\"[^{}\\[\\]]*?\"weightInTotal\":\"([^\"]+)\"[^{}\\[\\]]*?\"published\":(true|false)");
    private static final Pattern COUNT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\":([0-9]+)");

    private record Ddb(double total, double shown, String printf) {
    }

    private static void compare(Path dir, Path edition, int threads, List<String> statements, String last,
                                Map<String, Map<String, BigDecimal>> points, Path ours, int examples) throws Exception {
        Map<String, Ddb> ddb = new LinkedHashMap<>();
        long s = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            setUp(st, dir, edition, threads, statements);
            try (ResultSet rs = st.executeQuery("SELECT agency, total, total_2dp, printf('%.2f', total) FROM (" + last + ")")) {
                while (rs.next()) {
                    double t = rs.getDouble(2);
                    boolean none = rs.wasNull();
                    ddb.put(rs.getString(1), new Ddb(none ? Double.NaN : t, none ? Double.NaN : rs.getDouble(3), rs.getString(4)));
                }
            }
        }
        System.out.printf("DuckDB roll-up: %d agencies in %.2f s%n", ddb.size(), (System.nanoTime() - s) / 1e9);

        int agencies = 0, same = 0, off2 = 0, offMore = 0, missing = 0, reconstructionBad = 0, binaryHalfUpDiffers = 0;
        int nearHalf = 0, printfDiffers = 0;
        List<String> ties = new ArrayList<>();
        BigDecimal maxAbsErr = BigDecimal.ZERO;
        List<String> shown = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(ours, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher a = AGENCY.matcher(line);
                if (!a.find()) {
                    continue;
                }
                agencies++;
                String id = a.group(1);
                Matcher t = TOTAL.matcher(line);
                if (!t.find(a.end())) {
                    throw new IllegalStateException("no total for agency " + id);
                }
                BigDecimal oursShown = t.group(1).equals("null") ? null : new BigDecimal(t.group(1)).setScale(2);
                Ddb d = ddb.get(id);
                if (d == null || oursShown == null || Double.isNaN(d.total)) {
                    missing++;
                    continue;
                }
                Fraction exact = exactTotal(line, points);
                BigDecimal exactShown = exact.halfUp2();
                if (exactShown.compareTo(oursShown) != 0) {
                    reconstructionBad++;
                }
                BigDecimal dExact = new BigDecimal(d.total); // the double's exact binary value
                BigDecimal err = dExact.subtract(exact.decimal(40)).abs();
                if (err.compareTo(maxAbsErr) > 0) {
                    maxAbsErr = err;
                }
                if (dExact.setScale(2, RoundingMode.HALF_UP).compareTo(oursShown) != 0) {
                    binaryHalfUpDiffers++;
                }
                // exact value within 1e-9 of a .xx5 tie: where a double can land on either side
                BigDecimal frac = exact.decimal(30).movePointRight(3).remainder(BigDecimal.TEN);
                BigDecimal distToHalf = frac.subtract(BigDecimal.valueOf(5)).abs();
                BigDecimal dShown = BigDecimal.valueOf(d.shown).setScale(2, RoundingMode.HALF_UP);
                if (new BigDecimal(d.printf).compareTo(oursShown) != 0) {
                    printfDiffers++;
                }
                if (distToHalf.compareTo(new BigDecimal("1e-6")) < 0) {
                    nearHalf++;
                    if (ties.size() < examples) {
                        ties.add(String.format("  %s  exact %s = %s -> ours %s;  DuckDB double %s: round() %s, printf('%%.2f') %s",
                                id, exact, exact.decimal(20).stripTrailingZeros().toPlainString(), oursShown.toPlainString(),
                                new BigDecimal(d.total).round(new MathContext(20)).toPlainString(), dShown.toPlainString(), d.printf));
                    }
                }
                int cmp = dShown.compareTo(oursShown);
                if (cmp == 0) {
                    same++;
                } else if (dShown.subtract(oursShown).abs().compareTo(new BigDecimal("0.01")) <= 0) {
                    off2++;
                    if (shown.size() < examples) {
                        shown.add(String.format("  %s  DuckDB %s -> %s   ours exact %s = %s -> %s",
                                id, Double.toString(d.total), dShown.toPlainString(), exact,
                                exact.decimal(20).toPlainString(), oursShown.toPlainString()));
                    }
                } else {
                    offMore++;
                    if (bad.size() < examples) {
                        bad.add(String.format("  %s  DuckDB %s -> %s   ours %s", id, Double.toString(d.total),
                                dShown.toPlainString(), oursShown.toPlainString()));
                    }
                }
            }
        }
        System.out.printf("agencies in %s: %d; compared: %d; no total on one side: %d%n", ours.getFileName(), agencies,
                agencies - missing, missing);
        System.out.printf("exact totals rebuilt from our JSON (distributions x weightInTotal) that do not round to our shown total: %d%n",
                reconstructionBad);
        System.out.printf("same 2-decimal total: %d; differ by 0.01 (second decimal): %d; differ by more (rule mismatch): %d%n",
                same, off2, offMore);
        System.out.printf("if shown with printf('%%.2f', total) instead of round(total, 2): %d differ; "
                + "the double's binary value rounded half-up: %d differ%n", printfDiffers, binaryHalfUpDiffers);
        System.out.printf("exact totals on (within 1e-6 of) a half at the third decimal, where a double can fall either side: %d%n", nearHalf);
        if (!ties.isEmpty()) {
            ties.forEach(System.out::println);
        }
        System.out.printf("largest |DuckDB double - exact total|: %s%n", maxAbsErr.round(new MathContext(3)).toString());
        if (!shown.isEmpty()) {
            System.out.println("examples differing at the second decimal:");
            shown.forEach(System.out::println);
        }
        if (!bad.isEmpty()) {
            System.out.println("examples differing by more than rounding:");
            bad.forEach(System.out::println);
        }
    }

    /** Our exact total, rebuilt from one agency's JSON: the sum over leaves of weightInTotal x leaf score. */
    private static Fraction exactTotal(String line, Map<String, Map<String, BigDecimal>> points) {
        Fraction total = Fraction.ZERO;
        Matcher m = SURVEY_LEAF.matcher(line);
        while (m.find()) {
            Fraction w = Fraction.parse(m.group(2));
            if (w.isZero()) {
                continue; // informational
            }
            Map<String, BigDecimal> p = points.get(m.group(1));
            if (p == null) {
                throw new IllegalStateException("no points for " + m.group(1));
            }
            Fraction sum = Fraction.ZERO;
            long n = 0;
            Matcher c = COUNT.matcher(m.group(3));
            while (c.find()) {
                long k = Long.parseLong(c.group(2));
                n += k;
                sum = sum.add(Fraction.of(p.get(c.group(1))).multiply(Fraction.of(BigInteger.valueOf(k), BigInteger.ONE)));
            }
            total = total.add(w.multiply(sum).multiply(Fraction.of(BigInteger.ONE, BigInteger.valueOf(n))));
        }
        m = CHECKLIST_LEAF.matcher(line);
        while (m.find()) {
            if (m.group(3).equals("true")) {
                total = total.add(Fraction.parse(m.group(2)).multiply(Fraction.of(BigInteger.valueOf(100), BigInteger.ONE)));
            }
        }
        return total;
    }

    /** A non-negative rational in lowest terms. */
    record Fraction(BigInteger num, BigInteger den) {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        static Fraction of(BigInteger n, BigInteger d) {
            BigInteger g = n.gcd(d);
            return g.signum() == 0 ? ZERO : new Fraction(n.divide(g), d.divide(g));
        }

        static Fraction of(BigDecimal v) {
            return v.scale() <= 0 ? of(v.toBigIntegerExact(), BigInteger.ONE)
                    : of(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
        }

        static Fraction parse(String s) {
            int slash = s.indexOf('/');
            return slash < 0 ? of(new BigDecimal(s))
                    : of(new BigInteger(s.substring(0, slash)), new BigInteger(s.substring(slash + 1)));
        }

        boolean isZero() {
            return num.signum() == 0;
        }

        Fraction add(Fraction o) {
            return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction multiply(Fraction o) {
            return of(num.multiply(o.num), den.multiply(o.den));
        }

        BigDecimal decimal(int scale) {
            return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
        }

        /** Rounded half-up to two decimals, exactly (no intermediate rounding). */
        BigDecimal halfUp2() {
            BigInteger q = num.multiply(BigInteger.valueOf(200)).add(den).divide(den.shiftLeft(1));
            return new BigDecimal(q, 2);
        }

        @Override
        public String toString() {
            return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
        }
    }

    // ---- the wide-aggregate SQL, generated from the edition ----------------------------------

    /**
     * The roll-up as an analyst who knows the edition would write it: per survey tool one pass of
     * {@code SELECT agency, avg(CASE "i1" WHEN '1' THEN 0 … END) AS "i1", … GROUP BY agency} (the
     * mean points of every scored column), then the means up to the total as arithmetic on those
     * columns; the checklist by joining a small table of its items and their sub-indicators.
     */
    static final class WideSql {

        /** What counts as published in oit.csv, as the library reads it (lower-cased, trimmed). */
        static final String PUBLISHED = "'yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1'";

        private WideSql() {
        }

        static String generate(Map<String, Object> edition) {
            Map<String, Map<String, Object>> scales = cast(edition.get("scales"));
            StringBuilder sql = new StringBuilder();
            sql.append("-- The ITA roll-up of edition ").append(edition.get("id"))
                    .append(", one wide aggregate per tool, DOUBLE arithmetic.\n")
                    .append("-- Generated from the edition by DuckDbRollup.java (`sql --edition ").append(edition.get("id"))
                    .append("`); needs the variable batch (SET VARIABLE batch = '/path/to/batch').\n")
                    .append("WITH\n");
            List<String> tools = new ArrayList<>();
            StringBuilder total = new StringBuilder();
            for (Map<String, Object> tool : list(edition.get("tools"))) {
                String id = (String) tool.get("id");
                String t = id.toLowerCase(java.util.Locale.ROOT);
                String file = "getvariable('batch') || '/" + t + ".csv'";
                List<String> indicators = new ArrayList<>();
                if (tool.get("kind").equals("survey")) {
                    List<String> columns = new ArrayList<>();
                    for (Map<String, Object> ind : list(tool.get("indicators"))) {
                        List<String> parts = new ArrayList<>();
                        if (ind.containsKey("subIndicators")) {
                            for (Map<String, Object> sub : list(ind.get("subIndicators"))) {
                                parts.add(mean(surveyQuestions(list(sub.get("questions")), scales, columns)));
                            }
                        } else {
                            parts.addAll(surveyQuestions(list(ind.get("questions")), scales, columns));
                        }
                        indicators.add(mean(parts) + "   -- " + ind.get("id"));
                    }
                    sql.append("-- ").append(id).append(": one pass over ").append(t)
                            .append(".csv, the mean points of every scored column per agency (empty cells and unknown codes are NULL, skipped by avg).\n")
                            .append(t).append("_mean AS (\n  SELECT agency,\n         ")
                            .append(String.join(",\n         ", columns))
                            .append("\n  FROM read_csv(").append(file).append(", all_varchar = true)\n  GROUP BY agency\n),\n");
                } else {
                    List<String> items = new ArrayList<>();
                    List<String> columns = new ArrayList<>();
                    for (Map<String, Object> ind : list(tool.get("indicators"))) {
                        List<String> parts = new ArrayList<>();
                        List<Map<String, Object>> groups = ind.containsKey("subIndicators") ? list(ind.get("subIndicators")) : List.of(ind);
                        for (Map<String, Object> g : groups) {
                            String gid = (String) g.get("id");
                            for (Map<String, Object> q : list(g.get("questions"))) {
                                items.add("(" + str(q.get("id")) + ", " + str(gid) + ")");
                            }
                            columns.add("avg(CASE WHEN lower(trim(o.published)) IN (" + PUBLISHED + ") THEN 100.0 ELSE 0.0 END) FILTER (WHERE i.part = "
                                    + str(gid) + ") AS " + ident(gid));
                            parts.add(ident(gid));
                        }
                        indicators.add(mean(parts) + "   -- " + ind.get("id"));
                    }
                    sql.append("-- ").append(id).append(": its items and the sub-indicator (or indicator) each belongs to.\n")
                            .append(t).append("_item(item, part) AS (VALUES\n  ").append(String.join(",\n  ", wrap(items, 8)))
                            .append("),\n-- One pass over ").append(t)
                            .append(".csv: the mean of each sub-indicator's items per agency (100 published, 0 not).\n")
                            .append(t).append("_mean AS (\n  SELECT o.agency,\n         ").append(String.join(",\n         ", columns))
                            .append("\n  FROM read_csv(").append(file).append(", all_varchar = true) o\n  JOIN ").append(t)
                            .append("_item i ON i.item = o.item\n  GROUP BY o.agency\n),\n");
                }
                sql.append("-- ").append(id).append(tool.get("kind").equals("survey") ? ": question" : ": sub-indicator").append(" -> indicator -> tool, unweighted means.\n")
                        .append(t).append("_score AS (\n  SELECT agency,\n         (  ")
                        .append(String.join("\n          + ", indicators)).append("\n         ) / ").append(indicators.size())
                        .append(" AS ").append(t).append("\n  FROM ").append(t).append("_mean\n),\n");
                tools.add(t);
                if (total.length() > 0) {
                    total.append(" + ");
                }
                total.append(new BigDecimal(tool.get("weight").toString()).movePointLeft(2).stripTrailingZeros().toPlainString())
                        .append(" * ").append(t);
            }
            sql.append("-- The total: the tools weighed (NULL unless every tool has a score).\n")
                    .append("total AS (\n  SELECT agency, ").append(String.join(", ", tools)).append(", ").append(total).append(" AS total\n  FROM ")
                    .append(tools.get(0)).append("_score");
            for (String t : tools.subList(1, tools.size())) {
                sql.append(" FULL JOIN ").append(t).append("_score USING (agency)");
            }
            sql.append("\n)\nSELECT t.agency, g.name, ");
            for (String t : tools) {
                sql.append("t.").append(t).append(", ");
            }
            sql.append("t.total, round(t.total, 2) AS total_2dp\nFROM total t\n")
                    .append("LEFT JOIN read_csv(getvariable('batch') || '/agencies.csv', all_varchar = true) g ON g.id = t.agency\n")
                    .append("ORDER BY t.agency");
            return sql.toString();
        }

        /** Adds each scored question's columns and returns its score expressions (a question with items: their mean). */
        private static List<String> surveyQuestions(List<Map<String, Object>> questions, Map<String, Map<String, Object>> scales,
                                                    List<String> columns) {
            List<String> scores = new ArrayList<>();
            for (Map<String, Object> q : questions) {
                if (Boolean.FALSE.equals(q.get("scored"))) {
                    continue;
                }
                Map<String, BigDecimal> points = points(q, scales);
                List<String> slots = new ArrayList<>();
                if (q.containsKey("items")) {
                    for (Map<String, Object> item : list(q.get("items"))) {
                        slots.add((String) item.get("id"));
                    }
                } else {
                    slots.add((String) q.get("id"));
                }
                List<String> parts = new ArrayList<>();
                for (String slot : slots) {
                    StringBuilder c = new StringBuilder("avg(CASE ").append(ident(slot));
                    points.forEach((code, p) -> c.append(" WHEN ").append(str(code)).append(" THEN ").append(p.toPlainString()));
                    columns.add(c.append(" END) AS ").append(ident(slot)).toString());
                    parts.add(ident(slot));
                }
                scores.add(mean(parts));
            }
            return scores;
        }

        /** A question's points by option code, in scale order; a negative question's mirrored. */
        private static Map<String, BigDecimal> points(Map<String, Object> q, Map<String, Map<String, Object>> scales) {
            List<Map<String, Object>> options = list(scales.get((String) q.get("scale")).get("options"));
            boolean negative = "negative".equals(q.get("polarity"));
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            for (int k = 0; k < options.size(); k++) {
                Object p = options.get(negative ? options.size() - 1 - k : k).get("points");
                points.put((String) options.get(k).get("code"), new BigDecimal(p.toString()).stripTrailingZeros());
            }
            return points;
        }

        /** Every scored survey slot (question or sub-item) → option code → points, for compare. */
        static Map<String, Map<String, BigDecimal>> points(Map<String, Object> edition) {
            Map<String, Map<String, Object>> scales = cast(edition.get("scales"));
            Map<String, Map<String, BigDecimal>> out = new HashMap<>();
            for (Map<String, Object> tool : list(edition.get("tools"))) {
                if (!tool.get("kind").equals("survey")) {
                    continue;
                }
                for (Map<String, Object> ind : list(tool.get("indicators"))) {
                    List<Map<String, Object>> questions = new ArrayList<>();
                    if (ind.containsKey("subIndicators")) {
                        list(ind.get("subIndicators")).forEach(s -> questions.addAll(list(s.get("questions"))));
                    } else {
                        questions.addAll(list(ind.get("questions")));
                    }
                    for (Map<String, Object> q : questions) {
                        if (Boolean.FALSE.equals(q.get("scored"))) {
                            continue;
                        }
                        Map<String, BigDecimal> p = points(q, scales);
                        if (q.containsKey("items")) {
                            list(q.get("items")).forEach(i -> out.put((String) i.get("id"), p));
                        } else {
                            out.put((String) q.get("id"), p);
                        }
                    }
                }
            }
            return out;
        }

        private static String mean(List<String> parts) {
            return parts.size() == 1 ? parts.get(0) : "(" + String.join(" + ", parts) + ") / " + parts.size();
        }

        private static List<String> wrap(List<String> values, int perLine) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < values.size(); i += perLine) {
                lines.add(String.join(", ", values.subList(i, Math.min(values.size(), i + perLine))));
            }
            return lines;
        }

        private static String str(Object s) {
            return "'" + s.toString().replace("'", "''") + "'";
        }

        private static String ident(String s) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }

        @SuppressWarnings("unchecked")
        private static <T> T cast(Object o) {
            return (T) o;
        }

        private static List<Map<String, Object>> list(Object o) {
            return o == null ? List.of() : cast(o);
        }
    }

    /**
     * Just enough JSON for an edition file: objects (in order), arrays, strings, numbers (as BigDecimal), booleans, null.
     * Not Jackson: the baseline compiles and runs with DuckDB's driver alone on the class path, so that its
     * fresh-process time is a JVM and DuckDB's, with none of the project's libraries to load.
     */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Map<String, Object> object(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length() || !(v instanceof Map)) {
                throw new IllegalArgumentException("not a JSON object, or text after it at " + j.i);
            }
            return WideSql.cast(v);
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    space();
                    String k = string();
                    space();
                    expect(':');
                    m.put(k, value());
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return m;
                    }
                }
            } else if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return l;
                    }
                }
            } else if (c == '"') {
                return string();
            } else if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            } else if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            } else if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
            return new BigDecimal(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }
    }
}

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
import java.util.concurrent.*;

/**
 * A lower bound for a fresh JVM, not a scorer: the work of a national batch done the plainest way the
 * JVM allows, to learn what a cold run of any Java program doing it needs. It reads and hashes
 * (SHA-256) the four files of a SyntheticBatch directory on two threads, counts every answer by
 * agency, question and option in long arrays, refuses a repeated respondent id, keeps each agency's
 * OIT URLs as bytes, then writes for every agency a JSON object of the same shape and about the same
 * size as {@code ita batch --format json} (104 MB for the national batch, against 123 MB): questions
 * with their score, respondents, pass and distribution, indicators, tools, OIT items with their URL.
 *
 * <p>What it leaves out makes it a bound from below: scores are doubles, not exact fractions; the
 * indicators are columns taken six by six, not the edition's; no uncertainty but one standard error a
 * tool; no check of an answer against its scale, no error names a line; the files must be as
 * SyntheticBatch writes them. Its output is not the tool's format and is not compared with it.
 *
 * <p>Run it as {@code ita-examples/bench/cold.sh --floor} does:
 * {@code javac -d DIR Floor.java && java -Xmx256m -cp DIR Floor BATCH_DIR OUT.json}.
 */
public class Floor {
    static final Map<String, Integer> agencyIndex = new ConcurrentHashMap<>();
    static String[] agencyIds;
    static String[] agencyNames;

    /** One answers file's counts. */
    static final class Answers {
        String tool;
        String[] columns;
        int width;
        int maxOptions = 8;
        byte[][][] codes;       // per column, per option: the code's bytes
        int[] options;          // per column: options seen
        long[][] counts;        // per agency: [column * maxOptions + option]
        long[][] respondents;   // per agency: [0] count, [1] sum of roll-ups, [2] sum of squares
        long[][] ids;           // per agency: open-addressing set of respondent id hashes
        int[] idCount;
    }

    static final class Oit {
        int items;
        String[] itemIds;
        byte[][] state;     // per agency per item: 0 none, 1 not published, 2 published
        byte[][] text;      // per agency: urls
        int[][] at;         // per agency per item: start in text
        int[][] len;
        int[] used;
    }

    public static void main(String[] a) throws Exception {
        long t0 = System.nanoTime();
        Path dir = Path.of(a[0]);
        Path out = Path.of(a[1]);
        Map<String, String> sha = new TreeMap<>();
        agencies(dir.resolve("agencies.csv"), sha);
        int n = agencyIds.length;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Answers> iit = pool.submit(() -> answers(dir.resolve("iit.csv"), "IIT", n, sha));
        Future<Answers> eit = pool.submit(() -> answers(dir.resolve("eit.csv"), "EIT", n, sha));
        Future<Oit> oit = pool.submit(() -> oit(dir.resolve("oit.csv"), n, sha));
        Answers[] tools = {iit.get(), eit.get()};
        Oit o = oit.get();
        pool.shutdown();
        long t1 = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Sink s = new Sink();
            s.raw("{\"edition\":\"ita-2568\",\"provenance\":{\"inputs\":{");
            boolean first = true;
            for (var e : sha.entrySet()) {
                if (!first) s.raw(",");
                first = false;
                s.raw("\"" + e.getKey() + "\":\"" + e.getValue() + "\"");
            }
            s.raw("}},\"agencies\":[\n");
            os.write(s.buf, 0, s.len);
            double[] totals = new double[n];
            for (int ag = 0; ag < n; ag++) {
                s.len = 0;
                totals[ag] = agency(s, ag, tools, o);
                s.raw(ag + 1 < n ? ",\n" : "\n");
                os.write(s.buf, 0, s.len);
            }
            Arrays.sort(totals);
            s.len = 0;
            s.raw("],\"summary\":{\"median\":");
            s.num(totals[n / 2]);
            s.raw("}}\n");
            os.write(s.buf, 0, s.len);
        }
        long t2 = System.nanoTime();
        System.err.printf("read %d ms, scored and written %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    static byte[] read(Path p, Map<String, String> sha) throws Exception {
        byte[] b = Files.readAllBytes(p);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(b);
        String hex = HexFormat.of().formatHex(md.digest());
        synchronized (sha) {
            sha.put(p.toString(), hex);
        }
        return b;
    }

    static void agencies(Path p, Map<String, String> sha) throws Exception {
        byte[] b = read(p, sha);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int i = skipLine(b, 0);
        while (i < b.length) {
            int e = i;
            while (b[e] != ',') e++;
            String id = new String(b, i, e - i, StandardCharsets.ISO_8859_1);
            int s = e + 1;
            e = s;
            while (b[e] != ',') e++;
            names.add(new String(b, s, e - s, StandardCharsets.UTF_8));
            agencyIndex.put(id, ids.size());
            ids.add(id);
            i = skipLine(b, e);
        }
        agencyIds = ids.toArray(new String[0]);
        agencyNames = names.toArray(new String[0]);
    }

    /** The agency of a row from its id's bytes: the row above's again with no lookup, as an agency's rows come together. */
    static final class Agencies {
        int last = -1;
        int start = -1;
        int length;
        /** Whether the last row asked for was the first of its agency. */
        boolean changed;

        int of(byte[] b, int i, int e) {
            changed = last < 0 || e - i != length || !Arrays.equals(b, i, e, b, start, start + length);
            if (changed) {
                last = agencyIndex.get(new String(b, i, e - i, StandardCharsets.ISO_8859_1));
                start = i;
                length = e - i;
            }
            return last;
        }
    }

    static int skipLine(byte[] b, int i) {
        while (i < b.length && b[i] != '\n') i++;
        return i + 1;
    }

    static Answers answers(Path p, String tool, int n, Map<String, String> sha) throws Exception {
        byte[] b = read(p, sha);
        Answers r = new Answers();
        r.tool = tool;
        int end = skipLine(b, 0);
        String[] header = new String(b, 0, end - 1, StandardCharsets.ISO_8859_1).split(",");
        r.columns = Arrays.copyOfRange(header, 2, header.length);
        r.width = r.columns.length;
        r.codes = new byte[r.width][r.maxOptions][];
        r.options = new int[r.width];
        r.counts = new long[n][];
        r.respondents = new long[n][];
        r.ids = new long[n][];
        r.idCount = new int[n];
        byte[][] single = new byte[r.width][128];
        for (byte[] x : single) Arrays.fill(x, (byte) -1);
        int i = end;
        Agencies agencies = new Agencies();
        long[] counts = null;
        int[] chosen = new int[r.width];
        while (i < b.length) {
            int e = i;
            while (b[e] != ',') e++;
            int ag = agencies.of(b, i, e);
            if (agencies.changed) {
                if (r.counts[ag] == null) {
                    r.counts[ag] = new long[r.width * r.maxOptions];
                    r.respondents[ag] = new long[3];
                    r.ids[ag] = new long[64];
                }
                counts = r.counts[ag];
            }
            // respondent id: hashed from its bytes into the agency's set
            int s = e + 1;
            e = s;
            long h = 0xcbf29ce484222325L;
            while (b[e] != ',') {
                h ^= b[e];
                h *= 0x100000001b3L;
                e++;
            }
            addId(r, ag, h == 0 ? 1 : h);
            long rollUp = 0;
            for (int c = 0; c < r.width; c++) {
                s = e + 1;
                e = s;
                while (e < b.length && b[e] != ',' && b[e] != '\n') e++;
                int o;
                if (e - s == 1 && single[c][b[s]] >= 0) {
                    o = single[c][b[s]];
                } else {
                    o = code(r, c, b, s, e, single);
                }
                chosen[c] = o;
                counts[c * r.maxOptions + o]++;
                rollUp += points(r.codes[c][o]);
            }
            r.respondents[ag][0]++;
            r.respondents[ag][1] += rollUp;
            r.respondents[ag][2] += rollUp * rollUp;
            i = e + 1;
        }
        return r;
    }

    static void addId(Answers r, int ag, long h) {
        long[] set = r.ids[ag];
        if (r.idCount[ag] * 2 >= set.length) {
            long[] bigger = new long[set.length * 2];
            for (long x : set) if (x != 0) put(bigger, x);
            r.ids[ag] = set = bigger;
        }
        if (!put(set, h)) throw new IllegalStateException("repeated respondent");
        r.idCount[ag]++;
    }

    static boolean put(long[] set, long h) {
        int m = set.length - 1;
        int k = (int) (h ^ (h >>> 32)) & m;
        while (set[k] != 0) {
            if (set[k] == h) return false;
            k = (k + 1) & m;
        }
        set[k] = h;
        return true;
    }

    static int code(Answers r, int c, byte[] b, int s, int e, byte[][] single) {
        for (int o = 0; o < r.options[c]; o++) {
            if (Arrays.equals(r.codes[c][o], 0, r.codes[c][o].length, b, s, e)) return o;
        }
        int o = r.options[c]++;
        r.codes[c][o] = Arrays.copyOfRange(b, s, e);
        if (e - s == 1) single[c][b[s]] = (byte) o;
        return o;
    }

    static long points(byte[] code) {
        if (code.length == 1 && code[0] >= '1' && code[0] <= '4') return new long[] {0, 50, 85, 100}[code[0] - '1'];
        if (code.length == 3 && code[0] == 'y') return 100;
        return 0;
    }

    static Oit oit(Path p, int n, Map<String, String> sha) throws Exception {
        byte[] b = read(p, sha);
        Oit r = new Oit();
        r.items = 43;
        r.itemIds = new String[r.items];
        for (int k = 0; k < r.items; k++) r.itemIds[k] = "o" + (k + 1);
        r.state = new byte[n][];
        r.text = new byte[n][];
        r.at = new int[n][];
        r.len = new int[n][];
        r.used = new int[n];
        int i = skipLine(b, 0);
        Agencies agencies = new Agencies();
        while (i < b.length) {
            int e = i;
            while (b[e] != ',') e++;
            int ag = agencies.of(b, i, e);
            if (agencies.changed) {
                r.state[ag] = new byte[r.items];
                r.at[ag] = new int[r.items];
                r.len[ag] = new int[r.items];
                r.text[ag] = new byte[r.items * 48];
            }
            int s = e + 2;   // 'o'
            int item = 0;
            for (e = s; b[e] != ','; e++) item = item * 10 + (b[e] - '0');
            item--;
            if (item < 0 || item >= r.items) {
                throw new IllegalStateException("an OIT item beyond o" + r.items + ": not a SyntheticBatch oit.csv");
            }
            s = e + 1;
            boolean published = b[s] == 'y';
            while (b[e + 1] != ',') e++;
            e += 2;
            s = e;
            while (b[e] != ',') e++;
            byte[] t = r.text[ag];
            if (r.used[ag] + e - s > t.length) r.text[ag] = t = Arrays.copyOf(t, t.length * 2 + e - s);
            System.arraycopy(b, s, t, r.used[ag], e - s);
            r.at[ag][item] = r.used[ag];
            r.len[ag][item] = e - s;
            r.used[ag] += e - s;
            r.state[ag][item] = (byte) (published ? 2 : 1);
            i = skipLine(b, e);
        }
        return r;
    }

    static double agency(Sink s, int ag, Answers[] tools, Oit o) {
        s.raw("{\"edition\":\"ita-2568\",\"agency\":{\"id\":");
        s.str(agencyIds[ag]);
        s.raw(",\"name\":");
        s.str(agencyNames[ag]);
        s.raw("},\"tools\":[");
        double total = 0;
        for (Answers t : tools) {
            long[] c = t.counts[ag];
            long resp = t.respondents[ag][0];
            double mean = (double) t.respondents[ag][1] / resp / t.width;
            double var = ((double) t.respondents[ag][2] / resp - mean * mean * t.width * t.width) / Math.max(1, resp - 1);
            s.raw("{\"id\":\"" + t.tool + "\",\"respondents\":");
            s.num(resp);
            s.raw(",\"uncertainty\":{\"level\":0.95,\"standardError\":");
            s.num(Math.sqrt(Math.abs(var) / resp) / t.width);
            s.raw("},\"indicators\":[");
            double toolSum = 0;
            int indicators = 0;
            for (int from = 0; from < t.width; from += 6, indicators++) {
                int to = Math.min(t.width, from + 6);
                if (from > 0) s.raw(",");
                s.raw("{\"id\":\"" + (indicators + 1) + "\",\"questions\":[");
                double sum = 0;
                for (int q = from; q < to; q++) {
                    long answered = 0, points = 0;
                    for (int op = 0; op < t.options[q]; op++) {
                        long k = c[q * t.maxOptions + op];
                        answered += k;
                        points += k * points(t.codes[q][op]);
                    }
                    double score = answered == 0 ? 0 : (double) points / answered;
                    sum += score;
                    if (q > from) s.raw(",");
                    s.raw("{\"id\":");
                    s.str(t.columns[q]);
                    s.raw(",\"score\":");
                    s.num(score);
                    s.raw(",\"respondents\":");
                    s.num(answered);
                    s.raw(score >= 85 ? ",\"passed\":true" : ",\"passed\":false");
                    s.raw(",\"weightInTotal\":\"0.01\",\"distribution\":{");
                    for (int op = 0; op < t.options[q]; op++) {
                        if (op > 0) s.raw(",");
                        s.raw("\"");
                        s.bytes(t.codes[q][op]);
                        s.raw("\":");
                        s.num(c[q * t.maxOptions + op]);
                    }
                    s.raw("}}");
                }
                double indicator = sum / (to - from);
                toolSum += indicator;
                s.raw("],\"score\":");
                s.num(indicator);
                s.raw(",\"weightInTotal\":\"0.06\"}");
            }
            double toolScore = toolSum / indicators;
            total += 0.3 * toolScore;
            s.raw("],\"score\":");
            s.num(toolScore);
            s.raw("},");
        }
        s.raw("{\"id\":\"OIT\",\"indicators\":[{\"id\":\"9\",\"questions\":[");
        int published = 0;
        for (int k = 0; k < o.items; k++) {
            if (k > 0) s.raw(",");
            boolean p = o.state[ag][k] == 2;
            published += p ? 1 : 0;
            s.raw("{\"id\":\"" + o.itemIds[k] + "\",\"score\":");
            s.num(p ? 100 : 0);
            s.raw(p ? ",\"passed\":true,\"weightInTotal\":\"0.004\",\"published\":true,\"url\":\""
                    : ",\"passed\":false,\"weightInTotal\":\"0.004\",\"published\":false,\"url\":\"");
            s.bytes(o.text[ag], o.at[ag][k], o.len[ag][k]);
            s.raw("\"}");
        }
        double oit = 100.0 * published / o.items;
        total += 0.4 * oit;
        s.raw("]}],\"score\":");
        s.num(oit);
        s.raw("}],\"total\":");
        s.num(total);
        s.raw("}");
        return total;
    }

    /** A byte writer of JSON pieces. */
    static final class Sink {
        byte[] buf = new byte[1 << 16];
        int len;

        void room(int n) {
            if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
        }

        void raw(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
        }

        void bytes(byte[] b) {
            bytes(b, 0, b.length);
        }

        void bytes(byte[] b, int from, int n) {
            room(n);
            System.arraycopy(b, from, buf, len, n);
            len += n;
        }

        void str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            room(b.length + 2);
            buf[len++] = '"';
            bytes(b);
            buf[len++] = '"';
        }

        void num(long v) {
            room(20);
            if (v == 0) {
                buf[len++] = '0';
                return;
            }
            int start = len;
            while (v > 0) {
                buf[len++] = (byte) ('0' + v % 10);
                v /= 10;
            }
            for (int i = start, j = len - 1; i < j; i++, j--) {
                byte x = buf[i];
                buf[i] = buf[j];
                buf[j] = x;
            }
        }

        /** Two decimals, half up. */
        void num(double d) {
            long h = Math.round(d * 100);
            num(h / 100);
            buf[len++] = '.';
            long f = h % 100;
            buf[len++] = (byte) ('0' + f / 10);
            buf[len++] = (byte) ('0' + f % 10);
        }
    }
}

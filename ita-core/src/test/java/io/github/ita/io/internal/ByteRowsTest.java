package io.github.ita.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.ita.ItaException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Example;

/**
 * The fast reader against the reference: wherever {@link ByteRows} gives rows, they are the rows
 * (cells and lines) that Jackson's parser gives; where it cannot, it declines, and never on the
 * files offices export.
 */
class ByteRowsTest {

    static final Charset THAI = Charset.forName("windows-874");

    /** A row and the line it starts on. */
    record Row(int line, List<String> cells) {
    }

    static List<Row> fast(byte[] bytes, Charset charset, int buffer, boolean trickle) {
        InputStream in = new ByteArrayInputStream(bytes);
        if (trickle) {
            in = new FilterInputStream(in) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return super.read(b, off, Math.min(len, 3));
                }
            };
        }
        List<Row> rows = new ArrayList<>();
        try (ByteRows r = new ByteRows(in, "f.csv", 0, charset, true, buffer)) {
            List<String> cells;
            while ((cells = r.next()) != null) {
                rows.add(new Row(r.line, List.copyOf(cells)));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    static List<Row> reference(byte[] bytes, Charset charset) {
        List<Row> rows = new ArrayList<>();
        try (Reader in = DecodingReader.atFileStart(new ByteArrayInputStream(bytes), charset);
             TextRows r = new TextRows(in, "f.csv")) {
            List<String> cells;
            while ((cells = r.next()) != null) {
                rows.add(new Row(r.line, List.copyOf(cells)));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    /** Reads with both; fails if the fast reader gives rows the reference does not. @return whether the fast one read it */
    static boolean same(byte[] bytes, Charset charset, int buffer, boolean trickle) {
        List<Row> fast;
        try {
            fast = fast(bytes, charset, buffer, trickle);
        } catch (ByteRows.Declined d) {
            return false;
        }
        List<Row> reference;
        try {
            reference = reference(bytes, charset);
        } catch (ItaException e) {
            fail("the fast reader read what the reference refuses (" + e.getMessage() + "): " + show(bytes));
            return false;
        }
        assertThat(fast).as(show(bytes)).isEqualTo(reference);
        return true;
    }

    static String show(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(x >= 32 && x < 127 ? String.valueOf((char) x) : String.format("\\x%02x", x & 0xff));
        }
        return b.toString();
    }

    /** Pieces that make CSV, and pieces that break it. */
    static final String[] PIECES = {"a", "1", "4", "yes", "r12", "00001", ",", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", "\r",
        " ", "\t", "ก", "é", "\u0000", "\uFEFF", "https://x.go.th/a,b", "\"q,\n\"\"x\"\"\"", "", "#"};

    /** Cells of well-formed CSV. */
    static final String[] NICE = {"a", "4", "no", "r7", "", "ก", "\"\"", "\"a\"\"b,\nc\"", "x y", "0#"};

    @Provide
    Arbitrary<byte[]> csv874() {
        return text().map(t -> t.getBytes(THAI));
    }

    static Arbitrary<String> text() {
        Arbitrary<String> rows = Arbitraries.of(NICE).list().ofMinSize(1).ofMaxSize(6).map(cells -> String.join(",", cells))
                .list().ofMaxSize(8).flatMap(r -> Arbitraries.of("\n", "\r\n").map(eol -> String.join(eol, r)
                        + (r.size() % 2 == 0 ? eol : "")));
        return Arbitraries.oneOf(Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l)), rows);
    }

    @Provide
    Arbitrary<byte[]> csv() {
        Arbitrary<String> text = text();
        Arbitrary<byte[]> utf8 = text.map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> damaged = Arbitraries.integers().between(0, 255).list().ofMaxSize(4).flatMap(bad ->
                text.map(t -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    byte[] body = t.getBytes(StandardCharsets.UTF_8);
                    out.write(body, 0, body.length / 2);
                    bad.forEach(out::write);
                    out.write(body, body.length / 2, body.length - body.length / 2);
                    return out.toByteArray();
                }));
        Arbitrary<byte[]> bom = text.map(t -> ("\uFEFF" + t).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(utf8, utf8, damaged, bom);
    }

    @Property
    void whereTheFastReaderReadsItReadsAsTheReference(@ForAll("csv") byte[] bytes, @ForAll @IntRange(min = 1, max = 64) int buffer,
                                                      @ForAll boolean trickle) {
        Statistics.collect(same(bytes, StandardCharsets.UTF_8, buffer, trickle) ? "read" : "declined");
        // the comparison means something only if the fast reader reads a good share of the inputs
        Statistics.coverage(c -> c.check("read").percentage(p -> p > 20));
    }

    @Property
    void inWindows874Too(@ForAll("csv874") byte[] bytes, @ForAll @IntRange(min = 1, max = 64) int buffer) {
        Statistics.collect(same(bytes, THAI, buffer, false) ? "read" : "declined");
        Statistics.coverage(c -> c.check("read").percentage(p -> p > 20));
    }

    /** What offices export is read by the fast reader, not declined, at any buffer size. */
    @Example
    void readsWhatOfficesExport() {
        String[] files = {
            "agency,respondent,i1,i2\n00001,r1,4,yes\n00001,r2,,no\n",
            "agency,respondent,i1,i2\r\n00001,r1,4,yes\r\n00002,r2,3,\r\n",
            "agency,respondent,i1\n00001,r1,4",
            "agency,respondent,i1\n\n00001,r1,4\n\r\n\n00002,r1,1\n",
            "agency,item,published,url,note\n00001,o1,มี,https://x.go.th/o1?a=1&b=2,\"เผยแพร่แล้ว, ครบ\"\n"
                + "00001,o2,ไม่มี,,\"ยังไม่มี \"\"คู่มือ\"\"\nบรรทัดสอง\"\n00001,o3,yes,,\n",
            "\"agency\",\"respondent\",\"i1\"\n\"00001\",\"r1\",\"4\"\n\"\",\"\",\"\"\n",
            "agency,respondent,i1\n,,\n,,",
        };
        for (String f : files) {
            for (int buffer : new int[] {1, 2, 3, 5, 8, 13, 1 << 18}) {
                assertThat(same(f.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, buffer, buffer == 3)).as(f).isTrue();
                assertThat(same(("\uFEFF" + f).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, buffer, false)).as(f).isTrue();
                assertThat(same(f.getBytes(THAI), THAI, buffer, false)).as(f).isTrue();
            }
        }
        assertThat(fast("a,b\n\"x\ny\",z\nc,d\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 4, false))
                .containsExactly(new Row(1, List.of("a", "b")), new Row(2, List.of("x\ny", "z")), new Row(4, List.of("c", "d")));
    }

    /** The constructs it leaves to the reference reader. */
    @Example
    void declinesWhatItDoesNotReadExactly() {
        for (String f : new String[] {"a,b\"c\n", "\"a\"b,c\n", "a\rb\n", " a,b\n", "\ta\n", "\"a\rb\"\n", "\"open\n", "a,b\r"}) {
            assertThatThrownBy(() -> fast(f.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 1 << 18, false))
                    .as(show(f.getBytes(StandardCharsets.UTF_8))).isInstanceOf(ByteRows.Declined.class);
        }
        byte[] bad = {'a', ',', (byte) 0xe0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> fast(bad, StandardCharsets.UTF_8, 1 << 18, false)).isInstanceOf(ByteRows.Declined.class);
        assertThatThrownBy(() -> fast(("a," + "x".repeat(CsvRows.MAX_CELL + 1) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, 1 << 18, false)).isInstanceOf(ByteRows.Declined.class);
        assertThatThrownBy(() -> fast(",".repeat(CsvRows.MAX_COLUMNS).getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, 1 << 18, false)).isInstanceOf(ByteRows.Declined.class);
        assertThat(fast(",".repeat(CsvRows.MAX_COLUMNS - 1).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 1 << 18, false)
                .get(0).cells()).hasSize(CsvRows.MAX_COLUMNS);
    }

    @Example
    void readsOnlyCharsetsThatWriteAsciiAsItself() {
        assertThat(ByteRows.reads(StandardCharsets.UTF_8)).isTrue();
        assertThat(ByteRows.reads(THAI)).isTrue();
        assertThat(ByteRows.reads(Charset.forName("TIS-620"))).isTrue();
        assertThat(ByteRows.reads(StandardCharsets.ISO_8859_1)).isTrue();
        assertThat(ByteRows.reads(StandardCharsets.UTF_16LE)).isFalse();
        assertThat(ByteRows.reads(Charset.forName("IBM037"))).isFalse();   // EBCDIC
    }
}

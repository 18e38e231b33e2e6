package io.github.ita.report;

import static io.github.ita.Fixtures.bestAnswers;
import static io.github.ita.Fixtures.checklist;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ita.analysis.Findings;
import io.github.ita.analysis.Planner;
import io.github.ita.analysis.Target;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Editions;
import io.github.ita.edition.Language;
import io.github.ita.measures.Measure;
import io.github.ita.measures.MeasureStatus;
import io.github.ita.measures.Measures;
import io.github.ita.measures.Period;
import io.github.ita.response.Agency;
import io.github.ita.response.AgencyResponses;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * Text from the input cannot be turned against the reader of a Markdown report: no raw HTML, link,
 * image, emphasis, code, heading, list or table break, no new line, and controls and bidirectional
 * overrides shown as {@code \}{@code uXXXX}; ordinary Thai text, digits and punctuation unchanged.
 */
class MarkdownSafetyTest {

    /** Every trick at once, with a bidirectional override and a NUL. */
    static final String HOSTILE = "<script>x</script> [link](http://x) ![img](x)\n# heading *em* _em_ `code` a|b ~~s~~ $m$ &lt; \u202Eevil\u0000";

    /** {@link #HOSTILE} as Markdown. */
    static final String ESCAPED = "\\<script\\>x\\</script\\> \\[link\\](http://x) \\!\\[img\\](x) \\# heading \\*em\\* \\_em\\_ "
            + "\\`code\\` a\\|b \\~\\~s\\~\\~ \\$m\\$ \\&lt; \\u202Eevil\\u0000";

    static final Edition E = Editions.bundled("ita-2565");

    static Result scored(Edition e, String name) {
        AgencyResponses in = AgencyResponses.builder(new Agency("dan", name))
                .iit(Respondent.of("r1", bestAnswers(e, "IIT", Map.of("i20", "2"))))
                .eit(Respondent.of("p1", bestAnswers(e, "EIT", Map.of())))
                .oit(checklist(e, "o11")).build();
        return Scorer.of(e).score(in);
    }

    /** ita-2565 with the Thai labels of tool IIT, indicator 4 and question i20 replaced by {@link #HOSTILE}. */
    static Edition hostileEdition() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try (InputStream in = Edition.class.getResourceAsStream("ita-2565.json")) {
            root = mapper.readTree(in);
        }
        ((ObjectNode) root).put("id", "my-2565");
        relabel(root);
        return Editions.read(new ByteArrayInputStream(mapper.writeValueAsBytes(root)), "my-2565.json");
    }

    private static void relabel(JsonNode node) {
        if (node instanceof ObjectNode o && o.has("id") && List.of("IIT", "4", "i20").contains(o.get("id").asText()) && o.has("th")) {
            o.put("th", HOSTILE);
        }
        node.forEach(MarkdownSafetyTest::relabel);
    }

    @Example
    void anAgencyNameStaysTextInEveryReport() {
        Result r = scored(E, HOSTILE);
        assertThat(ResultReport.in(Language.TH).markdown(r).lines()).contains("**" + ESCAPED + "** (dan)");
        String analysis = AnalysisReport.in(Language.TH).markdown(r, Findings.of(r), Planner.of(Scorer.of(E)).plan(r, Target.parse("100", E)));
        assertThat(analysis.lines()).contains("**" + ESCAPED + "** · คะแนนรวม 99.00 ระดับ AA");
        String compared = AnalysisReport.in(Language.TH).markdown(io.github.ita.analysis.Comparison.of(r, r));
        assertThat(compared.lines()).contains("# เปรียบเทียบผลการประเมิน ITA — " + ESCAPED);
        Measures m = Measures.skeleton(r, Findings.of(r));
        assertThat(MeasuresReport.in(Language.TH).markdown(m, Period.fiscalYear(m.fiscalYear())).lines())
                .contains("**" + ESCAPED + "** · รอบ 12 เดือน (ต.ค. " + (m.fiscalYear() - 1) % 100 + " – ก.ย. " + m.fiscalYear() % 100 + ")");
    }

    @Example
    void theLabelsOfACustomEditionAreEscaped() throws IOException {
        Edition e = hostileEdition();
        String md = ResultReport.in(Language.TH).markdown(scored(e, "อบต.ตัวอย่าง"));
        assertThat(md.lines())
                .contains("**อบต.ตัวอย่าง** (dan)")
                .contains("| IIT " + ESCAPED + " | 98.33 | ผู้ตอบ < 2 | 30 | 29.50 | ผ่านเกณฑ์ |")
                .contains("| 4 | IIT | " + ESCAPED + " | 91.67 | ผู้ตอบ < 2 | ผ่านเกณฑ์ |")
                .contains("| i20 | 4 | " + ESCAPED + " | 50.00 | |");
        String thaiDigits = ResultReport.in(ReportStyle.of(Language.TH).withThaiDigits(true)).markdown(scored(e, "อบต.ตัวอย่าง"));
        assertThat(thaiDigits.lines()).contains("| 4 | IIT | " + ESCAPED + " | ๙๑.๖๗ | ผู้ตอบ < ๒ | ผ่านเกณฑ์ |");   // an id keeps its digits
    }

    @Example
    void theTextOfAMeasureIsEscaped() {
        Measure x = new Measure("m1", "4", HOSTILE, List.of("๑. จัดทำคู่มือ", "*ทบทวน*"), "กอง|คลัง",
                Period.fiscalYear(2566), null, MeasureStatus.DONE, "note\u202E\u0000 <b>", null);
        Measures m = new Measures(new Agency("a", "อบต.ตัวอย่าง"), 2566, "ita-2565", List.of(x));
        String md = MeasuresReport.in(Language.TH).markdown(m, Period.fiscalYear(2566));
        assertThat(md.lines()).contains("| 1 | " + ESCAPED + " | 4 | ๑. จัดทำคู่มือ; \\*ทบทวน\\* | กอง\\|คลัง | ต.ค. 65 – ก.ย. 66 "
                + "| ดำเนินการแล้ว | note\\u202E\\u0000 \\<b\\> |");
    }

    @Example
    void inputCannotBeginABlock() {
        assertThat(para("- item")).isEqualTo("\\- item");
        assertThat(para("+ item")).isEqualTo("\\+ item");
        assertThat(para("---")).isEqualTo("\\---");
        assertThat(para("1. item")).isEqualTo("1\\. item");
        assertThat(para("2565) item")).isEqualTo("2565\\) item");
        assertThat(para("    code")).isEqualTo("&#32;&#32;&#32;&#32;code");
        assertThat(para("# heading\n## again")).isEqualTo("\\# heading \\#\\# again");
        assertThat(para("> quote\n- item")).isEqualTo("\\> quote - item");
        assertThat(para("-5 คะแนน")).isEqualTo("-5 คะแนน");
        assertThat(para("1.5 คะแนน")).isEqualTo("1.5 คะแนน");
        assertThat(para("อบต.ตัวอย่าง")).isEqualTo("อบต.ตัวอย่าง");
    }

    private static String para(String input) {
        String md = new Doc("t", "th").p(Doc.input(input)).markdown(false);
        assertThat(md).endsWith("\n\n");
        return md.substring(0, md.length() - 2);
    }

    @Example
    void ordinaryTextIsWrittenAsItIs() {
        for (String s : List.of("องค์การบริหารส่วนตำบลด่าน", "อบต.ตัวอย่าง", "83.67", "(ร้อยละ 50%)", "co-operate", "Q&A",
                "Do & Don't", "a & b; c", "ถาม–ตอบ", "ข้อ\u200Bมูล", "👍🏽", "http://example.go.th/a?b=1&c=2")) {
            assertThat(Doc.mdEscape(s)).as(s).isEqualTo(s);
        }
        assertThat(Doc.mdEscape("&amp; &#60; &#x3C; &nbsp;")).isEqualTo("\\&amp; \\&\\#60; \\&\\#x3C; \\&nbsp;");
        assertThat(Doc.mdEscape("a\u2066b\u2069c\u200Ed\u061Ce\u0085f\u2028g\u007Fh\u001Bi")).isEqualTo(
                "a\\u2066b\\u2069c\\u200Ed\\u061Ce\\u0085f\\u2028g\\u007Fh\\u001Bi");
        assertThat(Doc.mdEscape("x\uD800y")).isEqualTo("x\\uD800y");
    }

    @Example
    void htmlShowsBidirectionalControlsToo() {
        String html = ResultReport.in(Language.TH).html(scored(E, "อบต.\u202Eทดสอบ\u0000"));
        assertThat(html).contains("<strong>อบต.\\u202Eทดสอบ\\u0000</strong>").doesNotContain("\u202E");
    }

    // ---- for any input --------------------------------------------------------------------------------

    /** What Markdown could read as other than text: a metacharacter, a reference, a line break, a control, a bidi control. */
    static final Pattern META = Pattern.compile("[\\\\|*_`\\[\\]<>#!~$]");
    static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});");
    static final Pattern UNSEEN = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029]");

    /**
     * @param md escaped text
     * @return the first character of it that Markdown could read as markup or that a reader could not see, or -1
     */
    static int unescaped(String md) {
        for (int i = 0; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == '\\') {
                if (i + 1 < md.length() && md.charAt(i + 1) < 0x80 && isPunctuation(md.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (md.startsWith("u", i + 1) && md.length() >= i + 6 && md.substring(i + 2, i + 6).matches("[0-9A-F]{4}")) {
                    i += 5;
                    continue;
                }
                return i;
            }
            String one = String.valueOf(c);
            if (META.matcher(one).matches() || UNSEEN.matcher(one).matches() || Character.isSurrogate(c) && !io.github.ita.internal.Text.pairedAt(md, i)
                    || c == '&' && REFERENCE.matcher(md).region(i, md.length()).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPunctuation(char c) {
        return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("\\|*_`[]<>#!~$&;:()-+=.)% 1x#aอ่ำ๑\n\r\t\u0000\u001B\u007F\u0085\u061C\u200B\u200E\u202E\u2066\u2069\u2028")
                .withChars("&#xX3Cltamp;").withCharRange('\uD800', '\uD801').ofMaxLength(24);
    }

    @Property
    void escapedInputHasNoMarkup(@ForAll("texts") String s) {
        String md = Doc.mdEscape(s);
        assertThat(unescaped(md)).as(md).isEqualTo(-1);
    }

    @Property(tries = 100)
    void aReportKeepsItsShapeWhateverTheName(@ForAll("texts") String name) {
        Assume.that(!name.isEmpty());
        Result plain = scored(E, "x");
        Result any = scored(E, name);
        List<String> expected = ResultReport.in(Language.TH).markdown(plain).lines().toList();
        List<String> lines = ResultReport.in(Language.TH).markdown(any).lines().toList();
        assertThat(lines).hasSameSizeAs(expected);
        for (int i = 0; i < lines.size(); i++) {
            if (expected.get(i).equals("**x** (dan)")) {
                String line = lines.get(i);
                assertThat(line).startsWith("**").endsWith("** (dan)");
                assertThat(unescaped(line.substring(2, line.length() - "** (dan)".length()))).as(line).isEqualTo(-1);
            } else {
                assertThat(lines.get(i)).isEqualTo(expected.get(i));
            }
        }
    }
}

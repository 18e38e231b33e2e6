package io.github.ita.report;

import io.github.ita.internal.ThaiDigits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report as a small tree — headings, paragraphs, tables, a bar chart — written out as Markdown or
 * as a self-contained HTML page by the same walk. Text is the library's own (its numbers may be
 * written in Thai digits) or not: the input's (agency names, notes, measures, URLs) and an
 * edition's (ids and labels, which a custom edition file supplies) are always escaped and never
 * changed, so {@code i7} stays {@code i7} in a report with Thai digits. How Markdown escapes is told at
 * {@link #mdEscape(String)}; HTML escapes {@code & < > " '} and shows the characters of
 * {@link #hidden(char)} as {@code \}{@code uXXXX} too.
 */
final class Doc {

    /** Where a piece of text comes from, which decides how it is written. */
    enum Source {
        /** The library's own text: written as is, its digits in Thai when asked. */
        OWN,
        /** Text from the input or an edition (ids, labels): escaped, never changed. */
        INPUT
    }

    /** A piece of text. */
    record Span(String text, Source source, boolean bold, String href, String badge) {

        /** @return whether the text is escaped and never changed: it comes from the input or from an edition */
        boolean input() {
            return source == Source.INPUT;
        }
    }

    sealed interface Block permits Heading, Para, Table, Chart, Rule {
    }

    record Heading(int level, List<Span> spans) implements Block {
    }

    record Para(List<Span> spans) implements Block {
    }

    /** A table; {@code right[i]} aligns column i right (numbers). */
    record Table(List<List<Span>> head, boolean[] right, List<List<List<Span>>> rows) implements Block {
    }

    /**
     * A bar chart of scores 0–100 with a line at the mark; {@code ranges} holds, for each bar, the
     * low and high end of its interval (an error bar), or null.
     */
    record Chart(List<String> labels, List<BigDecimal> values, List<double[]> ranges, BigDecimal mark, String caption) implements Block {
    }

    record Rule() implements Block {
    }

    final String title;
    final String lang;
    final List<Block> blocks = new ArrayList<>();

    Doc(String title, String lang) {
        this.title = title;
        this.lang = lang;
    }

    static Span t(String text) {
        return new Span(text, Source.OWN, false, null, null);
    }

    static Span b(String text) {
        return new Span(text, Source.OWN, true, null, null);
    }

    static Span input(String text) {
        return new Span(text == null ? "" : text, Source.INPUT, false, null, null);
    }

    static Span inputBold(String text) {
        return new Span(text == null ? "" : text, Source.INPUT, true, null, null);
    }

    /** An edition's id or label (or several joined by spaces): escaped and never changed, like the input's. */
    static Span ed(String text) {
        return new Span(text == null ? "" : text, Source.INPUT, false, null, null);
    }

    /** An edition's id or label, in bold. */
    static Span edBold(String text) {
        return new Span(text == null ? "" : text, Source.INPUT, true, null, null);
    }

    /** A link to an evidence URL: a link only for http(s), plain text otherwise. */
    static Span link(String url) {
        String u = url == null ? "" : url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        return new Span(u, Source.INPUT, false, web ? u : null, null);
    }

    Doc h(int level, Span... spans) {
        blocks.add(new Heading(level, List.of(spans)));
        return this;
    }

    Doc p(Span... spans) {
        blocks.add(new Para(List.of(spans)));
        return this;
    }

    Doc p(List<Span> spans) {
        blocks.add(new Para(List.copyOf(spans)));
        return this;
    }

    Doc rule() {
        blocks.add(new Rule());
        return this;
    }

    Doc chart(List<String> labels, List<BigDecimal> values, BigDecimal mark, String caption) {
        return chart(labels, values, java.util.Collections.nCopies(values.size(), null), mark, caption);
    }

    Doc chart(List<String> labels, List<BigDecimal> values, List<double[]> ranges, BigDecimal mark, String caption) {
        blocks.add(new Chart(List.copyOf(labels), new ArrayList<>(values), new ArrayList<>(ranges), mark, caption));
        return this;
    }

    /** Starts a table; columns whose header starts with '>' are right-aligned. */
    TableBuilder table(String... head) {
        return new TableBuilder(head);
    }

    final class TableBuilder {
        private final List<List<Span>> head = new ArrayList<>();
        private final boolean[] right;
        private final List<List<List<Span>>> rows = new ArrayList<>();

        TableBuilder(String... cells) {
            right = new boolean[cells.length];
            for (int i = 0; i < cells.length; i++) {
                right[i] = cells[i].startsWith(">");
                head.add(List.of(t(right[i] ? cells[i].substring(1) : cells[i])));
            }
        }

        /** Adds a row of cells; a cell is a Span, a List of Spans, or a String (the library's text). */
        TableBuilder row(Object... cells) {
            List<List<Span>> row = new ArrayList<>();
            for (Object c : cells) {
                if (c instanceof Span s) {
                    row.add(List.of(s));
                } else if (c instanceof List<?> l) {
                    List<Span> spans = new ArrayList<>();
                    l.forEach(x -> spans.add((Span) x));
                    row.add(spans);
                } else {
                    row.add(List.of(t(String.valueOf(c))));
                }
            }
            rows.add(row);
            return this;
        }

        Doc end() {
            blocks.add(new Table(head, right, rows));
            return Doc.this;
        }
    }

    // ---- Markdown ------------------------------------------------------------------------------

    String markdown(boolean thaiDigits) {
        StringBuilder md = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(md(h.spans(), thaiDigits)).append("\n\n");
            } else if (block instanceof Para p) {
                md.append(mdLineStart(md(p.spans(), thaiDigits), p.spans())).append("\n\n");
            } else if (block instanceof Rule) {
                md.append("---\n\n");
            } else if (block instanceof Table t) {
                md.append(mdRow(t.head(), thaiDigits));
                StringBuilder rule = new StringBuilder("|");
                for (boolean r : t.right()) {
                    rule.append(r ? "---:|" : "---|");
                }
                md.append(rule).append('\n');
                for (List<List<Span>> row : t.rows()) {
                    md.append(mdRow(row, thaiDigits));
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static String mdRow(List<List<Span>> cells, boolean thaiDigits) {
        StringBuilder b = new StringBuilder("|");
        for (List<Span> c : cells) {
            String text = md(c, thaiDigits);
            b.append(text.isEmpty() ? " |" : " " + text + " |");
        }
        return b.append('\n').toString();
    }

    private static String md(List<Span> spans, boolean thaiDigits) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            String text = s.input() ? mdEscape(s.text()) : digits(s.text(), thaiDigits);
            b.append(s.bold() ? "**" + text + "**" : text);
        }
        return b.toString();
    }

    /**
     * Guards the start of a paragraph that begins with escaped input text, where Markdown reads
     * block markers that {@link #mdEscape} leaves alone inside a line: a {@code -} or {@code +}
     * followed by a space or the line's end (a list item), or a line of three or more {@code -} and
     * spaces (a rule), gets a backslash before it, as does the {@code .} or {@code )} after one to
     * nine leading ASCII digits when a space or the line's end follows (an ordered list item:
     * {@code 1\. }); leading spaces (four make a code block) are written {@code &#32;}. So
     * {@code -5}, {@code 1.5} or {@code 2565} stay as they are. A paragraph that begins with the
     * library's own text or with bold is left alone.
     *
     * @param line  the paragraph as Markdown
     * @param spans its spans
     * @return the paragraph, guarded when it begins with input text
     */
    static String mdLineStart(String line, List<Span> spans) {
        Span first = spans.stream().filter(s -> !s.text().isEmpty()).findFirst().orElse(null);
        if (first == null || !first.input() || first.bold()) {
            return line;
        }
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        String head = "&#32;".repeat(spaces);
        String rest = line.substring(spaces);
        if ((rest.startsWith("-") || rest.startsWith("+")) && blankAt(rest, 1) || rest.matches("-[- ]*-[- ]*-[- ]*")) {
            return head + "\\" + rest;
        }
        int digits = 0;
        while (digits < rest.length() && digits < 10 && rest.charAt(digits) >= '0' && rest.charAt(digits) <= '9') {
            digits++;
        }
        if (digits >= 1 && digits <= 9 && digits < rest.length() && (rest.charAt(digits) == '.' || rest.charAt(digits) == ')')
                && blankAt(rest, digits + 1)) {
            return head + rest.substring(0, digits) + "\\" + rest.substring(digits);
        }
        return head + rest;
    }

    /** Whether the line ends at i or has a space there, as after a list marker. */
    private static boolean blankAt(String line, int i) {
        return i >= line.length() || line.charAt(i) == ' ';
    }

    /**
     * Escapes text from the input so that it stays one line of plain text in a CommonMark or
     * GitHub-flavoured Markdown renderer (tables, strikethrough, task lists; GitHub's {@code $} math):
     * <ul>
     *   <li>{@code \ | * _ ` [ ] < > # ! ~ $} get a backslash, so no raw HTML, autolink in angle
     *       brackets, link, image, reference, emphasis, code span, strikethrough, math, heading,
     *       quote or table cell break can begin;</li>
     *   <li>{@code &} gets a backslash where it would begin an entity or a numeric character
     *       reference ({@code &lt;}, {@code &#60;}, {@code &#x3C;}), so the text shows as written;</li>
     *   <li>a newline, carriage return or tab becomes a space, so input never begins a line;</li>
     *   <li>the characters of {@link #hidden(char)} — other controls, bidirectional controls, line
     *       and paragraph separators, a lone surrogate — are written {@code \}{@code uXXXX}, in
     *       sight (a backslash before a letter is a backslash in Markdown).</li>
     * </ul>
     * Everything else — Thai, digits, {@code . , ; : ( ) - + = % / ' "}, a {@code &} in
     * {@code Q&A}, a zero-width space — is written unchanged. The start of a paragraph is guarded
     * further by {@link #mdLineStart}. A bare web address may still be shown as a link to itself by
     * renderers that link bare addresses (GitHub): the link is the text that is shown.
     *
     * @param s text from the input
     * @return the same text as Markdown
     */
    static String mdEscape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#', '!', '~', '$' -> b.append('\\').append(c);
                case '\n', '\r', '\t' -> b.append(' ');
                case '&' -> b.append(reference(s, i) ? "\\&" : "&");
                default -> {
                    if (hidden(c) || Character.isSurrogate(c) && !io.github.ita.internal.Text.pairedAt(s, i)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * @param c a character
     * @return whether it would act unseen on the text around it: a control character other than
     *     newline, carriage return and tab (C0, DEL, C1), a bidirectional control (U+061C, U+200E,
     *     U+200F, U+202A–U+202E, U+2066–U+2069) or a line or paragraph separator (U+2028, U+2029)
     */
    static boolean hidden(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7F && c <= 0x9F
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029';
    }

    /** Whether the {@code &} at i begins an entity ({@code &amp;}) or a numeric character reference ({@code &#38;}, {@code &#x26;}). */
    private static boolean reference(String s, int i) {
        int j = i + 1;
        int start;
        if (j < s.length() && s.charAt(j) == '#') {
            j++;
            boolean hex = j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            start = j;
            while (j < s.length() && j - start < 8 && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0 && s.charAt(j) < 0x80) {
                j++;
            }
        } else {
            start = j;
            while (j < s.length() && j - start < 32 && (s.charAt(j) < 0x80 && Character.isLetterOrDigit(s.charAt(j)))) {
                j++;
            }
            if (j > start && !Character.isLetter(s.charAt(start))) {
                return false;
            }
        }
        return j > start && j < s.length() && s.charAt(j) == ';';
    }

    private static String digits(String text, boolean thai) {
        return thai ? ThaiDigits.toThai(text) : text;
    }

    // ---- HTML ----------------------------------------------------------------------------------

    /**
     * The fonts of Thai government documents first — TH Sarabun New (the government's standard
     * font since 2010) and its older PSK cut, Sarabun (its open successor) — then Thai fonts the
     * systems bring: Laksaman (TLWG's metric twin of TH Sarabun PSK on Linux), Noto Sans Thai,
     * Leelawadee UI (Windows), Thonburi (macOS), Tahoma.
     */
    static final String FONTS = "'TH Sarabun New','TH SarabunPSK','Sarabun','Laksaman','Noto Sans Thai','Leelawadee UI',"
            + "'Thonburi',Tahoma,sans-serif";

    private static final String CSS = String.join("\n",
            "body{font-family:" + FONTS + ";margin:2em auto;max-width:60em;"
                    + "color:#1a1a1a;line-height:1.45}",
            "h1{font-size:1.5em;margin-bottom:.3em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}",
            "table{border-collapse:collapse;width:100%;margin:.5em 0;page-break-inside:auto}tr{page-break-inside:avoid}",
            "th,td{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}th{background:#eef1f5;text-align:left}",
            "td.n,th.n{text-align:right;white-space:nowrap}",
            ".badge{display:inline-block;padding:.1em .6em;border-radius:.4em;color:#fff;font-weight:bold;background:#555}",
            ".badge.good{background:#1b7f3b}.badge.bad{background:#b3261e}",
            "svg{max-width:100%;height:auto}figure{margin:1em 0}figcaption{font-size:.9em;color:#555}",
            "@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}a{color:inherit}}");

    String html(boolean thaiDigits) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(esc(digits(title, thaiDigits))).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
        for (Block block : blocks) {
            if (block instanceof Heading x) {
                h.append("<h").append(x.level()).append('>').append(html(x.spans(), thaiDigits))
                        .append("</h").append(x.level()).append(">\n");
            } else if (block instanceof Para p) {
                h.append("<p>").append(html(p.spans(), thaiDigits)).append("</p>\n");
            } else if (block instanceof Rule) {
                h.append("<hr>\n");
            } else if (block instanceof Chart c) {
                h.append(svg(c, thaiDigits));
            } else if (block instanceof Table t) {
                {
                    h.append("<table>\n<thead><tr>");
                    for (int i = 0; i < t.head().size(); i++) {
                        h.append(t.right()[i] ? "<th class=\"n\">" : "<th>").append(html(t.head().get(i), thaiDigits)).append("</th>");
                    }
                    h.append("</tr></thead>\n<tbody>\n");
                    for (List<List<Span>> row : t.rows()) {
                        h.append("<tr>");
                        for (int i = 0; i < row.size(); i++) {
                            h.append(i < t.right().length && t.right()[i] ? "<td class=\"n\">" : "<td>")
                                    .append(html(row.get(i), thaiDigits)).append("</td>");
                        }
                        h.append("</tr>\n");
                    }
                    h.append("</tbody>\n</table>\n");
                }
            }
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String html(List<Span> spans, boolean thaiDigits) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            String text = esc(s.input() ? s.text() : digits(s.text(), thaiDigits));
            if (s.href() != null) {
                text = "<a href=\"" + esc(s.href()) + "\" rel=\"noopener noreferrer\">" + text + "</a>";
            }
            if (s.badge() != null) {
                b.append("<span class=\"badge ").append(s.badge()).append("\">").append(text).append("</span>");
                continue;
            }
            b.append(s.bold() ? "<strong>" + text + "</strong>" : text);
        }
        return b.toString();
    }

    /** A badge: a rating or pass/fail, green when good. Markdown shows its text in bold. */
    static Span badge(String text, boolean good) {
        return new Span(text, Source.OWN, true, null, good ? "good" : "bad");
    }

    /**
     * @param s text
     * @return the text for HTML: {@code & < > " '} as references, a carriage return as a space and the
     *     characters of {@link #hidden(char)} (and a lone surrogate) as {@code \}{@code uXXXX}
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\r' -> b.append(' ');
                default -> {
                    if (hidden(c) || Character.isSurrogate(c) && !io.github.ita.internal.Text.pairedAt(s, i)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * The chart as inline SVG. No two texts overlap and none is struck through: the pass mark's
     * number stands on the axis beside the grid's (which gives way when closer than six points); a
     * bar's number stands above the bar, or inside its top in white when the pass-mark line would
     * run through it; a number or label wider than its bar's slot is set smaller, down to six pixels,
     * and left out below that (the bar's tooltip still tells it).
     */
    private static String svg(Chart c, boolean thaiDigits) {
        int n = c.labels().size();
        int w = 640;
        int h = 260;
        int left = 36;
        int bottom = 30;
        int top = 12;
        double plot = h - bottom - top;
        double slot = (double) (w - left - 10) / Math.max(1, n);
        double mark = c.mark().doubleValue();
        double my = top + plot * (1 - mark / 100.0);
        StringBuilder s = new StringBuilder();
        s.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-label=\"").append(esc(digits(c.caption(), thaiDigits))).append("\">\n");
        for (int y = 0; y <= 100; y += 25) {
            double yy = top + plot * (1 - y / 100.0);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", left, yy, w - 10, yy));
            if (Math.abs(y - mark) >= 6) {
                s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                        left - 4, yy + 3, digits(String.valueOf(y), thaiDigits)));
            }
            s.append('\n');
        }
        for (int i = 0; i < n; i++) {
            BigDecimal v = c.values().get(i);
            double x = left + i * slot + slot * 0.15;
            double bw = slot * 0.7;
            if (v != null) {
                double bh = plot * v.doubleValue() / 100.0;
                double barTop = top + plot - bh;
                boolean pass = v.compareTo(c.mark()) >= 0;
                s.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                + "<title>%s</title></rect>%n", x, barTop, bw, bh, pass ? "#1b7f3b" : "#b3261e",
                        esc(c.labels().get(i) + ": " + digits(v.toPlainString(), thaiDigits))));
                double[] range = c.ranges().get(i);
                double above = barTop;
                if (range != null) {
                    // the interval as an error bar: a line from low to high with short caps
                    double yLow = top + plot * (1 - range[0] / 100.0);
                    double yHigh = top + plot * (1 - range[1] / 100.0);
                    double cx = x + bw / 2;
                    double cap = Math.min(6, bw / 4);
                    s.append(String.format(Locale.ROOT, "<path class=\"err\" d=\"M%.1f %.1fV%.1fM%.1f %.1fH%.1fM%.1f %.1fH%.1f\" "
                                    + "stroke=\"#1a1a1a\" stroke-width=\"1.2\" fill=\"none\"/>%n",
                            cx, yLow, yHigh, cx - cap, yLow, cx + cap, cx - cap, yHigh, cx + cap));
                    above = Math.min(barTop, yHigh);
                }
                String value = digits(v.toPlainString(), thaiDigits);
                double size = fit(value, slot, 10);
                if (size > 0) {
                    double y = above - 3;
                    String fill = "";
                    if (my >= y - 0.75 * size - 2 && my <= y + 4) {   // the dashed line would strike it through or touch it
                        if (range != null) {
                            y = Math.min(y, my - 4);   // above the line: inside the bar the error bar would cross it
                        } else if (bh >= size + 4) {
                            y = barTop + size + 1;
                            fill = " fill=\"#fff\"";
                        } else {
                            y = my - 3;
                        }
                    }
                    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%s\" text-anchor=\"middle\"%s>%s</text>%n",
                            x + bw / 2, y, size(size), fill, esc(value)));
                }
            }
            String label = c.labels().get(i);
            double size = fit(label, slot, 11);
            if (size > 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"%s\" text-anchor=\"middle\">%s</text>%n",
                        x + bw / 2, h - bottom + 14, size(size), esc(label)));
            }
        }
        s.append(String.format(Locale.ROOT, "<line class=\"mark\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#1a1a1a\" "
                + "stroke-dasharray=\"6 3\"/>%n", left, my, w - 10, my));
        s.append(String.format(Locale.ROOT, "<text class=\"mark\" x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" font-weight=\"bold\">%s</text>%n",
                left - 4, my + 3, esc(digits(c.mark().stripTrailingZeros().toPlainString(), thaiDigits))));
        s.append("</svg>\n<figcaption>").append(esc(digits(c.caption(), thaiDigits))).append("</figcaption>\n</figure>\n");
        return s.toString();
    }

    /**
     * @param text  a number or label
     * @param slot  the width of its bar's slot
     * @param size  the font size wanted
     * @return the largest size up to that at which the text fits its slot (a character taken as
     *     0.62 of the size wide, Thai vowels and tone marks above or below a letter as nothing), or 0
     *     when even six pixels do not fit
     */
    static double fit(String text, double slot, double size) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            int t = Character.getType(text.charAt(i));
            if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK) {
                columns++;
            }
        }
        double room = slot - 2;
        double fits = columns == 0 ? size : room / (0.62 * columns);
        double chosen = Math.min(size, Math.floor(fits * 2) / 2);
        return chosen >= 6 ? chosen : 0;
    }

    private static String size(double size) {
        return size == Math.rint(size) ? String.valueOf((int) size) : String.valueOf(size);
    }
}

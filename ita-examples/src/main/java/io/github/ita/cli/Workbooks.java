package io.github.ita.cli;

import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.analysis.BatchSummary;
import io.github.ita.analysis.Summary;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Indicator;
import io.github.ita.edition.Language;
import io.github.ita.edition.Rating;
import io.github.ita.edition.Tool;
import io.github.ita.io.Provenance;
import io.github.ita.scoring.Overview;
import io.github.ita.scoring.Result;
import io.github.ita.scoring.ResultNode;
import io.github.ita.scoring.Score;
import io.github.ita.scoring.Uncertainty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code --format xlsx}: an Excel workbook (written with fastexcel) of a batch or of one result.
 *
 * <p>Scores are numeric cells (the scores as shown, two decimals); text from the input (agency ids and
 * names, group values) and from the edition is written as shared strings, which a spreadsheet never runs
 * as a formula. Headers are in the report language, the header row frozen. The bytes depend only on the
 * input: fastexcel stamps {@code docProps/core.xml} with the time of writing, so the workbook is rewritten
 * with that stamp replaced by the provenance's timestamp ({@code --timestamp}) or left out, and with every
 * zip entry dated 1980-02-01 in MS-DOS time alone (no extended time field), so no time zone enters the bytes.
 */
final class Workbooks {

    private static final int ID = 14;
    private static final int NAME = 40;
    private static final int NUMBER = 10;

    private Workbooks() {
    }

    /** A batch's workbook: a summary sheet and a sheet with a row per agency, filled as results come. */
    static final class Batch {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Workbook wb;
        private final Worksheet summarySheet;
        private final Worksheet agencies;
        private final Language lang;
        private final Provenance provenance;
        private int row = 1;

        Batch(Edition edition, Language lang, Provenance provenance) {
            this.lang = lang;
            this.provenance = provenance;
            wb = new Workbook(bytes, "ita", null);
            summarySheet = wb.newWorksheet(t(lang, "สรุป", "Summary"));
            agencies = wb.newWorksheet(t(lang, "หน่วยงาน", "Agencies"));
            List<String> head = new ArrayList<>(List.of(t(lang, "รหัสหน่วยงาน", "Agency"), t(lang, "ชื่อหน่วยงาน", "Name"),
                    t(lang, "คะแนนรวม", "Total"), t(lang, "ระดับ", "Rating"), t(lang, "ผ่านเกณฑ์", "Passed")));
            edition.tools().forEach(tool -> head.add(tool.id()));
            for (Tool tool : edition.tools()) {
                for (Indicator i : tool.indicators()) {
                    head.add(i.id());
                }
            }
            head.addAll(List.of(t(lang, "คะแนนรวม ช่วงล่าง", "Total, low"), t(lang, "คะแนนรวม ช่วงบน", "Total, high"),
                    t(lang, "โอกาสถึงเกณฑ์", "Chance of the pass mark"), t(lang, "ผ่านหรือไม่อยู่ในช่วงคลาดเคลื่อน", "Pass in doubt")));
            header(agencies, head);
            agencies.width(0, ID);
            agencies.width(1, NAME);
            for (int c = 2; c < head.size(); c++) {
                agencies.width(c, NUMBER);
            }
        }

        /**
         * @param o an agency's overview
         * @return its row, to be written by {@link #add} in the batch's order
         */
        static Object[] row(Overview o) {
            List<Object> cells = new ArrayList<>();
            cells.add(o.agency().id());
            cells.add(o.agency().name());
            cells.add(o.total().map(Score::shown).orElse(null));
            cells.add(o.rating().map(Enum::name).orElse(null));
            cells.add(o.passed().orElse(null));
            for (Optional<Score> t : o.tools()) {
                cells.add(t.map(Score::shown).orElse(null));
            }
            for (Optional<Score> i : o.indicators()) {
                cells.add(i.map(Score::shown).orElse(null));
            }
            Uncertainty u = o.uncertainty().filter(Uncertainty::isEstimated).orElse(null);
            cells.add(u == null ? null : Uncertainty.shown(u.low()));
            cells.add(u == null ? null : Uncertainty.shown(u.high()));
            cells.add(u == null ? null : Uncertainty.shownChance(o.chanceAtLeastPassMark().getAsDouble()));
            cells.add(u == null ? null : new Word(o.passInDoubt()));
            return cells.toArray();
        }

        /** @param cells an agency's row, from {@link #row} */
        void add(Object[] cells) {
            for (int c = 0; c < cells.length; c++) {
                cell(agencies, row, c, cells[c], lang);
            }
            row++;
        }

        /**
         * Writes the summary sheet and the workbook.
         *
         * @param summary the batch's summaries
         * @param out     where to write
         * @throws IOException when it cannot be written
         */
        void finish(BatchSummary summary, OutputStream out) throws IOException {
            summary(summarySheet, summary, lang, provenance);
            wb.finish();
            out.write(deterministic(bytes.toByteArray(), provenance));
        }
    }

    private static void summary(Worksheet ws, BatchSummary batch, Language lang, Provenance provenance) {
        Edition e = batch.edition();
        Summary s = batch.all();
        ws.width(0, 34);
        for (int c = 1; c < 7; c++) {
            ws.width(c, 14);
        }
        int r = 0;
        ws.value(r, 0, t(lang, "สรุปผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ", "ITA results summary, fiscal year ") + e.fiscalYear());
        ws.style(r, 0).bold().set();
        r += 2;
        Object[][] figures = {
            {t(lang, "จำนวนหน่วยงาน", "Agencies"), s.agencies()},
            {t(lang, "มีคะแนนรวม", "With a total"), s.withTotal()},
            {t(lang, "เกณฑ์ผ่าน (คะแนน)", "Pass mark"), e.passMark()},
            {t(lang, "ผ่านเกณฑ์ (หน่วยงาน)", "Reaching the pass mark"), s.passing()},
            {t(lang, "ร้อยละที่ผ่าน", "Share passing (%)"), s.passingShare().orElse(null)},
            {t(lang, "ผ่านหรือไม่อยู่ในช่วงคลาดเคลื่อน (หน่วยงาน)", "Pass or fail in doubt (agencies)"),
                s.passInDoubt().isPresent() ? (Object) s.passInDoubt().getAsInt() : null},
            {t(lang, "เป้าหมาย (ร้อยละ)", "Target (%)"), s.target()},
            {t(lang, "บรรลุเป้าหมาย", "Target met"), s.targetMet().map(m -> m ? t(lang, "บรรลุ", "met") : t(lang, "ไม่บรรลุ", "not met"))
                    .orElse(null)},
            {t(lang, "ค่าเฉลี่ย", "Mean"), s.mean().orElse(null)},
            {t(lang, "มัธยฐาน", "Median"), s.median().orElse(null)},
            {t(lang, "ส่วนเบี่ยงเบนมาตรฐาน", "Std. deviation"), s.standardDeviation().orElse(null)},
            {"Q1", s.q1().orElse(null)},
            {"Q3", s.q3().orElse(null)},
            {t(lang, "ต่ำสุด", "Min"), s.min().orElse(null)},
            {t(lang, "สูงสุด", "Max"), s.max().orElse(null)},
        };
        for (Object[] f : figures) {
            ws.value(r, 0, (String) f[0]);
            cell(ws, r++, 1, f[1], lang);
        }
        r++;
        ws.value(r, 0, t(lang, "ระดับผลการประเมิน", "Ratings"));
        ws.value(r, 1, t(lang, "หน่วยงาน", "Agencies"));
        ws.style(r, 0).bold().set();
        ws.style(r, 1).bold().set();
        r++;
        for (Map.Entry<Rating, Integer> rating : s.ratings().entrySet()) {
            ws.value(r, 0, rating.getKey().name());
            ws.value(r++, 1, rating.getValue());
        }
        r++;
        r = table(ws, r, List.of(t(lang, "เครื่องมือ / ตัวชี้วัด", "Tool / indicator"), t(lang, "หน่วยงาน", "Agencies"),
                t(lang, "ค่าเฉลี่ย", "Mean"), t(lang, "ผ่านเกณฑ์", "Passing"), t(lang, "ร้อยละที่ผ่าน", "Share passing")));
        for (Summary.NodeFigures n : s.tools()) {
            r = nodeRow(ws, r, n.id(), n, lang);
            for (Indicator in : e.tool(n.id()).indicators()) {
                for (Summary.NodeFigures f : s.indicators()) {
                    if (f.id().equals(in.id())) {
                        r = nodeRow(ws, r, f.id() + " " + in.label().in(lang), f, lang);
                    }
                }
            }
        }
        if (batch.groupBy().isPresent()) {
            r++;
            r = table(ws, r, List.of(t(lang, "แยกตาม ", "By ") + batch.groupBy().get(), t(lang, "หน่วยงาน", "Agencies"),
                    t(lang, "ค่าเฉลี่ย", "Mean"), t(lang, "ผ่านเกณฑ์", "Passing"), t(lang, "ร้อยละที่ผ่าน", "Share passing"),
                    t(lang, "เป้าหมาย", "Target")));
            for (Map.Entry<String, Summary> g : batch.groups().entrySet()) {
                Summary gs = g.getValue();
                ws.value(r, 0, g.getKey().isEmpty() ? "–" : text(g.getKey()));
                ws.value(r, 1, gs.agencies());
                cell(ws, r, 2, gs.mean().orElse(null), lang);
                ws.value(r, 3, gs.passing());
                cell(ws, r, 4, gs.passingShare().orElse(null), lang);
                cell(ws, r++, 5, gs.targetMet().map(m -> m ? t(lang, "บรรลุ", "met") : t(lang, "ไม่บรรลุ", "not met")).orElse(null), lang);
            }
        }
        r++;
        ws.value(r, 0, provenance.line());
    }

    private static int nodeRow(Worksheet ws, int r, String label, Summary.NodeFigures n, Language lang) {
        ws.value(r, 0, label);
        ws.value(r, 1, n.agencies());
        cell(ws, r, 2, n.mean(), lang);
        ws.value(r, 3, n.passing());
        cell(ws, r, 4, n.share(), lang);
        return r + 1;
    }

    private static int table(Worksheet ws, int r, List<String> head) {
        for (int c = 0; c < head.size(); c++) {
            ws.value(r, c, head.get(c));
            ws.style(r, c).bold().set();
        }
        return r + 1;
    }

    /**
     * One agency's result as a workbook: a sheet with its total, then its tools, indicators and questions as rows.
     *
     * @param result     the result
     * @param lang       the language of the headers and labels
     * @param provenance how it was made
     * @param out        where to write
     * @throws IOException when it cannot be written
     */
    static void result(Result result, Language lang, Provenance provenance, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "ita", null);
        Worksheet ws = wb.newWorksheet(t(lang, "ผลการประเมิน", "Result"));
        header(ws, List.of(t(lang, "ระดับ", "Level"), t(lang, "รหัส", "Id"), t(lang, "ชื่อ", "Name"), t(lang, "คะแนน", "Score"),
                t(lang, "ผ่านเกณฑ์", "Passed"), t(lang, "ผลการประเมิน", "Rating"),
                t(lang, "ช่วงความเชื่อมั่น ล่าง", "Interval, low"), t(lang, "ช่วงความเชื่อมั่น บน", "Interval, high")));
        ws.width(0, 14);
        ws.width(1, ID);
        ws.width(2, 60);
        ws.width(3, NUMBER);
        ws.width(4, NUMBER);
        ws.width(5, NUMBER);
        ws.value(1, 0, t(lang, "หน่วยงาน", "Agency"));
        cell(ws, 1, 1, result.agency().id(), lang);
        cell(ws, 1, 2, result.agency().name(), lang);
        cell(ws, 1, 3, result.total().map(Score::shown).orElse(null), lang);
        cell(ws, 1, 4, result.passed().orElse(null), lang);
        cell(ws, 1, 5, result.rating().map(Enum::name).orElse(null), lang);
        interval(ws, 1, result.uncertainty().orElse(null), lang);
        int r = 2;
        for (ResultNode n : (Iterable<ResultNode>) result.nodes()::iterator) {
            ws.value(r, 0, level(n, lang));
            ws.value(r, 1, n.id());
            ws.value(r, 2, n.label().in(lang));
            cell(ws, r, 3, n.score().map(Score::shown).orElse(null), lang);
            cell(ws, r, 4, n.passed().orElse(null), lang);
            interval(ws, r++, n.uncertainty().orElse(null), lang);
        }
        r++;
        ws.value(r, 0, provenance.line());
        wb.finish();
        out.write(deterministic(bytes.toByteArray(), provenance));
    }

    /** The interval's ends in columns 6 and 7, when estimated (from answers, two respondents or more). */
    private static void interval(Worksheet ws, int r, Uncertainty u, Language lang) {
        if (u != null && u.isEstimated()) {
            cell(ws, r, 6, Uncertainty.shown(u.low()), lang);
            cell(ws, r, 7, Uncertainty.shown(u.high()), lang);
        }
    }

    /** A yes or no that is not a pass or fail. */
    record Word(boolean yes) {
    }

    private static String level(ResultNode n, Language lang) {
        return switch (n.level()) {
            case TOOL -> t(lang, "เครื่องมือ", "tool");
            case INDICATOR -> t(lang, "ตัวชี้วัด", "indicator");
            case SUB_INDICATOR -> t(lang, "ตัวชี้วัดย่อย", "sub-indicator");
            case QUESTION -> t(lang, "ข้อคำถาม", "question");
            case ITEM -> t(lang, "ข้อย่อย", "item");
        };
    }

    private static void header(Worksheet ws, List<String> head) {
        for (int c = 0; c < head.size(); c++) {
            ws.value(0, c, head.get(c));
            ws.style(0, c).bold().set();
        }
        ws.freezePane(0, 1);
    }

    /** A cell: a number as a number, yes / no as the report words, text as a string, nothing as an empty cell. */
    private static void cell(Worksheet ws, int r, int c, Object v, Language lang) {
        if (v instanceof BigDecimal d) {
            ws.value(r, c, d);
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b ? t(lang, "ผ่าน", "yes") : t(lang, "ไม่ผ่าน", "no"));
        } else if (v instanceof Word w) {
            ws.value(r, c, w.yes() ? t(lang, "ใช่", "yes") : t(lang, "ไม่", "no"));
        } else if (v != null) {
            ws.value(r, c, text(v.toString()));
        }
    }

    /** The most characters an Excel cell holds. */
    static final int CELL_LIMIT = 32_767;

    /**
     * @param s text for a cell
     * @return the text, when a cell can hold it
     * @throws MalformedInputException when it is longer than Excel lets a cell be, rather than a
     *     workbook that Excel repairs or cuts on opening
     */
    static String text(String s) {
        if (s.length() > CELL_LIMIT) {
            throw new MalformedInputException(Location.NONE, "an Excel cell holds at most 32,767 characters, and a text to write has "
                    + s.length() + ": " + ItaException.clip(s) + "; use --format csv or json", s);
        }
        return s;
    }

    private static String t(Language lang, String thai, String english) {
        return lang == Language.EN ? english : thai;
    }

    /**
     * The date of every zip entry, as reproducible builds date theirs. Not 1980-01-01 00:00: ZipEntry takes that MS-DOS time for "before 1980" and adds an extended
     * time field, in UTC, which differs from one time zone to the next.
     */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    /**
     * @param xlsx       a workbook as fastexcel wrote it
     * @param provenance its provenance: its timestamp, if any, becomes the workbook's creation date
     * @return the same workbook with no time of writing in it: the same input gives the same bytes
     */
    static byte[] deterministic(byte[] xlsx, Provenance provenance) {
        // java.util.zip.ZipInputStream refuses fastexcel's entries (sizes only in the data descriptor): read the
        // central directory with ZipFile, from a temporary file
        java.nio.file.Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempFile("ita-", ".xlsx");
            java.nio.file.Files.write(tmp, xlsx);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(xlsx.length + 1024);
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(tmp.toFile(), StandardCharsets.UTF_8);
                 ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    byte[] data;
                    try (java.io.InputStream entry = in.getInputStream(e)) {
                        data = entry.readAllBytes();
                    }
                    if (e.getName().equals("docProps/core.xml")) {
                        String created = provenance.timestamp() == null ? ""
                                : "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + provenance.timestamp() + "</dcterms:created>";
                        data = new String(data, StandardCharsets.UTF_8)
                                .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", created)
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(ZIP_TIME);
                    out.putNextEntry(copy);
                    out.write(data);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is no reason to fail
                }
            }
        }
    }
}

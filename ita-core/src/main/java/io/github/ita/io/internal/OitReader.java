package io.github.ita.io.internal;

import io.github.ita.DuplicateIdException;
import io.github.ita.InvalidAnswerException;
import io.github.ita.ItaException;
import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.MissingAnswerException;
import io.github.ita.UnknownIdException;
import io.github.ita.analysis.BatchTally;
import io.github.ita.edition.Component;
import io.github.ita.edition.Edition;
import io.github.ita.edition.Question;
import io.github.ita.edition.Tool;
import io.github.ita.edition.ToolKind;
import io.github.ita.internal.Components;
import io.github.ita.internal.Ids;
import io.github.ita.internal.Text;
import io.github.ita.response.OitAnswer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads an oit.csv, the checklist, into a batch: a row per agency and item. */
final class OitReader {

    private static final OitAnswer NOT_PUBLISHED = OitAnswer.notPublished();

    private OitReader() {
    }

    /**
     * @param csv      the file's rows
     * @param into     the batch
     * @param known    the agencies allowed, or {@code null} for any
     * @param progress counts the rows read
     * @return each agency of the file → the line of its first row
     */
    static Map<String, Integer> read(CsvRows csv, BatchTally into, Directory known, Progress progress) {
        String file = csv.file;
        Map<String, Integer> firstLines = new HashMap<>();
        List<String> header = csv.header(List.of("agency", "item", "published"));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = Ids.normal(header.get(i));
            if (!Set.of("agency", "item", "published", "url", "note", "components").contains(name)) {
                throw new MalformedInputException(new Location(file, csv.line, 0, "column " + Text.clip(name), null, null),
                        "unknown column (allowed: agency, item, published, url, note, components)", header.get(i));
            }
            if (col.putIfAbsent(name, i) != null) {
                throw new DuplicateIdException(new Location(file, csv.line, 0, "column " + name, null, null),
                        "column " + Text.clip(name) + " appears twice", name);
            }
        }
        OitRow reader = new OitRow(header.size(), col.get("url"), col.get("note"), col.get("components"), into, known,
                firstLines);
        if (csv instanceof ByteRows bytes && col.get("components") == null) {
            // an agency's first row (or a row for the text path) by OitRow.first, the rows after it by its run
            AgencyRuns.readAll(bytes, reader, progress, false);
            return firstLines;
        }
        List<String> row;
        while ((row = csv.next()) != null) {
            reader.read(csv, row);
            progress.read(1, false);
        }
        return firstLines;
    }

    /** Reads the rows of an oit.csv, one at a time. */
    private static final class OitRow implements AgencyRuns {
        private final int width;
        private final Integer url;
        private final Integer note;
        private final Integer components;
        private final BatchTally into;
        private final Directory known;
        private final Map<String, Integer> firstLines;
        private final AgencyCell agencies = new AgencyCell();
        private String checked;

        OitRow(int width, Integer url, Integer note, Integer components, BatchTally into, Directory known,
               Map<String, Integer> firstLines) {
            this.width = width;
            this.url = url;
            this.note = note;
            this.components = components;
            this.into = into;
            this.known = known;
            this.firstLines = firstLines;
            List<String> ids = new ArrayList<>();
            for (Question q : into.scorer().edition().questions()) {
                if (q.isChecklistItem()) {
                    ids.add(q.id());
                }
            }
            this.items = ids.toArray(new String[0]);
            this.itemKeys = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                byte[] b = items[i].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                boolean printable = b.length >= 1 && b.length <= 7 && items[i].chars().allMatch(ch -> ch > ' ' && ch < 0x7f);
                itemKeys[i] = printable ? CodedRows.packed(b, 0, b.length) | (long) b.length << 56 : -1;
            }
        }

        /**
         * The edition's checklist item ids, and each one's bytes packed with its length when it is 1 to 7
         * printable ASCII characters (-1 for another).
         */
        private final String[] items;
        private final long[] itemKeys;
        /** The item of the row before: rows follow the checklist's order, so the next one is looked at first. */
        private int lastItem = -1;

        void read(CsvRows csv, List<String> row) {
            if (row.size() != width) {
                throw new MalformedInputException(csv.at(null), "the row has " + row.size() + " cells, the header " + width);
            }
            String agency = agency(csv, row.get(0));
            String item = Ids.normal(row.get(1));
            boolean published = published(row.get(2), csv);
            String u = cell(row, url);
            String n = cell(row, note);
            List<String> c = null;
            if (components != null && !row.get(components).isBlank()) {
                c = Arrays.stream(row.get(components).split(";")).map(Ids::normal).filter(x -> !x.isEmpty()).toList();
                checkComponents(csv, item, c);
            }
            add(csv, agency, item, published, u, n, c);
        }

        /**
         * Refuses, at the row's components cell, a component the item does not have or one given twice. (An item
         * that is not one of the edition's is refused later, as without components.)
         */
        private void checkComponents(CsvRows csv, String item, List<String> given) {
            Question q = into.scorer().edition().findQuestion(item).orElse(null);
            if (q == null || !q.isChecklistItem()) {
                return;
            }
            Components.check(item, q.components().stream().map(Component::id).toList(), given,
                    csv.at("components").withQuestion(item));
        }

        /**
         * The fast path of {@link #read(CsvRows, List)}, for a file with no components column: the item
         * matched among the edition's by its bytes, and published by its bytes when it is one of the
         * usual words; anything else is read from its text as the other path reads it.
         */
        void read(ByteRows csv) {
            if (csv.cells() != width) {
                read(csv, csv.cellsOfRow());   // which names the problem
                return;
            }
            String agency = checked(csv, agencies.of(csv));
            readRest(csv, agency);
            current = into.checklist(agency);
        }

        /** The checklist of the agency of the last row {@link #read(ByteRows)} read, or null. */
        private BatchTally.Checklist current;
        private boolean ended;

        @Override
        public boolean ended() {
            return ended;
        }

        @Override
        public void first(ByteRows csv) {
            read(csv);
        }

        /**
         * Reads the row at hand and the rows after it while they are rows of the agency of the last row that
         * {@link #read(ByteRows)} read, with every cell as the fast path takes it: the row path of the file, with
         * none of the calls an agency's first row needs (see docs/engine-notes.md).
         *
         * @return the rows read; the row at hand is then one for {@link #read(ByteRows)}, unless {@link #ended}
         */
        @Override
        public int run(ByteRows csv) {
            BatchTally.Checklist list = current;
            if (list == null) {
                return 0;
            }
            int n = 0;
            do {
                if (csv.cells() != width || !agencies.same(csv)) {
                    return n;
                }
                String item = itemOf(csv);
                int yes = publishedOf(csv);
                if (item == null || yes < 0) {
                    return n;
                }
                String u = url == null ? null : nonEmpty(csv.newCell(url));
                String no = note == null ? null : nonEmpty(csv.newCell(note));
                try {
                    list.add(item, answer(yes == 1, u, no, null));
                } catch (ItaException e) {
                    throw e.within(csv.at("item"));
                }
                n++;
            } while (csv.advance());
            ended = true;
            return n;
        }

        /** Reads the cells of a row after its agency (see {@link #read(ByteRows)}). */
        private void readRest(ByteRows csv, String agency) {
            String item = itemOf(csv);
            if (item == null) {
                item = Ids.normal(csv.cell(1));
            }
            int yes = publishedOf(csv);
            boolean published = yes >= 0 ? yes == 1 : published(csv.cell(2), csv);
            String u = url == null ? null : nonEmpty(csv.newCell(url));
            String n = note == null ? null : nonEmpty(csv.newCell(note));
            add(csv, agency, item, published, u, n, null);
        }

        /** @return the agency of a row, checked against agencies.csv once for its rows, which come together */
        private String agency(CsvRows csv, String cell) {
            return checked(csv, Ids.normal(cell));
        }

        /** @return the agency, normalised, checked against agencies.csv once for its rows */
        private String checked(CsvRows csv, String agency) {
            if (!agency.equals(checked)) {
                if (agency.isEmpty()) {
                    throw new MalformedInputException(csv.at("agency"), "empty agency id");
                }
                if (known != null && !known.lists(agency)) {
                    throw new UnknownIdException(csv.at("agency"), "agency " + Text.clip(agency) + " is not in " + known.file(), agency);
                }
                firstLines.putIfAbsent(agency, csv.line);
                checked = agency;
            }
            return agency;
        }

        /**
         * @return the edition's id of the row's item when its cell is that id's bytes (printable ASCII,
         *         which {@link Ids#normal} keeps as it is, no quote doubled); null otherwise
         */
        private String itemOf(ByteRows csv) {
            int s = csv.start(1);
            int len = csv.end(1) - s;
            if (len < 1 || len > 7 || !csv.plain(1)) {
                return null;
            }
            byte[] b = csv.bytes();
            for (int k = s; k < s + len; k++) {
                if (b[k] <= ' ' || b[k] >= 0x7f) {
                    return null;
                }
            }
            long key = CodedRows.packed(b, s, len) | (long) len << 56;
            int next = lastItem + 1;
            if (next < itemKeys.length && itemKeys[next] == key) {
                lastItem = next;
                return items[next];
            }
            for (int i = 0; i < itemKeys.length; i++) {
                if (itemKeys[i] == key) {
                    lastItem = i;
                    return items[i];
                }
            }
            return null;
        }

        /**
         * @return 1 or 0 when the published cell is one of yes, no, true, false, 1, 0 as written here; -1
         *         otherwise. These are the ASCII words of {@link OitReader#published}, whose switch stays the one
         *         list: a word taken out there must go here too (BatchCsvReaderEdgesTest reads each both ways).
         */
        private static int publishedOf(ByteRows csv) {
            int s = csv.start(2);
            int len = csv.end(2) - s;
            byte[] b = csv.bytes();
            if (len == 1) {
                return b[s] == '1' ? 1 : b[s] == '0' ? 0 : -1;
            }
            if (len == 3 && b[s] == 'y' && b[s + 1] == 'e' && b[s + 2] == 's') {
                return 1;
            }
            if (len == 2 && b[s] == 'n' && b[s + 1] == 'o') {
                return 0;
            }
            if (len == 4 && b[s] == 't' && b[s + 1] == 'r' && b[s + 2] == 'u' && b[s + 3] == 'e') {
                return 1;
            }
            if (len == 5 && b[s] == 'f' && b[s + 1] == 'a' && b[s + 2] == 'l' && b[s + 3] == 's' && b[s + 4] == 'e') {
                return 0;
            }
            return -1;
        }

        private void add(CsvRows csv, String agency, String item, boolean published, String u, String n, List<String> c) {
            try {
                into.oit(agency, item, answer(published, u, n, c));
            } catch (ItaException e) {
                throw e.within(csv.at("item"));
            }
        }
    }

    /** @return a row's answer: the shared one for an item not published with nothing else given */
    private static OitAnswer answer(boolean published, String url, String note, List<String> components) {
        return !published && url == null && note == null && components == null
                ? NOT_PUBLISHED : new OitAnswer(published, url, note, components);
    }

    private static String nonEmpty(String v) {
        return v.isEmpty() ? null : v;
    }

    private static String cell(List<String> row, Integer index) {
        if (index == null) {
            return null;
        }
        String v = row.get(index);
        return v.isEmpty() ? null : v;
    }

    /** The words published takes; the byte path's {@code OitRow.publishedOf} reads the ASCII ones by their bytes. */
    private static boolean published(String v, CsvRows csv) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            // the words of the edition's yes/no scale too, as a form gives them
            case "yes", "true", "มี", "ใช่", "มี / ใช่", "1" -> true;
            case "no", "false", "ไม่มี", "ไม่ใช่", "ไม่มี / ไม่ใช่", "0" -> false;
            default -> throw new InvalidAnswerException(csv.at("published"), "published must be yes/no, true/false or มี/ไม่มี, not \""
                    + Text.clip(v) + "\"", v, List.of("yes", "no", "true", "false", "มี", "ไม่มี", "1", "0"));
        };
    }

    /**
     * Refuses an agency of oit.csv that leaves out an item of the checklist, as the scorer would
     * (missing answers an error), but naming oit.csv and the line of the agency's first row.
     */
    static void checkComplete(Path oit, Map<String, Integer> firstLines, BatchTally tally, Edition edition) {
        List<Tool> checklists = new ArrayList<>();
        List<List<Question>> items = new ArrayList<>();
        for (Tool tool : edition.tools()) {
            if (tool.kind() != ToolKind.SURVEY) {
                checklists.add(tool);
                items.add(tool.questions());   // a new list at each call: taken once, not once an agency
            }
        }
        List<Map.Entry<String, Integer>> agencies = new ArrayList<>(firstLines.entrySet());
        agencies.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Integer> a : agencies) {
            for (int t = 0; t < checklists.size(); t++) {
                int missing = firstMissing(tally, a.getKey(), items.get(t));
                if (missing >= 0) {
                    Question q = items.get(t).get(missing);
                    throw new MissingAnswerException(new Location(oit.toString(), a.getValue(), 0,
                            "agency " + Text.clip(a.getKey()), null, q.id()), checklists.get(t).id() + " item " + q.id()
                            + " is not in the checklist (give it as published or not)");
                }
            }
        }
    }

    /** @return the index of the first item the agency leaves out of a checklist it gives some of; -1 when none or all are given */
    private static int firstMissing(BatchTally tally, String agency, List<Question> items) {
        int first = -1;
        boolean some = false;
        for (int i = 0; i < items.size(); i++) {
            if (tally.givesOitItem(agency, items.get(i).id())) {
                some = true;
            } else if (first < 0) {
                first = i;
            }
        }
        return some ? first : -1;
    }
}

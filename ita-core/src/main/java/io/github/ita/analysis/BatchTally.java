package io.github.ita.analysis;

import io.github.ita.DuplicateIdException;
import io.github.ita.Location;
import io.github.ita.UnknownIdException;
import io.github.ita.analysis.internal.OitSheet;
import io.github.ita.analysis.internal.RespondentIds;
import io.github.ita.analysis.internal.ToolRespondentIds;
import io.github.ita.internal.Text;
import io.github.ita.response.Agency;
import io.github.ita.response.OitAnswer;
import io.github.ita.response.Respondent;
import io.github.ita.scoring.Columns;
import io.github.ita.scoring.Scorer;
import io.github.ita.scoring.Tally;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Many agencies' answers, counted as they are read: one {@link Tally} per agency, its OIT
 * checklist, and the agency's name and attributes (province, ministry, type…). Memory grows with
 * agencies × questions and a few bytes per respondent id, never with the answers themselves.
 * Feed it from any source of rows; give each thread its own and {@link #merge} them. Not thread-safe.
 * An agency past a million respondents keeps their ids in a temporary file; {@link #close} deletes it.
 *
 * <pre>{@code
 * BatchTally batch = BatchScorer.of(scorer).newTally();
 * Columns iit = scorer.columns("IIT", header);
 * for (Row row : rows) batch.add(row.agency(), iit, row.respondent(), row.cells());
 * BatchResult result = BatchScorer.of(scorer).score(batch, BatchOptions.DEFAULT);
 * }</pre>
 */
public final class BatchTally implements AutoCloseable {

    private final Scorer scorer;
    private final Map<String, AgencyState> agencies = new HashMap<>();
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final String[] items;
    private final int idsInMemory;
    private long rows;

    static final class AgencyState {
        final Tally tally;
        final ToolRespondentIds ids;
        /** OIT answers by the index of the item among the edition's checklist items; null when none is given. */
        OitSheet oit;
        Agency agency;
        Map<String, String> attributes = Map.of();

        AgencyState(Scorer scorer, String id, int idsInMemory) {
            this.tally = scorer.newTally();
            this.ids = new ToolRespondentIds(idsInMemory);
            this.agency = new Agency(id, "");
        }
    }

    BatchTally(Scorer scorer) {
        this(scorer, RespondentIds.IN_MEMORY);
    }

    /** As the other constructor, keeping at most {@code idsInMemory} respondent ids of an agency's tool in memory (for tests). */
    BatchTally(Scorer scorer, int idsInMemory) {
        this.idsInMemory = idsInMemory;
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.items = scorer.edition().questions().stream().filter(q -> q.isChecklistItem()).map(q -> q.id())
                .toArray(String[]::new);
        for (int i = 0; i < items.length; i++) {
            itemIndex.put(items[i], i);
        }
    }

    /** @return the OIT answers of an agency as the scorer takes them, in edition order */
    Map<String, OitAnswer> oit(AgencyState s) {
        if (s.oit == null) {
            return Map.of();
        }
        Map<String, OitAnswer> m = new LinkedHashMap<>(items.length * 4 / 3 + 1);   // no resizing on the way
        for (int i = 0; i < items.length; i++) {
            OitAnswer a = s.oit.get(i);
            if (a != null) {
                m.put(items[i], a);
            }
        }
        return m;
    }

    private String lastId;
    private AgencyState last;

    private AgencyState state(String agencyId) {
        // a reader gives an agency's rows one string: the row path stays this comparison (see docs/engine-notes.md)
        return agencyId == lastId && agencyId != null ? last : another(agencyId);
    }

    /** @return the state of an agency other than the last one's string (maybe the same agency), made when new */
    private AgencyState another(String agencyId) {
        Objects.requireNonNull(agencyId, "agencyId");
        if (agencyId.equals(lastId)) {
            return last;
        }
        AgencyState s = agencies.get(agencyId);
        if (s == null) {
            s = new AgencyState(scorer, agencyId, idsInMemory);
            agencies.put(agencyId, s);
        }
        lastId = agencyId;
        last = s;
        return s;
    }

    /**
     * Counts a respondent of an agency.
     *
     * @param agencyId   the agency
     * @param toolId     a survey tool
     * @param respondent the respondent
     * @throws DuplicateIdException when the agency already has a respondent of that id in that tool
     * @throws io.github.ita.ItaException as {@link Tally#add(String, Respondent)}; the batch is then unchanged
     */
    public void add(String agencyId, String toolId, Respondent respondent) {
        AgencyState s = state(agencyId);
        long h = s.ids.checkNew(agencyId, toolId, respondent.id());
        s.tally.add(toolId, respondent);
        s.ids.record(toolId, h, 0);
        rows++;
    }

    /**
     * Counts a respondent given as a row of cells (see {@link Tally#add(Columns, String, String[])}).
     *
     * @param agencyId     the agency
     * @param columns      the header the cells follow
     * @param respondentId the respondent
     * @param cells        one option code per column, empty when unanswered
     */
    public void add(String agencyId, Columns columns, String respondentId, String[] cells) {
        add(agencyId, columns, respondentId, cells, 0);
    }

    /**
     * As {@link #add(String, Columns, String, String[])}, telling where the row is, so that a repeated
     * respondent id found later (see {@link #verifyRespondentIds}) is named at its line.
     *
     * @param agencyId     the agency
     * @param columns      the header the cells follow
     * @param respondentId the respondent
     * @param cells        one option code per column, empty when unanswered
     * @param line         the row's line in its file, or 0
     */
    public void add(String agencyId, Columns columns, String respondentId, String[] cells, int line) {
        AgencyState s = state(agencyId);
        long h = s.ids.checkNew(agencyId, columns.toolId(), respondentId);
        s.tally.add(columns, respondentId, cells);
        s.ids.record(columns.toolId(), h, line);
        rows++;
    }

    /**
     * Counts a respondent given as the indexes of the options chosen (see
     * {@link Tally#add(Columns, String, int[])}): for rows already coded, with no code to look up.
     *
     * @param agencyId     the agency
     * @param columns      the header the options follow
     * @param respondentId the respondent: any characters (a view of a row's bytes, say), read during the
     *                     call and not kept
     * @param options      for each column, the index of the chosen option in {@link Columns#options(int)}, or -1
     * @param line         the row's line in its file, or 0
     * @throws DuplicateIdException when the agency already has a respondent of that id in that tool
     */
    public void add(String agencyId, Columns columns, CharSequence respondentId, int[] options, int line) {
        AgencyState s = state(agencyId);
        long h = s.ids.checkNew(agencyId, columns.toolId(), respondentId);
        s.tally.add(columns, respondentId, options);
        s.ids.record(columns.toolId(), h, line);
        rows++;
    }

    /**
     * The respondents of one agency in one survey tool, for a reader whose rows of an agency come together:
     * {@link Rows#add} counts a row as {@link #add(String, Columns, CharSequence, int[], int)} does, the agency,
     * its tally and its respondent ids found once here rather than at every row.
     *
     * @param agencyId the agency: in the batch from this call on, with no respondent until one is added
     * @param columns  the header the options follow
     * @return the agency's rows of the columns' tool
     */
    public Rows rows(String agencyId, Columns columns) {
        AgencyState s = state(agencyId);
        return new Rows(s, columns, s.ids.made(columns.toolId()));
    }

    /**
     * An agency's respondents in one survey tool (see {@link #rows}). It counts into this batch: not to be used
     * once the batch is merged into another ({@link #absorb}).
     */
    public final class Rows {
        private final AgencyState state;
        private final Columns columns;
        private final RespondentIds ids;

        private Rows(AgencyState state, Columns columns, RespondentIds ids) {
            this.state = state;
            this.columns = columns;
            this.ids = ids;
        }

        /**
         * Counts a respondent given as the indexes of the options chosen, as
         * {@link BatchTally#add(String, Columns, CharSequence, int[], int)} does for this agency.
         *
         * @param respondentId the respondent: any characters, read during the call and not kept
         * @param options      for each column, the index of the chosen option in {@link Columns#options(int)}, or -1
         * @param line         the row's line in its file, or 0
         * @throws DuplicateIdException when the agency already has a respondent of that id in that tool
         */
        public void add(CharSequence respondentId, int[] options, int line) {
            // the row path of a reader: no lookup, and no call that only an agency's first row needs
            long h = RespondentIds.hash(respondentId);
            int first = ids.lineOf(h);
            if (first >= 0) {
                throw ToolRespondentIds.repeated(state.agency.id(), columns.toolId(), respondentId, first);
            }
            state.tally.add(columns, respondentId, options);
            ids.addHash(h, line);
            rows++;
        }
    }

    /**
     * Checks the respondent ids that were too many to keep in memory (an agency's tool past a
     * million respondents): a repeat among them is found here rather than as it is read. Called by
     * {@link BatchScorer#score}; call it sooner to fail sooner.
     *
     * @param fileOfTool survey tool id → the file its rows came from, for the message (may be empty)
     * @throws DuplicateIdException naming the agency, the tool, and the lines of the two rows
     */
    public void verifyRespondentIds(Map<String, String> fileOfTool) {
        boolean anySpilled = false;
        for (AgencyState s : agencies.values()) {
            anySpilled |= s.ids.spilled();
        }
        if (!anySpilled) {
            return;   // every id was checked as it was read
        }
        for (AgencyState s : sorted()) {
            if (s.ids.spilled()) {
                s.ids.verify(s.agency.id(), fileOfTool);
            }
        }
    }

    /**
     * Records an agency's answer for one OIT item.
     *
     * @param agencyId the agency
     * @param itemId   the item
     * @param answer   the answer
     * @throws DuplicateIdException when the item is already answered for the agency
     */
    public void oit(String agencyId, String itemId, OitAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        int i = itemIndex(itemId);
        oit(state(agencyId), i, answer);
    }

    private void oit(AgencyState s, int i, OitAnswer answer) {
        if (s.oit == null) {
            s.oit = new OitSheet(items.length);
        }
        if (s.oit.has(i)) {
            throw new DuplicateIdException(Location.question(items[i]), "OIT item " + Text.clip(items[i])
                    + " is given twice for agency " + Text.clip(s.agency.id()), items[i]);
        }
        s.oit.put(i, answer);
        rows++;
    }

    /**
     * An agency's OIT answers, for a reader whose rows of an agency come together: {@link Checklist#add} records an
     * answer as {@link #oit(String, String, OitAnswer)} does, the agency found once here rather than at every row.
     *
     * @param agencyId the agency: in the batch from this call on
     * @return the agency's checklist
     */
    public Checklist checklist(String agencyId) {
        return new Checklist(state(agencyId));
    }

    /** An agency's OIT answers (see {@link #checklist}); not to be used once the batch is merged into another. */
    public final class Checklist {
        private final AgencyState state;

        private Checklist(AgencyState state) {
            this.state = state;
        }

        /**
         * Records the agency's answer for one OIT item, as {@link BatchTally#oit(String, String, OitAnswer)} does.
         *
         * @param itemId the item
         * @param answer the answer
         * @throws DuplicateIdException when the item is already answered for the agency
         */
        public void add(String itemId, OitAnswer answer) {
            Objects.requireNonNull(answer, "answer");
            oit(state, itemIndex(itemId), answer);
        }
    }

    /** The index of the last item given: an agency's items come in the checklist's order, the next one looked at first. */
    private int lastItem = -1;

    /** @return the index of an item among the edition's checklist items */
    private int itemIndex(String itemId) {
        int next = lastItem + 1 < items.length ? lastItem + 1 : 0;
        if (next < items.length && items[next] == itemId) {   // the edition's own string, as a reader that matched it gives it
            return lastItem = next;
        }
        Integer i = itemIndex.get(itemId);
        if (i == null) {
            throw new UnknownIdException(Location.question(itemId), "edition " + scorer.edition().id()
                    + " has no OIT item " + Text.clip(itemId), itemId);
        }
        return lastItem = i;
    }

    /**
     * @param agencyId an agency
     * @param itemId   an OIT item of the edition
     * @return whether the agency's OIT rows give the item (published or not)
     */
    public boolean givesOitItem(String agencyId, String itemId) {
        AgencyState s = agencies.get(agencyId);
        Integer i = itemIndex.get(itemId);
        return s != null && s.oit != null && i != null && s.oit.has(i);
    }

    /**
     * Names an agency and gives its attributes (for summaries by group).
     *
     * @param agency     the agency
     * @param attributes e.g. {@code province → ศรีสะเกษ}
     */
    public void describe(Agency agency, Map<String, String> attributes) {
        AgencyState s = state(agency.id());
        s.agency = agency;
        s.attributes = Map.copyOf(attributes);
    }

    /**
     * @param agencyId an agency id
     * @return whether the batch has seen this agency
     */
    public boolean knows(String agencyId) {
        return agencies.containsKey(agencyId);
    }

    /**
     * Adds another batch of the same scorer into this one. An agency in both has its tallies
     * merged and its OIT answers joined.
     *
     * @param other the other batch (unchanged)
     * @return this
     * @throws DuplicateIdException when an agency has the same respondent id, or the same OIT item, in both
     */
    public BatchTally merge(BatchTally other) {
        return merge(other, false);
    }

    /**
     * As {@link #merge}, moving rather than copying: an agency only the other batch has is taken over
     * as it is, and the other batch is left empty. For parts read side by side and not used again,
     * it saves copying them and holding every count twice.
     *
     * @param other the other batch (emptied)
     * @return this
     * @throws DuplicateIdException as {@link #merge}
     * @throws IllegalArgumentException when the other batch is this one, or of another edition or scoring options
     */
    public BatchTally absorb(BatchTally other) {
        if (other == this) {
            throw new IllegalArgumentException("a batch cannot absorb itself");
        }
        merge(other, true);
        other.agencies.clear();
        other.rows = 0;
        other.lastId = null;
        other.last = null;
        return this;
    }

    private BatchTally merge(BatchTally other, boolean move) {
        // the parts of one reading share the scorer: no record's equals (its first call bootstraps method handles)
        if (move && other.scorer != scorer
                && (other.scorer.edition() != scorer.edition() || !other.scorer.options().equals(scorer.options()))) {
            throw new IllegalArgumentException("cannot absorb a batch of another edition or other scoring options");
        }
        for (Map.Entry<String, AgencyState> e : other.agencies.entrySet()) {
            AgencyState theirs = e.getValue();
            AgencyState mine = agencies.get(e.getKey());
            if (mine == null && move) {
                agencies.put(e.getKey(), theirs);
                continue;
            }
            if (mine == null) {
                mine = state(e.getKey());
            }
            mine.ids.merge(theirs.ids, move, e.getKey());
            if (move) {
                mine.tally.absorb(theirs.tally);
            } else {
                mine.tally.merge(theirs.tally);
            }
            if (theirs.oit != null && mine.oit == null && move) {
                mine.oit = theirs.oit;
            } else if (theirs.oit != null) {
                if (mine.oit == null) {
                    mine.oit = new OitSheet(items.length);
                }
                for (int i = 0; i < items.length; i++) {
                    if (theirs.oit.has(i)) {
                        if (mine.oit.has(i)) {
                            throw new DuplicateIdException(Location.question(items[i]), "OIT item " + items[i]
                                    + " is given twice for agency " + e.getKey(), items[i]);
                        }
                        mine.oit.put(i, theirs.oit.get(i));
                    }
                }
            }
            if (!theirs.agency.name().isEmpty() || !theirs.attributes.isEmpty()) {
                mine.agency = theirs.agency;
                mine.attributes = theirs.attributes;
            }
        }
        rows += other.rows;
        return this;
    }

    /** Deletes the temporary files of respondent ids kept on disk, if any; the tally is not to be used after. */
    @Override
    public void close() {
        for (AgencyState s : agencies.values()) {
            s.ids.close();
        }
    }

    /** @return the number of respondent and OIT rows counted */
    public long rows() {
        return rows;
    }

    /** @return the number of agencies */
    public int agencies() {
        return agencies.size();
    }

    /**
     * @param agencyId an agency
     * @param toolId   a survey tool
     * @return the respondents counted into the agency's tool so far; 0 for an agency not seen
     */
    public long respondents(String agencyId, String toolId) {
        AgencyState state = agencies.get(agencyId);
        return state == null ? 0 : state.tally.respondents(toolId);
    }

    /** @return the scorer whose edition and policies check every row */
    public Scorer scorer() {
        return scorer;
    }

    /** @return the ids of the agencies seen so far */
    public java.util.Set<String> agencyIds() {
        return Collections.unmodifiableSet(agencies.keySet());
    }

    /**
     * @return the agencies' states, sorted by agency id so that output never depends on reading order (an array
     *     sorted once: a sorted map's insertions would be among the hottest code of a cold run, compiled for one use)
     */
    List<AgencyState> sorted() {
        String[] ids = agencies.keySet().toArray(new String[0]);
        Arrays.sort(ids);
        AgencyState[] states = new AgencyState[ids.length];
        for (int i = 0; i < ids.length; i++) {
            states[i] = agencies.get(ids[i]);
        }
        return List.of(states);
    }
}

package io.github.ita.analysis.internal;

import io.github.ita.DuplicateIdException;
import io.github.ita.Location;
import io.github.ita.internal.Text;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agency's respondent ids, by survey tool ({@link RespondentIds} each): a repeated id within a
 * tool is refused before its row is counted, or, for the ids past {@link RespondentIds#IN_MEMORY}
 * that went to disk, found by {@link #verify} when the reading ends. Not thread-safe.
 */
public final class ToolRespondentIds implements AutoCloseable {

    private final int inMemory;
    private final Map<String, RespondentIds> byTool = new HashMap<>(4);
    private String lastTool;
    private RespondentIds lastIds;

    /** @param inMemory how many ids of a tool to keep in memory before spilling to disk */
    public ToolRespondentIds(int inMemory) {
        this.inMemory = inMemory;
    }

    /**
     * Refuses a repeated respondent id before anything is counted.
     *
     * @return the id's hash, to {@link #record} once the row is counted
     * @throws DuplicateIdException when the tool already has a respondent of that id
     */
    public long checkNew(String agencyId, String toolId, CharSequence respondentId) {
        long h = RespondentIds.hash(respondentId);
        RespondentIds ids = of(toolId);
        int first = ids == null ? -1 : ids.lineOf(h);
        if (first >= 0) {
            throw repeated(agencyId, toolId, respondentId, first);
        }
        return h;
    }

    /**
     * @param agencyId     the agency
     * @param toolId       the survey tool
     * @param respondentId a respondent id already among the tool's
     * @param first        the line it was first read at, or 0
     * @return the refusal of the id read again
     */
    public static DuplicateIdException repeated(String agencyId, String toolId, CharSequence respondentId, int first) {
        String id = respondentId.toString();
        return new DuplicateIdException(Location.answer(id, null), "respondent id " + Text.clip(id)
                + " appears twice among the " + toolId + " respondents of agency " + Text.clip(agencyId)
                + (first > 0 ? " (first at line " + first + ")" : ""), id);
    }

    /**
     * @param toolId a survey tool
     * @return the tool's ids, made empty when it has none yet: for a caller that checks and records ids of the
     *     tool itself ({@link RespondentIds#hash}, {@link RespondentIds#lineOf}, {@link RespondentIds#addHash}), as
     *     {@link #checkNew} and {@link #record} do
     */
    public RespondentIds made(String toolId) {
        RespondentIds ids = of(toolId);
        if (ids == null) {
            ids = newIds();   // not computeIfAbsent: its lambda would take this, an object for every row
            byTool.put(toolId, ids);
        }
        return ids;
    }

    /** Records a counted respondent's id hash and line (0 when not known). */
    public void record(String toolId, long hash, int line) {
        made(toolId).addHash(hash, line);
    }

    /**
     * @return the ids of a tool, or null when none: the last tool's without a lookup when its id is the same
     *     string (a tool's rows come together; an entry of the map, once made, is never replaced)
     */
    private RespondentIds of(String toolId) {
        if (toolId == lastTool) {
            return lastIds;
        }
        RespondentIds ids = byTool.get(toolId);
        if (ids != null) {
            lastTool = toolId;
            lastIds = ids;
        }
        return ids;
    }

    private RespondentIds newIds() {
        return new RespondentIds(inMemory, RespondentIds.RUN);
    }

    /** @return whether some of the ids were too many to keep in memory */
    public boolean spilled() {
        for (RespondentIds r : byTool.values()) {
            if (r.spilled()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the ids kept on disk, tool by tool in id order.
     *
     * @param agencyId   the agency, for the message
     * @param fileOfTool survey tool id → the file its rows came from, for the message (may be empty)
     * @throws DuplicateIdException naming the agency, the tool, and the lines of the two rows
     */
    public void verify(String agencyId, Map<String, String> fileOfTool) {
        for (Map.Entry<String, RespondentIds> e : new TreeMap<>(byTool).entrySet()) {
            RespondentIds.Repeat r = e.getValue().verify();
            if (r != null) {
                throw new DuplicateIdException(new Location(fileOfTool.get(e.getKey()), r.line(), 0, "column respondent", null, null),
                        "a respondent id appears twice among the " + e.getKey() + " respondents of agency " + Text.clip(agencyId)
                                + (r.firstLine() > 0 ? " (first at line " + r.firstLine() + ")" : ""));
            }
        }
    }

    /**
     * Adds the ids of the same agency read in another part.
     *
     * @param move whether the other's sets may be taken over as they are (it is not used again)
     * @throws DuplicateIdException when an id of a tool is in both
     */
    public void merge(ToolRespondentIds theirs, boolean move, String agencyId) {
        for (Map.Entry<String, RespondentIds> ids : theirs.byTool.entrySet()) {
            RespondentIds kept = byTool.get(ids.getKey());
            if (kept == null && move) {
                byTool.put(ids.getKey(), ids.getValue());
                continue;
            }
            int clashes = byTool.computeIfAbsent(ids.getKey(), k -> newIds()).addAll(ids.getValue());
            if (clashes > 0) {
                throw new DuplicateIdException(Location.NONE, clashes + " " + ids.getKey()
                        + " respondent id(s) of agency " + agencyId + " appear in both merged parts");
            }
        }
    }

    /** Deletes the temporary files of ids kept on disk, if any. */
    @Override
    public void close() {
        byTool.values().forEach(RespondentIds::close);
    }
}

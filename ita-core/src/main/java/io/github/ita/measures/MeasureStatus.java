package io.github.ita.measures;

import io.github.ita.edition.Label;

/** Where a measure stands, in the three columns agencies report. */
public enum MeasureStatus {
    /** ยังไม่ดำเนินการ. */
    NOT_STARTED(new Label("ยังไม่ดำเนินการ", "not started"), "not-started"),
    /** อยู่ระหว่างดำเนินการ. */
    IN_PROGRESS(new Label("อยู่ระหว่างดำเนินการ", "in progress"), "in-progress"),
    /** ดำเนินการแล้ว. */
    DONE(new Label("ดำเนินการแล้ว", "done"), "done");

    private final Label label;
    private final String code;

    MeasureStatus(Label label, String code) {
        this.label = label;
        this.code = code;
    }

    /** @return its name in Thai and English */
    public Label label() {
        return label;
    }

    /** @return its code in files: {@code not-started}, {@code in-progress}, {@code done} */
    public String code() {
        return code;
    }

    /**
     * @param text a code, or the Thai or English name
     * @return the status, or null when none matches
     */
    public static MeasureStatus parse(String text) {
        String t = text.strip();
        for (MeasureStatus s : values()) {
            if (s.code.equalsIgnoreCase(t) || s.label.th().equals(t) || s.label.en().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }
}

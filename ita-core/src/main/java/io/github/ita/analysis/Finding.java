package io.github.ita.analysis;

import io.github.ita.edition.Label;
import io.github.ita.scoring.Level;
import io.github.ita.scoring.Score;
import java.util.Objects;

/**
 * One point of an agency's analysis (การวิเคราะห์ผลการประเมิน): a question, OIT item or — when a
 * result has nothing finer — an indicator, with its score and where it stands.
 *
 * @param id        the node id, e.g. {@code i20}, {@code o24}, {@code 4}
 * @param level     its level
 * @param tool      its tool, e.g. {@code IIT}
 * @param indicator its indicator id (its own id for an indicator)
 * @param label     its text in Thai and English
 * @param score     its score
 * @param category  fix urgently, improve, or keep
 */
public record Finding(String id, Level level, String tool, String indicator, Label label, Score score, Category category) {

    /** The three columns of seed 001's analysis. */
    public enum Category {
        /** ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน: below the pass mark. */
        URGENT,
        /** ประเด็นที่จะต้องพัฒนาให้ดีขึ้น: from the pass mark to below the keep mark. */
        IMPROVE,
        /** ประเด็นที่ควรรักษามาตรฐานไว้: at or above the keep mark. */
        KEEP
    }

    /**
     * Checks that the id, level, score and category are given.
     *
     * @param id        the node id, e.g. {@code i20}, {@code o24}, {@code 4}
     * @param level     its level
     * @param tool      its tool, e.g. {@code IIT}
     * @param indicator its indicator id (its own id for an indicator)
     * @param label     its text in Thai and English
     * @param score     its score
     * @param category  fix urgently, improve, or keep
     */
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(category, "category");
    }
}

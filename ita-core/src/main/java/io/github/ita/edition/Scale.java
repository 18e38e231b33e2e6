package io.github.ita.edition;

import java.util.List;
import java.util.Objects;

/**
 * A named answer scale of an edition, such as the four levels น้อยที่สุดหรือไม่มีเลย / น้อย / มาก / มากที่สุด.
 *
 * @param id      the scale's name within its edition
 * @param options the options, in the order respondents see them
 * @param source  where the points come from
 */
public record Scale(String id, List<AnswerOption> options, String source) {

    /**
     * Checks that the id and source are given and copies the options.
     *
     * @param id      the scale's name within its edition
     * @param options the options, in the order respondents see them
     * @param source  where the points come from
     */
    public Scale {
        Objects.requireNonNull(id, "id");
        options = List.copyOf(options);
        Objects.requireNonNull(source, "source");
    }
}

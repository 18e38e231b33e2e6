package io.github.ita.measures;

import java.util.List;
import java.util.Objects;

/**
 * One integrity and transparency measure (มาตรการส่งเสริมคุณธรรมและความโปร่งใส): what the agency
 * does for an indicator, how, who, when, how it is followed up, and how far it got.
 *
 * @param id        an id unique in its file, e.g. {@code m1}
 * @param indicator the indicator it serves, e.g. {@code 4}
 * @param title     the measure (แนวทาง / มาตรการ)
 * @param steps     its steps (ขั้นตอนหรือวิธีการปฏิบัติ)
 * @param owner     the responsible unit (ผู้รับผิดชอบ)
 * @param period    when (ระยะเวลาดำเนินการ)
 * @param followUp  how it is followed up (แนวทางการกำกับติดตาม), or null
 * @param status    where it stands
 * @param result    what was done (สรุปผลการดำเนินการ), or null
 * @param outcome   its outcome (ผลลัพธ์หรือความสำเร็จ), or null
 */
public record Measure(String id, String indicator, String title, List<String> steps, String owner, Period period,
                      String followUp, MeasureStatus status, String result, String outcome) {

    /**
     * Checks that the id, indicator, title, owner, period and status are given and copies the steps.
     *
     * @param id        an id unique in its file, e.g. {@code m1}
     * @param indicator the indicator it serves, e.g. {@code 4}
     * @param title     the measure (แนวทาง / มาตรการ)
     * @param steps     its steps (ขั้นตอนหรือวิธีการปฏิบัติ)
     * @param owner     the responsible unit (ผู้รับผิดชอบ)
     * @param period    when (ระยะเวลาดำเนินการ)
     * @param followUp  how it is followed up (แนวทางการกำกับติดตาม), or null
     * @param status    where it stands
     * @param result    what was done (สรุปผลการดำเนินการ), or null
     * @param outcome   its outcome (ผลลัพธ์หรือความสำเร็จ), or null
     */
    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
    }
}

package io.github.ita.report;

import static io.github.ita.report.Doc.input;
import static io.github.ita.report.Doc.inputBold;
import static io.github.ita.report.Doc.t;

import io.github.ita.edition.Editions;
import io.github.ita.edition.Language;
import io.github.ita.measures.Measure;
import io.github.ita.measures.MeasureStatus;
import io.github.ita.measures.Measures;
import io.github.ita.measures.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The progress report on an agency's measures (รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและ
 * ความโปร่งใส, OIT item o43) for a round — the six months from October, or the year — with the
 * counts by status and by indicator, as seeds 000 and 004 are. Markdown or self-contained HTML.
 */
public final class MeasuresReport {

    private final ReportStyle style;

    private MeasuresReport(ReportStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /**
     * @param language Thai or English; numbers in Arabic digits
     * @return a renderer in that language
     */
    public static MeasuresReport in(Language language) {
        return new MeasuresReport(ReportStyle.of(language));
    }

    /**
     * @param style the language, digits and provenance line to write with
     * @return a renderer in that style
     */
    public static MeasuresReport in(ReportStyle style) {
        return new MeasuresReport(style);
    }

    /**
     * @param m     the agency's measures
     * @param round the reporting round; only measures whose period overlaps it are reported
     * @return the report for a round (e.g. {@link Period#firstHalf(int)}) as Markdown, ending with a newline
     */
    public String markdown(Measures m, Period round) {
        return doc(m, round).markdown(style.thaiDigits());
    }

    /**
     * @param m     the agency's measures
     * @param round the reporting round; only measures whose period overlaps it are reported
     * @return the report as a self-contained HTML page
     */
    public String html(Measures m, Period round) {
        return doc(m, round).html(style.thaiDigits());
    }

    private Doc doc(Measures m, Period round) {
        List<Measure> during = m.during(round);
        Measures shown = new Measures(m.agency(), m.fiscalYear(), m.edition(), during);
        boolean half = round.equals(Period.firstHalf(m.fiscalYear()));
        String title = style.t("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ",
                "Progress of the integrity and transparency measures, fiscal year ") + m.fiscalYear();
        Doc d = new Doc(title, style.lang());
        d.h(1, t(title));
        d.p(inputBold(m.agency().name().isEmpty() ? m.agency().id() : m.agency().name()),
                t(" · " + (half ? style.t("รอบ 6 เดือน ", "six-month round, ") : style.t("รอบ 12 เดือน ", "full year, "))
                        + "(" + (style.language() == Language.EN ? round.english() : round.thai()) + ")"));
        d.h(2, t(style.t("สรุปสถานะ", "Status")));
        Map<MeasureStatus, Integer> s = shown.byStatus();
        d.table(">" + style.t("มาตรการทั้งหมด", "Measures"), ">" + style.t("ดำเนินการแล้ว", "Done"),
                ">" + style.t("อยู่ระหว่างดำเนินการ", "In progress"), ">" + style.t("ยังไม่ดำเนินการ", "Not started"))
                .row(String.valueOf(during.size()), String.valueOf(s.get(MeasureStatus.DONE)),
                        String.valueOf(s.get(MeasureStatus.IN_PROGRESS)), String.valueOf(s.get(MeasureStatus.NOT_STARTED)))
                .end();
        d.h(2, t(style.t("จำแนกตามตัวชี้วัด", "By indicator")));
        Doc.TableBuilder byIndicator = d.table(style.t("ตัวชี้วัด", "Indicator"), ">" + style.t("ดำเนินการแล้ว", "Done"),
                ">" + style.t("อยู่ระหว่างดำเนินการ", "In progress"), ">" + style.t("ยังไม่ดำเนินการ", "Not started"));
        // indicator names from a bundled edition; a custom edition's measures show the ids alone
        var edition = Editions.bundledIds().contains(m.edition()) ? java.util.Optional.of(Editions.bundled(m.edition()))
                : java.util.Optional.<io.github.ita.edition.Edition>empty();
        for (Map.Entry<String, Map<MeasureStatus, Integer>> e : shown.byIndicator().entrySet()) {
            String name = edition.flatMap(ed -> ed.findIndicator(e.getKey())).map(i -> i.label().in(style.language())).orElse("");
            byIndicator.row(Doc.ed(e.getKey() + " " + name), String.valueOf(e.getValue().get(MeasureStatus.DONE)),
                    String.valueOf(e.getValue().get(MeasureStatus.IN_PROGRESS)),
                    String.valueOf(e.getValue().get(MeasureStatus.NOT_STARTED)));
        }
        byIndicator.end();
        d.h(2, t(style.t("มาตรการ", "Measures")));
        Doc.TableBuilder measures = d.table(">" + style.t("ลำดับ", "No."), style.t("มาตรการ", "Measure"), style.t("ตัวชี้วัด", "Indicator"),
                style.t("ขั้นตอนหรือวิธีการปฏิบัติ", "Steps"), style.t("ผู้รับผิดชอบ", "Owner"), style.t("ระยะเวลาดำเนินการ", "Period"),
                style.t("สถานะ", "Status"), style.t("ผลการดำเนินการ", "Result"));
        int n = 1;
        for (Measure x : during) {
            measures.row(String.valueOf(n++), input(x.title()), input(x.indicator()), input(String.join("; ", x.steps())), input(x.owner()),
                    style.language() == Language.EN ? x.period().english() : x.period().thai(),
                    x.status().label().in(style.language()), input(x.result() == null ? "" : x.result()));
        }
        measures.end();
        d.rule();
        style.foot(d, null);
        return d;
    }
}

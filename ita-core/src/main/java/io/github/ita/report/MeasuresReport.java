package io.github.ita.report;

import io.github.ita.edition.Editions;
import io.github.ita.edition.Language;
import io.github.ita.plan.Measure;
import io.github.ita.plan.MeasureStatus;
import io.github.ita.plan.Measures;
import io.github.ita.plan.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the progress report on an agency's measures (รายงานผลการดำเนินงานตามมาตรการส่งเสริม
 * คุณธรรมและความโปร่งใส, OIT item o43) for a round — the six months from October, or the year —
 * with the counts by status and by indicator, as seeds 000 and 004 are. Markdown, Thai by default.
 */
public final class MeasuresReport {

    private final Language language;

    private MeasuresReport(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * @param language the report's language
     * @return a renderer
     */
    public static MeasuresReport in(Language language) {
        return new MeasuresReport(language);
    }

    /**
     * @param m     the measures
     * @param round the reporting round, e.g. {@link Period#firstHalf(int)}
     * @return the report, ending with a newline
     */
    public String render(Measures m, Period round) {
        List<Measure> during = m.during(round);
        Measures shown = new Measures(m.agency(), m.fiscalYear(), m.edition(), during);
        boolean half = round.equals(Period.firstHalf(m.fiscalYear()));
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ",
                "Progress of the integrity and transparency measures, fiscal year ")).append(m.fiscalYear()).append("\n\n");
        md.append("**").append(MarkdownReport.escape(m.agency().name().isEmpty() ? m.agency().id() : m.agency().name()))
                .append("** · ").append(half ? t("รอบ ๖ เดือน ", "six-month round, ") : t("รอบ ๑๒ เดือน ", "full year, "))
                .append("(").append(language == Language.EN ? round.english() : round.thai()).append(")\n\n");
        md.append("## ").append(t("สรุปสถานะ", "Status")).append("\n\n");
        md.append(row(t("มาตรการทั้งหมด", "Measures"), t("ดำเนินการแล้ว", "Done"), t("อยู่ระหว่างดำเนินการ", "In progress"),
                t("ยังไม่ดำเนินการ", "Not started")));
        md.append("|---:|---:|---:|---:|\n");
        Map<MeasureStatus, Integer> s = shown.byStatus();
        md.append(row(String.valueOf(during.size()), String.valueOf(s.get(MeasureStatus.DONE)),
                String.valueOf(s.get(MeasureStatus.IN_PROGRESS)), String.valueOf(s.get(MeasureStatus.NOT_STARTED)))).append("\n");
        md.append("## ").append(t("จำแนกตามตัวชี้วัด", "By indicator")).append("\n\n");
        md.append(row(t("ตัวชี้วัด", "Indicator"), t("ดำเนินการแล้ว", "Done"), t("อยู่ระหว่างดำเนินการ", "In progress"),
                t("ยังไม่ดำเนินการ", "Not started")));
        md.append("|---|---:|---:|---:|\n");
        var edition = Editions.bundled(m.edition());
        for (Map.Entry<String, Map<MeasureStatus, Integer>> e : shown.byIndicator().entrySet()) {
            String name = edition.findIndicator(e.getKey()).map(i -> i.label().in(language)).orElse("");
            md.append(row(MarkdownReport.escape(e.getKey() + " " + name), String.valueOf(e.getValue().get(MeasureStatus.DONE)),
                    String.valueOf(e.getValue().get(MeasureStatus.IN_PROGRESS)),
                    String.valueOf(e.getValue().get(MeasureStatus.NOT_STARTED))));
        }
        md.append("\n## ").append(t("มาตรการ", "Measures")).append("\n\n");
        md.append(row(t("ลำดับ", "No."), t("มาตรการ", "Measure"), t("ตัวชี้วัด", "Indicator"),
                t("ขั้นตอนหรือวิธีการปฏิบัติ", "Steps"), t("ผู้รับผิดชอบ", "Owner"), t("ระยะเวลาดำเนินการ", "Period"),
                t("สถานะ", "Status"), t("ผลการดำเนินการ", "Result")));
        md.append("|---:|---|---|---|---|---|---|---|\n");
        int n = 1;
        for (Measure x : during) {
            md.append(row(String.valueOf(n++), MarkdownReport.escape(x.title()), MarkdownReport.escape(x.indicator()),
                    MarkdownReport.escape(String.join("; ", x.steps())), MarkdownReport.escape(x.owner()),
                    language == Language.EN ? x.period().english() : x.period().thai(),
                    x.status().label().in(language), MarkdownReport.escape(x.result() == null ? "" : x.result())));
        }
        md.append("\n");
        return md.toString();
    }

    private String t(String th, String en) {
        return language == Language.EN ? en : th;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}

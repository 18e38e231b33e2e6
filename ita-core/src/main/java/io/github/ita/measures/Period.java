package io.github.ita.measures;

import io.github.ita.Location;
import io.github.ita.MalformedInputException;
import io.github.ita.internal.Text;
import io.github.ita.internal.ThaiDigits;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of months in Buddhist-era years, as the seeds write it: {@code ต.ค. ๖๕ – ก.ย. ๖๖} is
 * October 2565 to September 2566 (1 Oct 2022 – 30 Sep 2023).
 *
 * @param fromYear  the first month's Buddhist-era year, e.g. 2565
 * @param fromMonth the first month, 1–12
 * @param toYear    the last month's year
 * @param toMonth   the last month
 */
public record Period(int fromYear, int fromMonth, int toYear, int toMonth) {

    /** Thai month abbreviations, January first. */
    public static final List<String> MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    private static final List<String> MONTHS_EN = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final Pattern PART = Pattern.compile("\\s*([ก-๙.]+?)\\s*([0-9๐-๙]{2,4})\\s*");

    /**
     * Checks that both months are 1–12 and that the period does not end before it starts.
     *
     * @param fromYear  the first month's Buddhist-era year, e.g. 2565
     * @param fromMonth the first month, 1–12
     * @param toYear    the last month's year
     * @param toMonth   the last month
     * @throws IllegalArgumentException when a month is outside 1–12 or the period ends before it starts
     */
    public Period {
        if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12) {
            throw new IllegalArgumentException("months are 1–12");
        }
        if (fromYear * 12 + fromMonth > toYear * 12 + toMonth) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /**
     * @param fiscalYear a Buddhist-era fiscal year, e.g. 2566
     * @return 1 Oct of the year before to 30 Sep (ต.ค. ๖๕ – ก.ย. ๖๖ for 2566)
     */
    public static Period fiscalYear(int fiscalYear) {
        return new Period(fiscalYear - 1, 10, fiscalYear, 9);
    }

    /**
     * @param fiscalYear a Buddhist-era fiscal year
     * @return its six-month round (รอบ ๖ เดือน), 1 Oct – 31 Mar
     */
    public static Period firstHalf(int fiscalYear) {
        return new Period(fiscalYear - 1, 10, fiscalYear, 3);
    }

    /**
     * Reads a period as agencies write it: {@code ต.ค. ๖๕ – ก.ย. ๖๖}, {@code ต.ค.๖๕- มี.ค.๖๖},
     * {@code ต.ค. 2565 ถึง ก.ย. 2566}; Thai or Arabic digits, two- or four-digit years.
     *
     * @param text the text
     * @return the period
     * @throws MalformedInputException when the text is not such a period
     */
    public static Period parse(String text) {
        String[] sides = text.strip().split("\\s*(?:–|—|-|ถึง)\\s*");
        if (sides.length != 2) {
            throw bad(text);
        }
        int[] from = part(sides[0], text);
        int[] to = part(sides[1], text);
        try {
            return new Period(from[0], from[1], to[0], to[1]);
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException(Location.NONE, "period \"" + Text.clip(text) + "\": " + e.getMessage(), text);
        }
    }

    private static int[] part(String side, String whole) {
        Matcher m = PART.matcher(side);
        if (!m.matches()) {
            throw bad(whole);
        }
        int month = MONTHS.indexOf(m.group(1).replace(" ", "")) + 1;
        if (month == 0) {
            throw bad(whole);
        }
        int year = Integer.parseInt(ThaiDigits.toArabic(m.group(2)));
        if (year < 100) {
            year += 2500;
        }
        return new int[] {year, month};
    }

    private static MalformedInputException bad(String text) {
        return new MalformedInputException(Location.NONE, "period \"" + Text.clip(text)
                + "\" is not of the form ต.ค. ๖๕ – ก.ย. ๖๖ (month, Buddhist-era year, a dash, month, year)", text);
    }

    /**
     * @param other another period
     * @return whether the two share a month
     */
    public boolean overlaps(Period other) {
        Objects.requireNonNull(other, "other");
        return fromYear * 12 + fromMonth <= other.toYear * 12 + other.toMonth
                && other.fromYear * 12 + other.fromMonth <= toYear * 12 + toMonth;
    }

    /** @return as the seeds write it, with Arabic digits: {@code ต.ค. 65 – ก.ย. 66} */
    public String thai() {
        boolean full = !inThe2500s(fromYear) || !inThe2500s(toYear);
        return MONTHS.get(fromMonth - 1) + " " + year(fromYear, full) + " – " + MONTHS.get(toMonth - 1) + " " + year(toYear, full);
    }

    private static boolean inThe2500s(int year) {
        return year >= 2500 && year <= 2599;
    }

    /**
     * A year as the seeds write it, by its last two digits ({@code 65}, {@code 08}), which read back as
     * 25xx; in full when a year of the period is outside 2500–2599, so that it reads back as itself.
     */
    private static String year(int year, boolean full) {
        return full ? String.valueOf(year) : String.format(java.util.Locale.ROOT, "%02d", year % 100);
    }

    /** @return in English with Gregorian years: {@code Oct 2022 – Sep 2023} */
    public String english() {
        return MONTHS_EN.get(fromMonth - 1) + " " + (fromYear - 543) + " – " + MONTHS_EN.get(toMonth - 1) + " " + (toYear - 543);
    }
}

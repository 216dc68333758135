package org.sitrep.coder.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a TIMEX3 value covers: 2020 is a year, 2021-W07 a Monday-to-Sunday week, 2020-SU
 * the summer months, 2020-Q1 a quarter, 201X a decade; values with a time keep their day.
 * A value with no year (XXXX-02, as SUTime gives for "mid-February") is the latest such month not after
 * the publication date; without a publication date it has no range.
 */
final class TimexRange {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern NO_YEAR_MONTH = Pattern.compile("[X*]{4}-?(\\d{2})");

    private TimexRange() {
    }

    /** [start, end] for the value, or null when it names no calendar range. */
    static LocalDate[] of(String value, LocalDate published) {
        if (value == null) return null;
        Matcher m = DATE.matcher(value);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            LocalDate day = ym.atDay(Integer.parseInt(m.group(3)));
            return new LocalDate[] {day, day};
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
            return value.endsWith("-WE") ? new LocalDate[] {monday.plusDays(5), monday.plusDays(6)}
                    : new LocalDate[] {monday, monday.plusDays(6)};
        }
        m = PART.matcher(value);
        if (m.matches()) return part(Integer.parseInt(m.group(1)), m.group(2));
        m = DECADE.matcher(value);
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1)) * 10;
            return new LocalDate[] {LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31)};
        }
        m = NO_YEAR_MONTH.matcher(value);
        if (m.matches() && published != null) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) return null;
            int year = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
            YearMonth ym = YearMonth.of(year, month);
            return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
        }
        return null;
    }

    /** Seasons (northern hemisphere, by months), quarters and halves of a year. */
    private static LocalDate[] part(int year, String part) {
        return switch (part) {
            case "SP" -> months(year, 3, year, 5);
            case "SU" -> months(year, 6, year, 8);
            case "FA", "AU" -> months(year, 9, year, 11);
            case "WI" -> months(year, 12, year + 1, 2);
            case "H1" -> months(year, 1, year, 6);
            case "H2" -> months(year, 7, year, 12);
            default -> {
                int q = part.charAt(1) - '0';
                yield months(year, 3 * q - 2, year, 3 * q);
            }
        };
    }

    private static LocalDate[] months(int y1, int m1, int y2, int m2) {
        return new LocalDate[] {LocalDate.of(y1, m1, 1), YearMonth.of(y2, m2).atEndOfMonth()};
    }
}

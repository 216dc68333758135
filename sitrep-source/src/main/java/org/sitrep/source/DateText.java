package org.sitrep.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of a date as metadata writes it: ISO 8601 ("2021-02-27T10:15:00+03:00"),
 * RFC 822 as in RSS ("Sat, 27 Feb 2021 10:15:00 GMT"), "20210227", or "February 27, 2021".
 * The date is taken as written, in the publisher's own offset, because that is the day its datelines and
 * "on Monday"s refer to; converting to UTC could move it by a day.
 */
public final class DateText {
    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO_START = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern SLASHED_START = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern RFC_822 = Pattern.compile(
            "(?i)^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4}|\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO_ANYWHERE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private DateText() {
    }

    /** The date of a metadata value, or empty when it is not a (valid) date. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null) return Optional.empty();
        String s = value.strip();
        if (s.isEmpty()) return Optional.empty();
        try {
            Matcher m = ISO_START.matcher(s);
            if (m.find()) return Optional.of(date(m.group(1), m.group(2), m.group(3)));
            m = SLASHED_START.matcher(s);
            if (m.find()) return Optional.of(date(m.group(1), m.group(2), m.group(3)));
            m = COMPACT.matcher(s);
            if (m.find()) return Optional.of(date(m.group(1), m.group(2), m.group(3)));
            m = RFC_822.matcher(s);
            if (m.find()) {
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) year += year < 50 ? 2000 : 1900;
                return Optional.of(LocalDate.of(year, month(m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return find(s);
    }

    /** The first date written with a month name or as YYYY-MM-DD anywhere in a short piece of text. */
    static Optional<LocalDate> find(String s) {
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = ISO_ANYWHERE.matcher(s);
            if (m.find()) return Optional.of(date(m.group(1), m.group(2), m.group(3)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}

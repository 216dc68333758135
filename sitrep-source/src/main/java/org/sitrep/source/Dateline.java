package org.sitrep.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written at the top of an article: a dateline ("BAGHDAD, Feb. 27, 2021 (Reuters) -")
 * or a short byline line ("Published 27 February 2021").
 * Text files rarely carry metadata; without this, relative dates could not be resolved at all.
 */
public final class Dateline {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "BAGHDAD, " or "WASHINGTON (Reuters) - " before the date: the shape of a wire dateline. */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^[A-Z][A-Z .'\u2019-]{2,40}(\\([^)]*\\))?\\s*[,\u2013\u2014-]");
    private static final int LINES = 5;
    private static final int SHORT_LINE = 100;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Dateline() {
    }

    /** The date of a dateline or byline in the first lines of the text, if there is one. */
    public static Optional<LocalDate> find(String text) {
        int seen = 0;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (++seen > LINES) break;
            boolean datelineShape = l.length() <= SHORT_LINE || PLACE_PREFIX.matcher(l).find();
            if (!datelineShape) continue;
            Optional<LocalDate> d = date(l.length() <= SHORT_LINE ? l : l.substring(0, Math.min(l.length(), 80)));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String s) {
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(s);
            if (m.find()) return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(1)), day(m.group(2))));
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find()) return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(2)), day(m.group(1))));
            m = ISO.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static int day(String s) {
        return Integer.parseInt(s);
    }

    private static int month(String s) {
        return MONTHS.get(s.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}

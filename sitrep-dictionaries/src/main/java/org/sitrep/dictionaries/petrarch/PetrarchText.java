package org.sitrep.dictionaries.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns PETRARCH spellings into Sitrep values: "JENS_STOLTENBERG_" into "jens stoltenberg", "051017" into a date.
 * All three readers share one notion of a phrase and of a date, so converted files are consistent.
 */
final class PetrarchText {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Six-digit years above this are 19YY, others 20YY; the Phoenix data uses 8 digits for 1930 and earlier. */
    static final int CENTURY_PIVOT = 30;

    private PetrarchText() {
    }

    /** Lower case, words separated by single spaces; "_" (adjacency) and a trailing "_" (TABARI stop) become spaces. */
    static String phrase(String raw) {
        String s = raw.replace('_', ' ');
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A YYMMDD or YYYYMMDD date.
     *
     * @throws IllegalArgumentException when the text is not 6 or 8 digits naming a real day
     */
    static LocalDate date(String digits) {
        String d = digits.strip();
        if (!d.matches("[0-9]{6}|[0-9]{8}")) {
            throw new IllegalArgumentException("date \"" + d + "\" is not 6 (YYMMDD) or 8 (YYYYMMDD) digits");
        }
        int year;
        int rest;
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            year = yy > CENTURY_PIVOT ? 1900 + yy : 2000 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(d.substring(0, 4));
            rest = 4;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(d.substring(rest, rest + 2)),
                    Integer.parseInt(d.substring(rest + 2, rest + 4)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date \"" + d + "\" is not a real day");
        }
    }
}

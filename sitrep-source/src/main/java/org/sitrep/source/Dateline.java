package org.sitrep.source;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a publication date written at the top of an article: a dateline ("BAGHDAD, Feb. 27, 2021 (Reuters) -")
 * or a short byline line ("Published 27 February 2021").
 * Text files rarely carry metadata; without this, relative dates could not be resolved at all.
 */
public final class Dateline {
    /** "BAGHDAD, " or "WASHINGTON (Reuters) - " before the date: the shape of a wire dateline. */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^\\p{Lu}[\\p{Lu} .'\u2019-]{2,40}(\\([^)]*\\))?\\s*[,\u2013\u2014-]");
    private static final int LINES = 5;
    private static final int SHORT_LINE = 100;

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
            Optional<LocalDate> d = DateText.find(l.length() <= SHORT_LINE ? l : l.substring(0, Math.min(l.length(), 80)));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }
}

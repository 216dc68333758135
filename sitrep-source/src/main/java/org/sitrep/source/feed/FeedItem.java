package org.sitrep.source.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.source.DateText;

/**
 * One RSS item or Atom entry as written: title, full content and summary (each HTML or plain text), link and
 * the date fields it has, most trustworthy first. {@code tooLarge} is set when its text passed the record limit.
 */
record FeedItem(String title, Body content, Body summary, String link, List<String> dates, boolean tooLarge) {
    /** A piece of item text and whether it is HTML (escaped or inline XHTML) or plain text. */
    record Body(String value, boolean html) {
        boolean isBlank() {
            return value == null || value.isBlank();
        }
    }

    /** The full content if there is any, else the summary (RSS description, Atom summary). */
    Body body() {
        return content != null && !content.isBlank() ? content : summary;
    }

    /** The first of its dates that is a date: published, pubDate, dc:date, dcterms:issued, then updated. */
    Optional<LocalDate> published() {
        for (String d : dates) {
            Optional<LocalDate> parsed = DateText.parse(d);
            if (parsed.isPresent()) return parsed;
        }
        return Optional.empty();
    }
}

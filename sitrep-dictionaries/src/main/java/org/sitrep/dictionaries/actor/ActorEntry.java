package org.sitrep.dictionaries.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One actor: the phrases that name it and its codes over time, with the file:line it came from.
 * The first phrase is the display name.
 */
public record ActorEntry(List<String> phrases, List<DatedCode> codes, String origin) {
    public ActorEntry {
        phrases = List.copyOf(phrases);
        codes = List.copyOf(codes);
    }

    public String name() {
        return phrases.get(0);
    }

    /** The code a dated line gives for this date, else the default code, else the first listed code. */
    public Optional<String> codeOn(LocalDate date) {
        if (date != null) {
            for (DatedCode c : codes) {
                if (!c.isDefault() && c.covers(date)) return Optional.of(c.code());
            }
        }
        for (DatedCode c : codes) {
            if (c.isDefault()) return Optional.of(c.code());
        }
        return date == null && !codes.isEmpty() ? Optional.of(codes.get(0).code()) : Optional.empty();
    }
}

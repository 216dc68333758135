package org.sitrep.store;

import java.time.LocalDate;

/**
 * Filters for listing stored events; null means "any".
 * actor matches source or target codes that start with it (IRQ matches IRQGOV); code matches a CAMEO prefix.
 */
public record EventQuery(String actor, String code, LocalDate from, LocalDate to, String articleId, int limit) {
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, 0);
    }
}

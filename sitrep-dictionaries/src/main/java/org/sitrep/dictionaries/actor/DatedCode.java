package org.sitrep.dictionaries.actor;

import java.time.LocalDate;

/**
 * An actor code valid between two dates (inclusive); a null bound is open.
 * People change roles, so a name maps to a list of these and the event's date picks one.
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

    public boolean isDefault() {
        return from == null && to == null;
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}

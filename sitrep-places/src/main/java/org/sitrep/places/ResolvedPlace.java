package org.sitrep.places;

import org.sitrep.model.Place;

/**
 * The resolver's answer for one mention: the chosen entry and its precision, or null for both when
 * nothing matched, and always the reason in words. The reason makes every choice auditable.
 */
public record ResolvedPlace(PlaceQuery query, GazetteerEntry entry, Precision precision, String reason) {

    public boolean resolved() {
        return entry != null;
    }

    /** The model's place, or null when unresolved. */
    public Place place() {
        return entry == null ? null : entry.toPlace();
    }
}

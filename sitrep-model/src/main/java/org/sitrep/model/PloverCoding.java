package org.sitrep.model;

/**
 * A PLOVER event type with its optional mode and context, mapped from the CAMEO code.
 * Mode and context are null where the map gives none.
 */
public record PloverCoding(String type, String mode, String context) {
}

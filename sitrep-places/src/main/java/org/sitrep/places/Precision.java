package org.sitrep.places;

/**
 * How exactly a resolved place pins down where something happened, from a populated place to a named
 * region. Event data users filter on it, since a country centroid is not a location.
 */
public enum Precision {
    CITY, ADMIN1, COUNTRY, REGION
}

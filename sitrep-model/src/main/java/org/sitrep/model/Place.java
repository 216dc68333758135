package org.sitrep.model;

/**
 * A resolved place: a GeoNames entry with its country (ISO-2) and coordinates.
 * Fields other than name may be null when the gazetteer does not know them.
 */
public record Place(String name, Long geonamesId, String country, Double lat, Double lon) {
}

package org.sitrep.model;

/**
 * A resolved place: a gazetteer entry (GeoNames id where it has one), its country (ISO-2), admin-1 region,
 * coordinates and precision, and for an event's place the basis it was chosen on.
 * precision is city, admin1, country or region; basis is attached (the sentence ties the place to the
 * event), sentence (the most specific place of the sentence), actors (the country the actors imply).
 */
public record Place(String name, Long geonamesId, String country, String admin1, String featureCode, Double lat,
                    Double lon, String precision, String basis) {

    public Place withBasis(String newBasis) {
        return new Place(name, geonamesId, country, admin1, featureCode, lat, lon, precision, newBasis);
    }
}

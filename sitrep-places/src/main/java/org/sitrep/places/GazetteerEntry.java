package org.sitrep.places;

import org.sitrep.model.Place;

/**
 * One place the gazetteer knows: its GeoNames id (null for admin-1 regions and named regions, which the
 * bundled sources give no id), names, kind, GeoNames feature code, ISO-2 country, admin-1 code and name,
 * a representative point and a population. Entries are made on demand from compact columns, so they
 * are cheap values to compare and pass around.
 *
 * <p>For an ADMIN1 entry, {@code admin1Code}/{@code admin1Name} are its own code and name and the point is
 * that of its seat. For a REGION, {@code country} is set only when the region lies in one country.
 */
public record GazetteerEntry(Long geonamesId, String name, String asciiName, PlaceKind kind,
                             String featureCode, String country, String admin1Code, String admin1Name,
                             Double lat, Double lon, long population) {

    /** The model's place for this entry. */
    public Place toPlace() {
        return new Place(name, geonamesId, country, admin1Name, featureCode, lat, lon,
                kind.precision().name().toLowerCase(java.util.Locale.ROOT), null);
    }

    /**
     * A stable identifier: "geonames:95446", "admin1:IQ.11" or "region:West Asia".
     */
    public String key() {
        if (geonamesId != null) return "geonames:" + geonamesId;
        if (kind == PlaceKind.ADMIN1) return "admin1:" + country + "." + admin1Code;
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }
}

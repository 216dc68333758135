package org.sitrep.places;

/**
 * What a gazetteer entry is: a country, a first-level administrative region, a populated place, or a
 * named region such as "West Asia". The resolver ranks by it and turns it into a {@link Precision}.
 */
public enum PlaceKind {
    COUNTRY, ADMIN1, CITY, REGION;

    public Precision precision() {
        return switch (this) {
            case COUNTRY -> Precision.COUNTRY;
            case ADMIN1 -> Precision.ADMIN1;
            case CITY -> Precision.CITY;
            case REGION -> Precision.REGION;
        };
    }
}

package org.conflictledger.ingest.extract;

/** A place from the gazetteer: a city or an oblast-level region, with its region, country and coordinates. */
public record Place(String name, String kind, String region, String country, double latitude, double longitude) {

    /** Whether this is an oblast-level region rather than a city. */
    public boolean wholeRegion() {
        return "OBLAST".equals(kind);
    }
}

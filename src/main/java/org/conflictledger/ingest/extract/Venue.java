package org.conflictledger.ingest.extract;

/** Where talks took place: a city (or country) and its ISO 3166 alpha-2 code. */
public record Venue(String place, String country) {
}

package org.conflictledger.strike;

/** How precisely the place of a strike is known. */
public enum GeoPrecision {
    EXACT, TOWN, REGION, COUNTRY
}

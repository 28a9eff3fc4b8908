package org.conflictledger.ceasefire;

/** What a cease-fire protects; decides which strikes it can cover. */
public enum CeasefireScope {
    /** Every strike. */
    COMPREHENSIVE,
    /** Strikes with ENERGY among their target categories. */
    ENERGY_INFRASTRUCTURE,
    /** Strikes with PORT among their target categories. */
    MARITIME,
    /** Strikes whose region or place is one of the cease-fire's areas. */
    HUMANITARIAN_CORRIDOR,
    /** Strikes whose region or place is one of the cease-fire's areas. */
    LOCAL,
    /** Every strike (a truce for a holiday). */
    HOLIDAY
}

package org.conflictledger.ceasefire;

/** How sure it is that a strike fell under a cease-fire, given the strike's time window. */
public enum Certainty {
    /** The strike's whole window lies inside one in-force interval. */
    CERTAIN,
    /** The window only overlaps the in-force intervals. */
    POSSIBLE
}

package org.conflictledger.strike;

/** How a source qualified a number: "88" EXACT, "at least two" AT_LEAST, "nearly 200" AT_MOST, … */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, AT_MOST, ABOUT, BETWEEN
}

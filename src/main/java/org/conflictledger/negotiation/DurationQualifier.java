package org.conflictledger.negotiation;

/** How a stated duration is to be read: "more than four hours" is 240 MORE_THAN. */
public enum DurationQualifier {
    EXACT, AT_LEAST, MORE_THAN, AT_MOST, ABOUT
}

package org.conflictledger.negotiation;

/** How the event was described by those who reported it. */
public enum Tone {
    CONSTRUCTIVE, NEUTRAL, ANTAGONISTIC, UNKNOWN
}

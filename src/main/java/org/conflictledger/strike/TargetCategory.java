package org.conflictledger.strike;

public enum TargetCategory {
    ENERGY, RESIDENTIAL, MILITARY, TRANSPORT, INDUSTRIAL, PORT, GOVERNMENT, OTHER, UNKNOWN
}

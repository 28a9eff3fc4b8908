package org.conflictledger.common;

/** How precisely the time of an event is known. */
public enum TimePrecision {
    MINUTE, HOUR, DAY, WEEK, MONTH
}

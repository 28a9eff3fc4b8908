package org.conflictledger.strike;

/** The figures a claim may state and a strike reconciles. */
public enum Figure {
    LAUNCHED("launched"),
    INTERCEPTED("intercepted"),
    SUPPRESSED("suppressed"),
    HIT("hit"),
    KILLED("killed"),
    WOUNDED("wounded");

    private final String field;

    Figure(String field) {
        this.field = field;
    }

    /** The JSON field and column prefix, e.g. {@code launched}. */
    public String field() {
        return field;
    }
}

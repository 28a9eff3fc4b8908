package org.conflictledger.ingest.classify;

import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extraction;

/**
 * Rule readings precise enough to stand over the classifier, tried in order. Each was measured on
 * the train and dev splits before it was kept (README, "The event classifier"); the relevance threshold
 * is chosen on dev with the overrides applied, so that the decision as a whole keeps dev precision.
 */
enum RuleOverride {

    /**
     * The rules read a count of drones or missiles launched or shot down in an item they judge a
     * strike report: an air force's tally of the night is a strike whatever else the text says.
     */
    STATED_LAUNCH_FIGURES(true, EventKind.STRIKE) {
        @Override
        boolean applies(Extraction rules) {
            return rules.relevant() && rules.kind() == EventKind.STRIKE
                    && (rules.launched() != null || rules.intercepted() != null);
        }
    },

    /** Neither Ukraine nor Russia nor a place of the war is named: the item is not about the war. */
    NO_SIDE_OR_PLACE_NAMED(false, null) {
        @Override
        boolean applies(Extraction rules) {
            return !rules.parties().contains("UA") && !rules.parties().contains("RU") && rules.places().isEmpty();
        }
    };

    private final boolean relevant;
    private final EventKind kind;

    RuleOverride(boolean relevant, EventKind kind) {
        this.relevant = relevant;
        this.kind = kind;
    }

    abstract boolean applies(Extraction rules);

    /** Whether an item it applies to is relevant. */
    boolean relevant() {
        return relevant;
    }

    /** The headline kind it gives a relevant item. */
    EventKind kind() {
        return kind;
    }

    /** The first override that applies to the rules' reading, or null: the classifier decides. */
    static RuleOverride of(Extraction rules) {
        if (rules == null) {
            return null;
        }
        for (RuleOverride o : values()) {
            if (o.applies(rules)) {
                return o;
            }
        }
        return null;
    }
}

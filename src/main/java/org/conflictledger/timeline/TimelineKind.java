package org.conflictledger.timeline;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;

/** What a timeline item is; at the same instant items come in this order. */
public enum TimelineKind {
    /** A strike, at its startedAt. */
    STRIKE,
    /** An entry of a cease-fire's history (its creation or a status change), at its date. */
    CEASEFIRE,
    /** A negotiation event, at its occurredAt. */
    NEGOTIATION;

    /** The kinds named in {@code kinds} (comma-separated, any case; all when blank); 400 naming {@code kinds} otherwise. */
    public static Set<TimelineKind> parse(String kinds) {
        if (kinds == null || kinds.isBlank()) {
            return EnumSet.allOf(TimelineKind.class);
        }
        Set<TimelineKind> out = EnumSet.noneOf(TimelineKind.class);
        for (String part : kinds.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                out.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                List<String> allowed = Arrays.stream(values()).map(Enum::name).toList();
                throw ApiException.invalid(List.of(new FieldProblem("kinds", "must list some of "
                        + String.join(", ", allowed), kinds, allowed)));
            }
        }
        if (out.isEmpty()) {
            return EnumSet.allOf(TimelineKind.class);
        }
        return out;
    }
}

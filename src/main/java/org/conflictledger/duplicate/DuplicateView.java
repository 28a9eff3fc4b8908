package org.conflictledger.duplicate;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * A candidate pair: {@code relation} DUPLICATE (one event recorded twice) or PART_OF (a located strike
 * inside a coarser wave, {@code partOf} naming the wave: linked, never merged), its {@code score}
 * (0…1), the two strikes in short and the parts the score was made from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DuplicateView(long id, DuplicateStatus status, String relation, Long partOf, double score,
        List<StrikeBrief> strikes, JsonNode parts, Instant foundAt, Instant decidedAt, String decidedBy,
        Long mergeId) {

    /** A strike in short; {@code datasets} are the data sets whose external ids it carries. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StrikeBrief(long id, String attacker, String target, Instant startedAt, @Nullable Instant endedAt,
            @Nullable String timePrecision, @Nullable String place, @Nullable String region, String country, @Nullable String geoPrecision,
            @Nullable String weaponCategory, @Nullable Integer launchedBest, @Nullable Integer killedBest, int claims, List<String> datasets) {
    }
}

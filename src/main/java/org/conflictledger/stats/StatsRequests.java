package org.conflictledger.stats;

import java.util.ArrayList;
import java.util.List;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.strike.StrikeDimension;
import org.conflictledger.strike.StrikeFilter;
import org.springframework.stereotype.Component;

/** Reads the parameters of statistics and reports into checked values (400 naming the parameter otherwise). */
@Component
public class StatsRequests {

    private final Zones zones;

    StatsRequests(Zones zones) {
        this.zones = zones;
    }

    public StatsQuery query(String bucket, String tz, String groupBy, StrikeFilter filter) {
        return new StatsQuery(BucketUnit.parse(bucket), zone(tz), groupBy(groupBy), filter);
    }

    /** An IANA zone known to Java and PostgreSQL, default UTC. */
    public java.time.ZoneId zone(String tz) {
        return zones.parse("tz", tz);
    }

    static StrikeDimension groupBy(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return null;
        }
        StrikeDimension dimension = StrikeDimension.ofParam(text.trim());
        if (dimension == null) {
            List<String> allowed = new ArrayList<>();
            allowed.add("none");
            allowed.addAll(StrikeDimension.params());
            throw ApiException.invalid(List.of(new FieldProblem("groupBy", "must be one of "
                    + String.join(", ", allowed), text, allowed)));
        }
        return dimension;
    }
}

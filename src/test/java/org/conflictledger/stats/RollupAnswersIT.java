package org.conflictledger.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

import org.conflictledger.strike.StrikeDimension;
import org.conflictledger.strike.StrikeFilter;
import org.conflictledger.strike.StrikeRollupRefresher;
import org.conflictledger.strike.StrikeRollups;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers read from the rollups are kept (RollupAnswers) and served again only while they are exact.
 * To see whether an answer was kept or read afresh, the test changes rollup rows behind the generation's
 * back (triggers off for one transaction): a kept answer does not show the change, a fresh read does.
 * It shows: a repeated question is served from what was kept; a new generation, or a write to a strike
 * in the question's range, is read afresh at once (no refresh needed); a write outside the range keeps it.
 */
class RollupAnswersIT extends IntegrationTest {

    private static final Instant FROM = Instant.parse("2095-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2096-01-01T00:00:00Z");
    private static final StrikeFilter RU_IN_2095 =
            new StrikeFilter("RU", null, null, null, null, null, null, FROM, TO, null);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    StrikeRollups rollups;

    @Autowired
    StrikeStatsService stats;

    @Autowired
    StrikeRollupRefresher refresher;

    @Test
    void keptAnswersAreServedOnlyWhileTheRollupsAndTheRangeAreUnchanged() throws IOException {
        insertStrikes("2095-03-01T00:00:00Z", 40);
        refresher.refreshAll();
        long truth = plainCount();
        assertThat(truth).isPositive();
        StatsQuery daily = new StatsQuery(BucketUnit.DAY, ZoneOffset.UTC, StrikeDimension.ATTACKER, RU_IN_2095);
        assertThat(stats.prepare(daily).source()).startsWith("rollup");

        assertThat(count()).isEqualTo(truth);
        String statsBefore = statsJson(daily);
        assertThat(statsJson(daily)).isEqualTo(statsBefore);

        // the same questions again after the rows changed behind the generation's back: what was kept
        tamper(1000);
        assertThat(count()).isEqualTo(truth);
        assertThat(statsJson(daily)).isEqualTo(statsBefore);

        // a new generation: read afresh (and so the tampered rows show)
        jdbc.update("update strike_rollup_generation set n = n + 1");
        assertThat(count()).isGreaterThanOrEqualTo(truth + 1000);
        assertThat(statsJson(daily)).isNotEqualTo(statsBefore);
        tamper(-1000);
        jdbc.update("update strike_rollup_generation set n = n + 1");
        assertThat(count()).isEqualTo(truth);
        assertThat(statsJson(daily)).isEqualTo(statsBefore);

        // a strike written inside the range: its day is dirty, the next read is fresh without any refresh
        insertStrikes("2095-06-10T00:00:00Z", 1);
        assertThat(count()).isEqualTo(truth + 1).isEqualTo(plainCount());
        assertThat(statsJson(daily)).isNotEqualTo(statsBefore).contains("\"2095-06-10\"");
        refresher.refreshAll();
        assertThat(count()).isEqualTo(truth + 1);

        // a strike written outside the range leaves the range's kept answer valid (the scheduled refresher
        // may fold a day meanwhile, moving the generation: then the attempt shows nothing and is repeated;
        // the answer is kept again at the attempt's own generation, whatever moved it before)
        for (int attempt = 1; ; attempt++) {
            long generation = generation();
            assertThat(count()).isEqualTo(truth + 1);
            insertStrikes("2097-06-10T00:00:00Z", 1);
            tamper(1000);
            long seen = count();
            boolean undisturbed = generation() == generation && jdbc.queryForObject(
                    "select exists (select 1 from strike_rollup_dirty where day = '2097-06-10T00:00:00Z')", Boolean.class);
            tamper(-1000);
            if (undisturbed) {
                assertThat(seen).isEqualTo(truth + 1);
                break;
            }
            assertThat(attempt).as("the refresher folded the day in every attempt").isLessThan(5);
        }
        refresher.refreshAll();
        assertThat(count()).isEqualTo(plainCount());
    }

    private long generation() {
        return jdbc.queryForObject("select n from strike_rollup_generation", Long.class);
    }

    private long count() {
        return rollups.count(RU_IN_2095).orElseThrow();
    }

    private long plainCount() {
        return jdbc.queryForObject("select count(*) from strike where attacker = 'RU' and started_at >= ? and started_at < ?",
                Long.class, java.sql.Timestamp.from(FROM), java.sql.Timestamp.from(TO));
    }

    private String statsJson(StatsQuery query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stats.prepare(query).json().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Adds {@code delta} strikes to every daily RU row of 2095, without moving the generation. */
    private void tamper(int delta) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            int rows = jdbc.update("update strike_rollup set strikes = strikes + ? where grain = 'd' and k1 = 'RU'"
                    + " and bucket >= ? and bucket < ?", delta, java.sql.Timestamp.from(FROM), java.sql.Timestamp.from(TO));
            assertThat(rows).isPositive();
        });
    }

    private void insertStrikes(String start, int n) {
        jdbc.update("""
                insert into strike (attacker, target, started_at, ended_at, time_precision, country, geo_precision,
                                    weapon_category, target_categories, launched_low, launched_best, launched_high,
                                    launched_claims)
                select 'RU', 'UA', ?::timestamptz + i * interval '7 hours', ?::timestamptz + i * interval '7 hours'
                       + interval '1 hour', 'HOUR', 'UA', 'COUNTRY', 'DRONE', array['ENERGY'], i, i, i, 1
                from generate_series(1, ?) i
                """, start, start, n);
    }
}

package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A queue that held many rows and is empty again is vacuumed, once: its readers no longer walk the dead rows. */
class QueueTableVacuumIT extends IntegrationTest {

    @Autowired
    QueueTableVacuum vacuum;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void vacuumsAQueueWhoseDeadRowsOutnumberTheLiveOnesAndLeavesItAloneOnceClean() {
        vacuum.vacuumWhereDead();   // whatever earlier tests left
        // 5,000 dirty days long before any strike of the tests, marked and folded away in one transaction
        writeAndCount("insert into strike_rollup_dirty (day) select timestamptz '1700-01-01' + n * interval '1 day'"
                + " from generate_series(1, 5000) n", "delete from strike_rollup_dirty where day < timestamptz '1800-01-01'");
        // the dirty-day index the stamps use walks the dead rows to find none
        long before = blocksReadToFindItEmpty();
        assertThat(before).as("blocks read before the vacuum").isGreaterThan(10);
        long vacuumsBefore = vacuums();

        assertThat(vacuum.vacuumWhereDead()).contains("strike_rollup_dirty");
        assertThat(vacuums()).isEqualTo(vacuumsBefore + 1);
        // and now finds it so without them
        assertThat(blocksReadToFindItEmpty()).as("blocks read after it (before: %d)", before).isLessThan(before / 2);

        // clean now: not vacuumed again
        assertThat(vacuum.vacuumWhereDead()).doesNotContain("strike_rollup_dirty");
        assertThat(vacuums()).isEqualTo(vacuumsBefore + 1);
    }

    @Test
    void leavesATableAloneWhileItsDeadRowsAreFewerThanTenTimesItsLiveOnes() {
        vacuum.vacuumWhereDead();   // whatever earlier tests left
        // 2,000 live lock rows of no job, and 5,000 dead: above the 1,000 dead rows, below ten times the live
        writeAndCount("insert into shedlock (name, lock_until, locked_at, locked_by) select 'vacuum-test-' || n,"
                + " now(), now(), 'QueueTableVacuumIT' from generate_series(1, 7000) n",
                "delete from shedlock where name like 'vacuum-test-%' and substr(name, 13)::int > 2000");
        assertThat(vacuum.vacuumWhereDead()).doesNotContain("shedlock");
        // the live ones gone as well: 7,000 dead rows, a handful live
        writeAndCount("delete from shedlock where name like 'vacuum-test-%'");
        assertThat(vacuum.vacuumWhereDead()).contains("shedlock");
    }

    /** Runs the statements in one transaction and has its row counts reach the statistics at commit. */
    private void writeAndCount(String... statements) {
        transactions.executeWithoutResult(status -> {
            for (String statement : statements) {
                jdbc.update(statement);
            }
            jdbc.queryForObject("select pg_stat_force_next_flush()", Object.class);   // counted at commit
        });
    }

    private long vacuums() {
        return jdbc.queryForObject("select vacuum_count from pg_stat_user_tables where schemaname = current_schema()"
                + " and relname = 'strike_rollup_dirty'", Long.class);
    }

    /**
     * Blocks read to count the test's days by the index the stamps use (forced: the plan must not depend on
     * what other tests left in the table, and a count does not stop at the first live row they left).
     */
    private long blocksReadToFindItEmpty() {
        String plan = transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForObject("explain (analyze, buffers, format json) select count(*) from"
                    + " strike_rollup_dirty d where d.day < timestamptz '1800-01-01'", String.class);
        });
        JsonNode top = JsonMapper.shared().readTree(plan).get(0).get("Plan");
        return top.get("Shared Hit Blocks").asLong() + top.get("Shared Read Blocks").asLong();
    }
}

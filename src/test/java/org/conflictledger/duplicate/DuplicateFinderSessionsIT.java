package org.conflictledger.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The finder's sessions side by side ({@code ledger.duplicates.finder-threads}) find exactly the candidates
 * one search of all the strikes finds: none lost, none doubled, none between two rows of one data set.
 * The strikes are written in one statement (queued, as an import's are) in a year of their own; a
 * running import job, made up for the test, keeps the scheduled finder off the queue meanwhile, so that
 * the four sessions of this test's finder search every chunk.
 */
class DuplicateFinderSessionsIT extends IntegrationTest {

    private static final int STRIKES = 600;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void sessionsSideBySideFindWhatOneSearchFinds() {
        long job = jdbc.sql("insert into import_job (format, status, author, submitted_at, started_at, heartbeat_at)"
                + " values ('acled', 'RUNNING', 'DuplicateFinderSessionsIT: holds the scheduled finder', now(), now(), now())"
                + " returning id").query(Long.class).single();
        DuplicateFinder finder = new DuplicateFinder(jdbc, transactions, 7, 4);
        try {
            List<Long> ids = writeStrikesOfTwoDataSets();
            assertThat(jdbc.sql("select count(*) from duplicate_queue where strike_id = any(?)").param(ids.toArray(Long[]::new))
                    .query(Long.class).single()).as("a statement of 600 strikes is queued").isEqualTo(STRIKES);

            assertThat(finder.drain(Duration.ofMinutes(3).toNanos(), false)).isGreaterThanOrEqualTo(STRIKES);
            // 86 chunks of 7: the helper sessions start long before the caller's could search them all alone
            assertThat(finder.lastDrainSessions()).as("sessions that searched chunks").isGreaterThanOrEqualTo(2);

            List<String> found = candidatesOf(ids);
            // one search of every strike, in a transaction rolled back: the same rows, parts and scores
            List<String> once = transactions.execute(status -> {
                status.setRollbackOnly();
                jdbc.sql("delete from duplicate_candidate where strike_a = any(:ids) or strike_b = any(:ids)")
                        .param("ids", ids.toArray(Long[]::new)).update();
                jdbc.sql("select ledger_find_duplicates(?)").param(ids.toArray(Long[]::new)).query(Integer.class).single();
                return candidatesOf(ids);
            });
            assertThat(found).hasSizeGreaterThan(STRIKES).doesNotHaveDuplicates().isEqualTo(once);
            assertThat(jdbc.sql("select count(*) from duplicate_candidate where (strike_a = any(:ids) or strike_b = any(:ids))"
                    + " and datasets_a && datasets_b").param("ids", ids.toArray(Long[]::new)).query(Long.class).single())
                    .as("pairs of one data set").isZero();
        } finally {
            finder.destroy();
            jdbc.sql("update import_job set status = 'DONE', finished_at = now() where id = ?").param(job).update();
        }
    }

    @Test
    void weaponFamiliesOfNoModelAreEmptyAndOfModelsTheirFirstNames() {
        assertThat(families("select ledger_weapon_families(null)")).isEmpty();
        assertThat(families("select ledger_weapon_families('{}')")).isEmpty();
        assertThat(families("select ledger_weapon_families(array['Shahed-136/131', 'Kh-101', 'S-300', 'Unknown UAV', ' '])"))
                .containsExactly("c300", "shahed136", "x101");
    }

    private List<String> families(String sql) {
        return List.of(jdbc.sql(sql).query((rs, row) -> (String[]) rs.getArray(1).getArray()).single());
    }

    /**
     * 600 strikes over 30 days in one oblast, twenty a day at hours apart, every other one a row of data
     * set "sessions-a" and the rest of "sessions-b", half of them naming drone models.
     */
    private List<Long> writeStrikesOfTwoDataSets() {
        return transactions.execute(status -> {
            List<Long> ids = jdbc.sql("""
                    insert into strike (attacker, target, started_at, ended_at, time_precision, place, region, country,
                                        geo_precision, weapon_category, weapon_models, target_categories,
                                        launched_low, launched_best, launched_high, launched_claims, created_at, updated_at)
                    select 'RU', 'UA', t, t + interval '3 hours', 'HOUR', 'Sessions town', 'Sessions oblast', 'UA', 'REGION',
                           'DRONE', case when i % 4 < 2 then array['Shahed-136'] else '{}' end, array['ENERGY'],
                           10 + i % 5, 10 + i % 5, 10 + i % 5, 1, now(), now()
                    from generate_series(1, ?) i,
                         lateral (select timestamptz '2230-03-01T00:00:00Z' + (i / 20) * interval '1 day'
                                         + (i % 20) * interval '70 minutes' as t) w
                    returning id""").param(STRIKES).query(Long.class).list();
            jdbc.sql("insert into strike_external_id (dataset, external_id, strike_id)"
                    + " select case when ord % 2 = 0 then 'sessions-a' else 'sessions-b' end, 'S' || id, id"
                    + " from unnest(?::bigint[]) with ordinality s(id, ord)").param(ids.toArray(Long[]::new)).update();
            return ids;
        });
    }

    private List<String> candidatesOf(List<Long> ids) {
        return jdbc.sql("select strike_a || ' ' || strike_b || ' ' || relation || ' ' || coalesce(whole::text, '-') || ' '"
                + " || score || ' ' || parts::text || ' ' || datasets_a::text || datasets_b::text from duplicate_candidate"
                + " where strike_a = any(:ids) or strike_b = any(:ids) order by strike_a, strike_b")
                .param("ids", ids.toArray(Long[]::new)).query(String.class).list();
    }
}

package org.conflictledger.history;

import org.conflictledger.common.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands out feed cursors to committed changes in the background ({@link ChangeLog#sequence()}), so
 * that the feed's own run before each read finds little to do. Several instances may run it at once:
 * the sequencer's advisory lock makes them take turns (writers never take it).
 */
@Component
class ChangeSequencer {

    private static final Logger log = LoggerFactory.getLogger(ChangeSequencer.class);

    private final ChangeLog changeLog;
    private final JdbcClient jdbc;

    ChangeSequencer(ChangeLog changeLog, JdbcClient jdbc) {
        this.changeLog = changeLog;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${ledger.history.sequencer-tick:PT0.5S}",
            initialDelayString = "${ledger.history.sequencer-tick:PT0.5S}")
    void tick() {
        try {
            // while an import runs its changes wait for a reader of the feed (which sequences them itself)
            // or the tick after it: numbering them batch by batch would compete with the import
            if (Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from import_job where status = 'RUNNING')")
                    .query(Boolean.class).single())) {
                return;
            }
            changeLog.sequence();
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                log.debug("Change sequencer skipped: the database is unavailable");
            } else {
                log.warn("Change sequencer failed; the next tick tries again: {}", e.getMessage());
            }
        }
    }
}

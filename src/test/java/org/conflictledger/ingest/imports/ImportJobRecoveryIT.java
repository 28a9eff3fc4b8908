package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class ImportJobRecoveryIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    ImportJobs jobs;

    private long job(String status, String heartbeatAge) {
        return jdbc.sql("insert into import_job (format, status, author, submitted_at, started_at, heartbeat_at)"
                + " values ('ledger', :status, 'someone', now(), now(), now() - cast(:age as interval)) returning id")
                .param("status", status).param("age", heartbeatAge).query(Long.class).single();
    }

    private String status(long id) {
        return api.get("/api/v1/imports/" + id).json().get("status").asString();
    }

    @Test
    void anotherLiveInstancesJobsAreLeftAloneAndFailOnceTheirHeartbeatStops() {
        long running = job("RUNNING", "10 seconds");
        long queued = job("QUEUED", "90 seconds");
        long stopped = job("RUNNING", "3 minutes");

        imports.failJobsLeftUnfinished();

        assertThat(status(running)).as("beaten 10 s ago by a live instance").isEqualTo("RUNNING");
        assertThat(status(queued)).as("beaten 90 s ago, stale only after 2 min").isEqualTo("QUEUED");
        assertThat(status(stopped)).as("no heartbeat for 3 min").isEqualTo("FAILED");

        // the live instance stops: no heartbeat for longer than stale-after, and the next sweep fails its jobs
        jdbc.sql("update import_job set heartbeat_at = now() - interval '5 minutes' where id in (:a, :b)")
                .param("a", running).param("b", queued).update();
        imports.heartbeat();
        assertThat(status(running)).isEqualTo("FAILED");
        assertThat(status(queued)).isEqualTo("FAILED");
    }

    @Test
    void theHeartbeatKeepsTheJobsAnInstanceHoldsAlive() {
        long held = job("RUNNING", "10 minutes");
        long done = job("RUNNING", "10 minutes");
        jdbc.sql("update import_job set status = 'DONE', finished_at = now() where id = :id").param("id", done).update();

        jobs.heartbeat(java.util.Set.of(held, done));

        assertThat(jobs.failUnfinished(java.util.Set.of(), java.time.Duration.ofMinutes(2), "test",
                java.time.Instant.now())).as("held job beaten just now").isZero();
        assertThat(status(held)).isEqualTo("RUNNING");
        assertThat(jdbc.sql("select heartbeat_at > now() - interval '1 minute' from import_job where id = :id")
                .param("id", done).query(Boolean.class).single()).as("a finished job is not beaten").isFalse();
    }

    @Test
    void aJobLeftRunningByAStoppedServiceIsFailedAtStartUp() {
        long id = jdbc.sql("insert into import_job (format, status, author, submitted_at, started_at)"
                + " values ('ledger', 'RUNNING', 'someone', now(), now()) returning id").query(Long.class).single();

        imports.failJobsLeftUnfinished();

        JsonNode job = api.get("/api/v1/imports/" + id).json();
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failure").asString()).startsWith("interrupted: the service stopped");
        assertThat(job.get("finishedAt").isNull()).isFalse();
    }
}

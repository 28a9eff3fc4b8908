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

package org.conflictledger.strike;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stamp checks of concurrent reads of kept strikes ({@link StrikeRepresentations}), asked of
 * PostgreSQL together: one thread takes every check waiting, runs one {@code where id = any(?)}
 * statement for all of them, answers each, and takes the checks that arrived meanwhile. Each check is
 * answered by a statement that started after it arrived, so it sees every transaction committed before
 * the read began (as its own statement would: never stale), while the database does one round trip and
 * one snapshot per batch instead of per read. Hand-written because what matters here, that the
 * statement starts after the wait began, is not what batching loaders (java-dataloader, Caffeine's
 * bulk loads) promise.
 * <p>
 * The checks run on a connection of their own (a one-connection pool copied from the service's) with
 * {@code plan_cache_mode = force_generic_plan}: for an array parameter PostgreSQL otherwise judges a
 * custom plan cheaper for small batches and plans every batch anew, which cost more than the batch.
 * {@code ledger.strikes.stamp-batch-size} bounds a batch; {@code 0} asks one statement per read.
 */
@Component
class StampChecks implements DisposableBean {

    private record Check(long id, CompletableFuture<Optional<String>> stamp) {
    }

    private final StrikeReads reads;
    private final int batchSize;
    private final LinkedBlockingQueue<Check> waiting = new LinkedBlockingQueue<>();
    private final DistributionSummary batches;
    private final HikariDataSource ownPool;
    private final JdbcClient jdbc;
    private final Thread checker;

    StampChecks(StrikeReads reads, DataSource dataSource, MeterRegistry meters,
            @Value("${ledger.strikes.stamp-batch-size:256}") int batchSize) {
        this.reads = reads;
        this.batchSize = batchSize;
        this.batches = DistributionSummary.builder("ledger.strikes.stamp-checks")
                .description("stamp checks of kept strikes answered by one statement").register(meters);
        this.ownPool = batchSize > 0 && dataSource instanceof HikariDataSource hikari ? ownPool(hikari) : null;
        this.jdbc = JdbcClient.create(ownPool != null ? ownPool : dataSource);
        this.checker = batchSize > 0 ? new Thread(this::run, "strike-stamp-checks") : null;
        if (checker != null) {
            checker.setDaemon(true);
            checker.start();
        }
    }

    /** The service's pool settings (URL, schema, timeouts), one connection, generic plans; opened when needed. */
    private static HikariDataSource ownPool(HikariDataSource service) {
        HikariDataSource pool = new HikariDataSource();
        service.copyStateTo(pool);
        pool.setPoolName(service.getPoolName() + "-stamps");
        pool.setMaximumPoolSize(1);
        pool.setMinimumIdle(0);   // closed after the service's idle timeout without reads: none held for nothing
        pool.setConnectionInitSql("set plan_cache_mode = force_generic_plan");
        return pool;
    }

    /** The stamp the strike would be read with now, or empty when there is no such strike. */
    Optional<String> stamp(long id) {
        if (checker == null) {
            return reads.stamp(id);
        }
        Check check = new Check(id, new CompletableFuture<>());
        waiting.add(check);
        try {
            return check.stamp().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;   // a database failure, answered as any read's
            }
            throw new IllegalStateException("stamp check failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a stamp check", e);
        }
    }

    private void run() {
        List<Check> batch = new ArrayList<>(batchSize);
        while (!Thread.currentThread().isInterrupted()) {
            batch.clear();
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                break;
            }
            waiting.drainTo(batch, batchSize - 1);
            batches.record(batch.size());
            long[] ids = new long[batch.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = batch.get(i).id();
            }
            try {
                Map<Long, String> stamps = StrikeReads.stamps(jdbc, ids);
                batch.forEach(check -> check.stamp().complete(Optional.ofNullable(stamps.get(check.id()))));
            } catch (RuntimeException | Error e) {
                batch.forEach(check -> check.stamp().completeExceptionally(e));
            }
        }
        // shutting down: nobody waits for ever
        waiting.forEach(check -> check.stamp().completeExceptionally(new IllegalStateException("shutting down")));
    }

    @Override
    public void destroy() {
        if (checker != null) {
            checker.interrupt();
        }
        if (ownPool != null) {
            ownPool.close();
        }
    }
}

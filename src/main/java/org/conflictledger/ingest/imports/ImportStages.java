package org.conflictledger.ingest.imports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Where one job's time goes, stage by stage (reading and mapping the CSV, each SQL statement of the
 * batch writer, waiting for the writer): recorded into the timer {@code ledger.imports.stage} (tag
 * {@code stage}) and summed per job for one log line at its end, so that a slow import can be read
 * without a profiler. Written from the parsing and the writing thread.
 */
final class ImportStages {

    private final MeterRegistry meters;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    ImportStages(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()}) to the stage; returns now. */
    long add(String stage, long startNanos) {
        long now = System.nanoTime();
        long spent = now - startNanos;
        nanos.computeIfAbsent(stage, s -> new LongAdder()).add(spent);
        Timer.builder("ledger.imports.stage").tag("stage", stage)
                .description("time spent by import jobs in each stage (CSV reading and mapping, SQL statements)")
                .register(meters).record(spent, TimeUnit.NANOSECONDS);
        return now;
    }

    /** The stages by time spent, largest first: "strike insert 4.1 s, claim insert 2.0 s, …". */
    String summary() {
        return nanos.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .map(e -> "%s %.2f s".formatted(e.getKey(), e.getValue().sum() / 1e9))
                .collect(Collectors.joining(", "));
    }
}

package org.conflictledger.ingest.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.conflictledger.party.PartyService;
import org.conflictledger.source.SourceKind;
import org.conflictledger.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one job: reads the spooled file as a stream, maps each record with the format's mapper, and
 * hands full batches to the writer on a second thread, so that parsing the next batch overlaps with
 * the database writing the previous one. Memory stays at two batches whatever the file's size.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final int FIRST_BATCH = 2_000;

    private final ImportJobs jobs;
    private final StrikeBulkWriter writer;
    private final SourceService sources;
    private final PartyService parties;
    private final ImportProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    ImportRunner(ImportJobs jobs, StrikeBulkWriter writer, SourceService sources, PartyService parties,
            ImportProperties properties, MeterRegistry meters, Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.sources = sources;
        this.parties = parties;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    void run(long jobId, ImportFormat format, Path file, String author) {
        ExecutorService writing = Executors.newFixedThreadPool(properties.writers(),
                r -> new Thread(r, "import-" + jobId + "-write"));
        ImportStages stages = new ImportStages(meters);
        ImportCounters counters = new ImportCounters(properties.maxStoredErrors(), stages);
        Writing inFlight = new Writing(writing, properties.writers(), jobId, author, counters);
        long jobStart = System.nanoTime();
        long line = 0;
        try {
            jobs.started(jobId, clock.instant());
            ImportMapper mapper = mapper(format, "import job " + jobId);
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int maxChars = (int) Math.min(Integer.MAX_VALUE, properties.maxRecordSize().toBytes());
            String stopped = null;
            try (CsvReader csv = new CsvReader(new InputStreamReader(
                    new BufferedInputStream(Files.newInputStream(file), 1 << 20), decoder), maxChars)) {
                String[] record = csv.next();
                while (record != null && CsvReader.blank(record)) {
                    record = csv.next();
                }
                if (record != null) {
                    line = csv.recordLine();
                    mapper.header(new Header(record));
                    ImportBatch batch = new ImportBatch();
                    // the first batches are small, so that the writers start early; then batch-size rows each
                    int limit = Math.min(properties.batchSize(), FIRST_BATCH);
                    long parsing = System.nanoTime();
                    while (true) {
                        try {
                            record = csv.next();
                        } catch (CsvReader.RecordTooLongException e) {
                            stopped = e.getMessage() + "; the rows before it were imported";
                            break;
                        } catch (CharacterCodingException e) {
                            stopped = "near line " + (line + 1) + ": bytes that are not UTF-8 text (a binary or"
                                    + " differently encoded file?); the rows before it were imported";
                            break;
                        }
                        if (record == null) {
                            break;
                        }
                        line = csv.recordLine();
                        if (CsvReader.blank(record)) {
                            continue;
                        }
                        batch.countRead();
                        if (csv.recordHasNul()) {
                            batch.problem(line, "holds a NUL character (binary data, not text)", false);
                        } else {
                            try {
                                batch.add(mapper.map(line, record));
                            } catch (RowProblem problem) {
                                batch.problem(line, problem.getMessage(), problem.skipped());
                            }
                        }
                        if (batch.size() + batch.problems().size() >= limit) {
                            stages.add("csv: read and map", parsing);
                            inFlight.hand(batch);
                            parsing = System.nanoTime();
                            batch = new ImportBatch();
                            limit = Math.min(properties.batchSize(), limit * 2);
                        }
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedException();
                        }
                    }
                    stages.add("csv: read and map", parsing);
                    inFlight.hand(batch);
                }
            }
            inFlight.finish();
            writer.analyzeAfter(counters);
            log.info("Import job {}: {} rows read in {} s; {}", jobId, counters.read,
                    "%.2f".formatted((System.nanoTime() - jobStart) / 1e9), stages.summary());
            if (stopped != null) {
                fail(jobId, stopped, writing);
            } else {
                jobs.finished(jobId, clock.instant());
            }
        } catch (Header.HeaderProblem e) {
            fail(jobId, e.getMessage(), writing);
        } catch (CsvReader.RecordTooLongException | CharacterCodingException e) {
            fail(jobId, "the header line is not CSV text: " + e.getMessage(), writing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(jobId, "stopped: the service shut down while the job ran; rows written before are kept, and"
                    + " importing the file again skips them as unchanged", writing);
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InterruptedException) {
                fail(jobId, "stopped: the service shut down while the job ran", writing);
                return;
            }
            String correlationId = UUID.randomUUID().toString();
            log.error("Import job {} failed [correlationId={}]", jobId, correlationId, cause);
            fail(jobId, "an internal error stopped the import near line " + line + " (batches written before are"
                    + " kept); correlation id " + correlationId, writing);
        } finally {
            writing.shutdownNow();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the spooled import file {}: {}", file, e.getMessage());
            }
        }
    }

    /**
     * The batches being written, oldest first: at most {@code ledger.imports.writers} at a time, each on
     * a connection of its own. A batch that names an external id of a batch still being written waits
     * for it before it starts (the database then sees the earlier row and rejects the repeat); the
     * writer makes every batch commit after the one before it.
     */
    private final class Writing {

        private record InFlight(ImportBatch batch, Future<?> writing) {
        }

        private final ExecutorService pool;
        private final int writers;
        private final long jobId;
        private final String author;
        private final ImportCounters counters;
        private final Deque<InFlight> batches = new ArrayDeque<>();

        Writing(ExecutorService pool, int writers, long jobId, String author, ImportCounters counters) {
            this.pool = pool;
            this.writers = writers;
            this.jobId = jobId;
            this.author = author;
            this.counters = counters;
        }

        void hand(ImportBatch batch) throws InterruptedException, ExecutionException {
            long waiting = System.nanoTime();
            while (!batches.isEmpty() && (batches.size() >= writers || batches.peekFirst().writing().isDone())) {
                batches.removeFirst().writing().get();
            }
            counters.stages.add("csv: wait for a writer", waiting);
            Future<?> previous = batches.isEmpty() ? CompletableFuture.completedFuture(null)
                    : batches.peekLast().writing();
            boolean overlaps = batches.stream().anyMatch(earlier -> earlier.batch().sharesKeysWith(batch));
            Future<?> writing = pool.submit(() -> {
                if (overlaps) {
                    previous.get();
                }
                writer.write(jobId, author, batch, counters, previous);
                return null;
            });
            batches.addLast(new InFlight(batch, writing));
        }

        void finish() throws InterruptedException, ExecutionException {
            long waiting = System.nanoTime();
            while (!batches.isEmpty()) {
                batches.removeFirst().writing().get();
            }
            counters.stages.add("csv: wait for a writer", waiting);
        }
    }

    private void fail(long jobId, String reason, ExecutorService writing) {
        writing.shutdownNow();
        try {
            jobs.failed(jobId, reason, clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not mark import job {} as failed ({}): {}", jobId, reason, e.getMessage());
        }
    }

    /** The format's mapper; parties an import creates on first sight name {@code author} as their creator. */
    private ImportMapper mapper(ImportFormat format, String author) {
        Map<String, Boolean> known = new HashMap<>();
        java.util.function.Predicate<String> partyExists = code -> known.computeIfAbsent(code, parties::exists);
        return switch (format) {
            case MISSILE_ATTACKS_UA -> new MissileAttacksFormat(new ImportContext(sources.findOrCreate(
                    MissileAttacksFormat.PUBLISHER, SourceKind.OFFICIAL_MILITARY, "UA"), partyExists, properties.zone()));
            case UCDP_GED -> new UcdpGedFormat(new ImportContext(sources.findOrCreate(UcdpGedFormat.PUBLISHER,
                    SourceKind.DATASET, null), partyExists, properties.zone(),
                    new ActorParties(parties, UcdpGedFormat.DATASET, author)));
            case ACLED -> new AcledFormat(new ImportContext(sources.findOrCreate(AcledFormat.PUBLISHER,
                    SourceKind.DATASET, null), partyExists, properties.zone(),
                    new ActorParties(parties, AcledFormat.DATASET, author)));
            case LEDGER -> new LedgerFormat(new ImportContext(sources.findOrCreate(LedgerFormat.PUBLISHER,
                    SourceKind.DATASET, null), partyExists, properties.zone()));
        };
    }
}

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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    private final ImportJobs jobs;
    private final StrikeBulkWriter writer;
    private final SourceService sources;
    private final PartyService parties;
    private final ImportProperties properties;
    private final Clock clock;

    ImportRunner(ImportJobs jobs, StrikeBulkWriter writer, SourceService sources, PartyService parties,
            ImportProperties properties, Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.sources = sources;
        this.parties = parties;
        this.properties = properties;
        this.clock = clock;
    }

    void run(long jobId, ImportFormat format, Path file, String author) {
        ExecutorService writing = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-" + jobId + "-write"));
        ImportCounters counters = new ImportCounters(properties.maxStoredErrors());
        long line = 0;
        try {
            jobs.started(jobId, clock.instant());
            ImportMapper mapper = mapper(format, "import job " + jobId);
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int maxChars = (int) Math.min(Integer.MAX_VALUE, properties.maxRecordSize().toBytes());
            Future<?> pending = null;
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
                        if (batch.size() + batch.problems().size() >= properties.batchSize()) {
                            pending = hand(writing, pending, jobId, author, batch, counters);
                            batch = new ImportBatch();
                        }
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedException();
                        }
                    }
                    pending = hand(writing, pending, jobId, author, batch, counters);
                }
            }
            if (pending != null) {
                pending.get();
            }
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

    /** Waits for the batch being written, then hands over the next one: at most one batch in the database. */
    private Future<?> hand(ExecutorService writing, Future<?> pending, long jobId, String author, ImportBatch batch,
            ImportCounters counters) throws InterruptedException, ExecutionException {
        if (pending != null) {
            pending.get();
        }
        return writing.submit(() -> writer.write(jobId, author, batch, counters));
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

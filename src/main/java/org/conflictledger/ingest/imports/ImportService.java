package org.conflictledger.ingest.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.conflictledger.common.ApiException;
import org.conflictledger.integrity.IntegrityProperties;
import org.springframework.transaction.support.TransactionTemplate;
import org.conflictledger.common.BodySizeLimitFilter;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Bulk imports: a file is spooled to disk while the request body is read (constant memory for any
 * size), a job is recorded QUEUED and answered at once, and one background worker runs the jobs in
 * the order they came. A job a stopped service left unfinished is marked FAILED at the next start.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int SNIFF = 8192;

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final ImportProperties properties;
    private final IntegrityProperties.Idempotency idempotency;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Jobs this service has queued or is running: never "left unfinished". */
    private final java.util.Set<Long> active = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import-jobs");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(ImportJobs jobs, ImportRunner runner, ImportProperties properties,
            IntegrityProperties.Idempotency idempotency, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.idempotency = idempotency;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** A submitted job, and whether it is the replay of an earlier submission with the same key. */
    public record Submission(ImportJobView job, boolean replayed) {
    }

    /**
     * Checks the format name, spools the body to a file and queues a job for it. A wrong format is a
     * 400 naming the allowed ones (the body is not read); an empty body (0 bytes) is a 400; a body
     * that is not text (NUL bytes, not UTF-8, a gzip or zip archive) is a 400; a body over the
     * endpoint's size limit is a 413. With an optional {@code Idempotency-Key} the body is
     * streamed to disk (never buffered) while its SHA-256 is computed; a retry with the same key, format
     * and body within the key's lifetime gets the first job back (replayed) and queues nothing; the
     * same key with another body is a 422. Keys belong to the API key that sent them.
     */
    public Submission submit(String formatName, InputStream body, String idempotencyKey) throws IOException {
        ImportFormat format = format(formatName);
        String key = checkedKey(idempotencyKey);
        Path dir = properties.spoolPath();
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "import-", ".csv");
        // the body's hash tells a retry from a reuse of the key: only computed when there is a key
        MessageDigest digest = key == null ? null : sha256();
        if (digest != null) {
            digest.update((format.key() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        long bytes;
        try {
            bytes = spool(digest == null ? body : new DigestInputStream(body, digest), file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            if (e instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Body too large",
                        "The request body is larger than this endpoint's limit of " + tooLarge.limit() + " bytes.")
                        .with("limit", tooLarge.limit());
            }
            throw e;
        }
        String hash = digest == null ? null : HexFormat.of().formatHex(digest.digest());
        String scope = Actors.current();
        Instant now = clock.instant();
        long id; // a new job's id, or a replayed job's id negated (see keyedJob)
        try {
            id = key == null ? jobs.create(format, scope, bytes, now) : keyedJob(format, scope, bytes, now, key, hash);
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (id < 0) {
            Files.deleteIfExists(file);
            return new Submission(jobs.get(-id, properties.maxStoredErrors()), true);
        }
        try {
            active.add(id);
            worker.submit(() -> {
                try {
                    runner.run(id, format, file, scope);
                } finally {
                    active.remove(id);
                }
            });
        } catch (RejectedExecutionException e) {
            active.remove(id);
            Files.deleteIfExists(file);
            jobs.failed(id, "the service is shutting down; submit the file again", clock.instant());
        }
        return new Submission(jobs.get(id, properties.maxStoredErrors()), false);
    }

    /** Marks this instance's jobs alive and fails the jobs of instances that stopped. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${ledger.imports.heartbeat:PT30S}",
            initialDelayString = "${ledger.imports.heartbeat:PT30S}")
    void heartbeat() {
        try {
            jobs.heartbeat(java.util.Set.copyOf(active));
            failJobsOfStoppedInstances();
        } catch (RuntimeException e) {
            log.warn("Could not mark import jobs alive: {}", e.getMessage());
        }
    }

    private void failJobsOfStoppedInstances() {
        int failed = jobs.failUnfinished(java.util.Set.copyOf(active), properties.staleAfter(),
                "interrupted: the service stopped before the job finished; rows written before are kept, and"
                        + " importing the file again skips them as unchanged", clock.instant());
        if (failed > 0) {
            log.warn("Marked {} import job(s) left unfinished by a stopped instance as FAILED", failed);
        }
    }

    /**
     * The job of a keyed submission, one per key at a time: a concurrent duplicate waits for the key's
     * lock, then finds the first job. A new job's id is positive; the first job's id, to be replayed, is
     * returned negated; the same key with another body is a 422.
     */
    private long keyedJob(ImportFormat format, String scope, long bytes, Instant now, String key, String hash) {
        return transactions.execute(status -> {
            jobs.lockIdempotencyKey(scope, key);
            ImportJobs.KeyedJob earlier = jobs.findByIdempotencyKey(scope, key, now.minus(idempotency.ttl()));
            if (earlier == null) {
                return jobs.create(format, scope, bytes, now, key, hash);
            }
            if (!earlier.bodySha256().equals(hash)) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                        "Idempotency-Key reused", "This Idempotency-Key was used for another import (another"
                        + " format or file); use a new key for a new request.").with("idempotencyKey", key);
            }
            return -earlier.id();
        });
    }

    private static String checkedKey(String key) {
        if (key == null) {
            return null;
        }
        String trimmed = key.trim();
        if (trimmed.isEmpty() || trimmed.length() > 255 || !trimmed.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ApiException.invalid("Idempotency-Key", "must be 1 to 255 visible ASCII characters"
                    + " (a UUID is a good choice)");
        }
        return trimmed;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ImportJobView get(long id) {
        return jobs.get(id, properties.maxStoredErrors());
    }

    /** Jobs, newest first, optionally of one status; list items leave out {@code errors}. */
    public PageResponse<ImportJobView> list(ImportStatus status, PageQuery page) {
        return jobs.list(status, page);
    }

    private static ImportFormat format(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("format", "is required: one of "
                    + String.join(", ", ImportFormat.keys()), null, ImportFormat.keys())));
        }
        ImportFormat format = ImportFormat.byKey(name);
        if (format == null) {
            throw ApiException.invalid(List.of(new FieldProblem("format", "must be one of "
                    + String.join(", ", ImportFormat.keys()), Fields.cut(name, 100), ImportFormat.keys())));
        }
        return format;
    }

    /** Copies the body to the file, refusing an empty or binary one; returns the number of bytes. */
    private static long spool(InputStream body, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] head = new byte[SNIFF];
        int headLength = 0;
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                if (headLength < SNIFF) {
                    int take = Math.min(n, SNIFF - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                    if (headLength == SNIFF) {
                        refuseBinary(head, headLength, true);
                    }
                }
                out.write(buffer, 0, n);
                total += n;
            }
        }
        if (total == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "empty-body", "Empty body",
                    "The body is empty (0 bytes): send the file itself as the body, e.g. curl -H 'Content-Type:"
                            + " text/csv' --data-binary @file.csv.");
        }
        if (headLength < SNIFF) {
            refuseBinary(head, headLength, false);
        }
        return total;
    }

    /** A 400 when the first bytes are not text: NUL bytes, a gzip or zip signature, or not UTF-8. */
    private static void refuseBinary(byte[] head, int length, boolean mayBeCut) {
        String what = null;
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            what = "it is gzip-compressed: send the CSV uncompressed";
        } else if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            what = "it is a zip archive (or a spreadsheet): send the CSV itself";
        } else {
            for (int i = 0; i < length; i++) {
                if (head[i] == 0) {
                    what = "it holds NUL bytes (binary data, or UTF-16 text: send UTF-8)";
                    break;
                }
            }
        }
        if (what == null) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            // the sniffed prefix may end inside a multi-byte character: drop up to 3 trailing bytes then
            for (int cut = 0; cut <= (mayBeCut ? 3 : 0); cut++) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(head, 0, length - cut));
                    return;
                } catch (CharacterCodingException e) {
                    what = "it is not UTF-8 text";
                }
            }
        }
        if (what != null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "binary-body", "Body is not a CSV text file",
                    "The body is not CSV text: " + what + ".");
        }
    }

    /**
     * Jobs left QUEUED or RUNNING by an instance that stopped will never finish: they fail with the reason.
     * A job counts as left when no instance has marked it alive for {@code ledger.imports.stale-after}, so
     * a starting instance leaves another live instance's jobs alone; checked at start-up and with every
     * heartbeat (a job of an instance that stopped just before this one started fails a little later).
     */
    @EventListener(ApplicationStartedEvent.class)
    void failJobsLeftUnfinished() {
        try {
            failJobsOfStoppedInstances();
            // another instance on this host may share the folder and still read its files: only files
            // nobody has written for a day are left over
            Path dir = properties.spoolPath();
            java.nio.file.attribute.FileTime stale = java.nio.file.attribute.FileTime.from(
                    clock.instant().minus(java.time.Duration.ofDays(1)));
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "import-*.csv")) {
                    for (Path leftover : leftovers) {
                        if (Files.getLastModifiedTime(leftover).compareTo(stale) < 0) {
                            Files.deleteIfExists(leftover);
                        }
                    }
                }
            }
        } catch (RuntimeException | IOException e) {
            log.warn("Could not tidy up import jobs at start-up: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}

package org.conflictledger.integrity;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.common.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.conflictledger.common.DatabaseFailures;
import org.conflictledger.common.ProblemResponses;

/**
 * Runs a whole request in one database transaction, with its response held back until the commit
 * succeeded: a client never sees a 2xx for a write that did not commit. The services' own
 * transactions join this one. A response of 400 or more rolls everything back.
 */
@Component
class RequestTransaction {

    private static final Logger log = LoggerFactory.getLogger(RequestTransaction.class);

    /** The work done inside the transaction; it writes its answer to {@code response}. */
    interface Work {
        void run(TransactionStatus status, ContentCachingResponseWrapper response) throws IOException, ServletException;
    }

    private final TransactionTemplate transactions;
    private final ProblemResponses problems;

    RequestTransaction(PlatformTransactionManager transactionManager, ProblemResponses problems) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.problems = problems;
    }

    void run(HttpServletResponse response, Work work) throws IOException, ServletException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            transactions.executeWithoutResult(status -> {
                try {
                    work.run(status, buffered);
                } catch (IOException | ServletException e) {
                    throw new WorkFailed(e);
                }
                if (buffered.getStatus() >= 400) {
                    status.setRollbackOnly();
                }
            });
        } catch (WorkFailed e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        } catch (RuntimeException e) {
            fail(response, e);
            return;
        }
        buffered.copyBodyToResponse();
    }

    private void fail(HttpServletResponse response, RuntimeException e) throws IOException {
        if (response.isCommitted()) {
            log.warn("A request failed after its response was committed: {}", e.toString());
            return;
        }
        response.reset();
        if (e instanceof ApiException api) {
            Map<String, Object> extra = api.properties();
            problems.write(response, api.status(), api.kind(), api.title(), api.getMessage(), extra);
        } else if (isDatabaseDown(e)) {
            log.warn("Database unavailable: {}", rootMessage(e));
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Service unavailable",
                    "The database cannot be reached right now; retry shortly.");
        } else if (e instanceof QueryTimeoutException || hasSqlState(e, "57014")) {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out",
                    "The request took longer than the service allows; retry.");
        } else if (e instanceof ConcurrencyFailureException || hasSqlState(e, "40001") || hasSqlState(e, "40P01")
                || hasSqlState(e, "55P03")) {
            problems.write(response, HttpStatus.CONFLICT, "concurrent-modification", "Conflict with the current state",
                    "The record is being changed by another request; retry.");
        } else {
            String correlationId = UUID.randomUUID().toString();
            log.error("Unexpected failure [correlationId={}]", correlationId, e);
            problems.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                    "Something failed on our side. Quote the correlation id when you report it.",
                    Map.of("correlationId", correlationId));
        }
    }

    static boolean isDatabaseDown(Throwable e) {
        return DatabaseFailures.isUnavailable(e);
    }

    static boolean hasSqlState(Throwable e, String state) {
        return DatabaseFailures.hasSqlState(e, state);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static final class WorkFailed extends RuntimeException {
        WorkFailed(Exception cause) {
            super(cause);
        }
    }
}

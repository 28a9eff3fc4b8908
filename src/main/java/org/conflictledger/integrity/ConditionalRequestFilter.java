package org.conflictledger.integrity;

import java.io.IOException;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.conflictledger.common.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional writes. Every write to an item of a {@link TaggedCollection} ({@code /api/v1/{name}/{key}}
 * or anything below it: claims, transitions, party positions, allegations, feed and candidate actions)
 * runs in one request transaction. With {@code If-Match} it first locks the item's row and compares the
 * tag of the item as a GET would answer it now with the tags sent: a mismatch is 412 and nothing runs
 * (a change of anything the item's JSON shows makes the old tag stale, a cease-fire covering a strike
 * included); a match holds the lock until the write commits. PATCH always takes the lock, so its
 * read-modify-write is atomic. A successful write answers the item's new tag (for a write below an
 * item, the item's), read in the same transaction; a create answers the new item's. With
 * {@code ledger.concurrency.require-if-match=true} a PUT, PATCH or DELETE without If-Match is 428.
 */
@Component
@Order(IdempotencyFilter.ORDER + 10)
class ConditionalRequestFilter extends OncePerRequestFilter {

    private final RequestTransaction transaction;
    private final TaggedCollections collections;
    private final ProblemResponses problems;
    private final IntegrityProperties.Concurrency properties;

    @PersistenceContext
    private EntityManager entities;

    ConditionalRequestFilter(RequestTransaction transaction, TaggedCollections collections, ProblemResponses problems,
            IntegrityProperties.Concurrency properties) {
        this.transaction = transaction;
        this.collections = collections;
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE") || method.equals("POST"))
                || !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        String path = request.getRequestURI();
        TaggedCollections.Item item = collections.item(path);
        TaggedCollection created = item == null && method.equals("POST") ? collections.collection(path) : null;
        if (item == null && created == null) {
            chain.doFilter(request, response);
            return;
        }
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch == null && properties.requireIfMatch() && !method.equals("POST")) {
            problems.write(response, HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                    "If-Match required", "This service requires If-Match on " + method
                            + ": read the resource, then send its ETag in If-Match.");
            return;
        }
        if (item != null && !item.collection().transactional(method, path)) {
            untransacted(request, response, chain, item, ifMatch);
            return;
        }
        transaction.run(response, (status, buffered) -> {
            if (item != null && (ifMatch != null || method.equals("PATCH"))) {
                boolean exists = item.collection().lock(item.key());
                if (exists && ifMatch != null && !EntityTags.matches(ifMatch, currentTag(item.collection(), item.key()))) {
                    preconditionFailed(buffered);
                    return;
                }
            }
            chain.doFilter(request, buffered);
            if (isSuccess(buffered.getStatus())) {
                entities.flush();
                tagAfterWrite(method, buffered, item, created);
            }
        });
    }

    /** A write its collection runs outside a request transaction (a feed poll fetches over the network). */
    private void untransacted(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            TaggedCollections.Item item, String ifMatch) throws IOException, ServletException {
        if (ifMatch != null) {
            String tag = currentTag(item.collection(), item.key());
            if (tag != null && !EntityTags.matches(ifMatch, tag)) {
                preconditionFailed(response);
                return;
            }
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (isSuccess(buffered.getStatus())) {
            tagAfterWrite(request.getMethod(), buffered, item, null);
        }
        buffered.copyBodyToResponse();
    }

    private void tagAfterWrite(String method, HttpServletResponse response, TaggedCollections.Item item,
            TaggedCollection created) {
        Optional<Representation> now = Optional.empty();
        if (item != null && item.itself() && method.equals("DELETE")) {
            return;   // gone: no tag
        }
        if (item != null) {
            now = item.collection().current(item.key());
        } else {
            String location = response.getHeader(HttpHeaders.LOCATION);
            Object key = location == null ? null : created.key(location.substring(location.lastIndexOf('/') + 1));
            if (key != null) {
                now = created.current(key);
            }
        }
        now.ifPresent(representation -> response.setHeader(HttpHeaders.ETAG, representation.etag()));
    }

    private static String currentTag(TaggedCollection collection, Object key) {
        return collection.current(key).map(Representation::etag).orElse(null);
    }

    private void preconditionFailed(HttpServletResponse response) throws IOException {
        problems.write(response, HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed",
                "The resource has changed since the ETag in If-Match was read (itself or something its"
                        + " representation shows); read it again and reapply your change.");
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }
}

package org.conflictledger.integrity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * ETags of reads: a GET or HEAD of an item of a {@link TaggedCollection} answers the tag of the bytes it
 * sends (the tag its handler already set, when it keeps one with cached bytes), and 304 without a body
 * when If-None-Match names it. Nothing else: no transaction, no database work of its own.
 */
@Component
@Order(IdempotencyFilter.ORDER + 20)
class EntityTagFilter extends OncePerRequestFilter {

    private final TaggedCollections collections;

    EntityTagFilter(TaggedCollections collections) {
        this.collections = collections;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return true;
        }
        TaggedCollections.Item item = collections.item(request.getRequestURI());
        return item == null || !item.itself();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() == HttpStatus.OK.value()) {
            String tag = buffered.getHeader(HttpHeaders.ETAG);
            if (tag == null) {
                tag = EntityTags.of(buffered.getContentAsByteArray());
                buffered.setHeader(HttpHeaders.ETAG, tag);
            }
            if (EntityTags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
                buffered.resetBuffer();
                response.setStatus(HttpStatus.NOT_MODIFIED.value());
                return;
            }
        }
        buffered.copyBodyToResponse();
    }
}

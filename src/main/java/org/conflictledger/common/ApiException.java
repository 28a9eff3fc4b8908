package org.conflictledger.common;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure a client can act on. Rendered as RFC 9457 problem details: {@code type} is a stable
 * URI per kind of error, {@code detail} is written for the client and never contains internals.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String kind;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiException(HttpStatus status, String kind, String title, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    /** Adds an extension member; the RFC 9457 members (type, title, status, detail, instance) are reserved. */
    public ApiException with(String property, Object value) {
        if (java.util.Set.of("type", "title", "status", "detail", "instance").contains(property)) {
            throw new IllegalArgumentException("'" + property + "' is a standard problem member, not an extension");
        }
        properties.put(property, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    /** The stable slug of the problem type, e.g. {@code not-found}. */
    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public static ApiException notFound(String resource, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Resource not found",
                "No " + resource + " with id " + id + ".")
                .with("resource", resource).with("id", String.valueOf(id));
    }

    public static ApiException conflict(String kind, String detail) {
        return new ApiException(HttpStatus.CONFLICT, kind, "Conflict with the current state", detail);
    }

    /** A request that is well-formed JSON but breaks a domain rule about one field. */
    public static ApiException invalid(String field, String message) {
        return invalid(java.util.List.of(FieldProblem.of(field, message)));
    }

    public static ApiException invalid(java.util.List<FieldProblem> problems) {
        String detail = problems.size() == 1
                ? problems.get(0).field() + ": " + problems.get(0).message()
                : problems.size() + " fields are invalid.";
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail)
                .with("errors", problems);
    }
}

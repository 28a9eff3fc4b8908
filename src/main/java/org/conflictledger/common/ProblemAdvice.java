package org.conflictledger.common;

import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every failure into RFC 9457 problem details with a stable type. Client errors name the
 * failing fields (and, for enums, the allowed values); server errors say only that something
 * failed and give a correlation id that appears in the log beside the stack trace.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApi(ApiException ex) {
        ProblemDetail body = problem(ex.status(), ex.kind(), ex.title(), ex.getMessage());
        ex.properties().forEach(body::setProperty);
        return respond(ex.status(), body);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> problems = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage(),
                        safeValue(v.getInvalidValue()), null))
                .toList();
        return handleApi(ApiException.invalid(problems));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        Class<?> type = ex.getRequiredType();
        String name = ex.getName();
        if (type != null && type.isEnum()) {
            return handleApi(ApiException.invalid(List.of(new FieldProblem(name,
                    "must be one of " + String.join(", ", enumNames(type)),
                    safeValue(ex.getValue()), enumNames(type)))));
        }
        return handleApi(ApiException.invalid(name, "must be " + describe(type)));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex) {
        log.info("Refused a write that breaks a database constraint: {}", rootMessage(ex));
        return handleApi(ApiException.conflict("constraint-violation",
                "The change conflicts with existing data (a duplicate, or a record still in use)."));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException ex) {
        return handleApi(ApiException.conflict("concurrent-modification",
                "The record was changed by someone else meanwhile; read it again and retry."));
    }

    @ExceptionHandler({PessimisticLockingFailureException.class, CannotAcquireLockException.class})
    ResponseEntity<Object> handleLock(RuntimeException ex) {
        return handleApi(ApiException.conflict("concurrent-modification",
                "The record is being changed by another request; retry."));
    }

    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class,
            DataAccessResourceFailureException.class})
    ResponseEntity<Object> handleDatabaseDown(RuntimeException ex) {
        log.warn("Database unavailable: {}", rootMessage(ex));
        ApiException problem = new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "Service unavailable", "The database cannot be reached right now; retry shortly.");
        ResponseEntity<Object> response = handleApi(problem);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "5").body(response.getBody());
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ResponseEntity<Object> handleQueryTimeout(QueryTimeoutException ex) {
        return handleApi(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out",
                "The query took longer than the service allows; narrow the filters and retry."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        // a commit that failed on a broken connection, a statement cancelled by the timeout, a deadlock:
        // wrapped in exceptions of every kind, yet none of them is a bug of ours
        if (DatabaseFailures.isUnavailable(ex)) {
            return handleDatabaseDown(new DataAccessResourceFailureException("database unavailable", ex));
        }
        if (DatabaseFailures.hasSqlState(ex, "57014")) {
            return handleQueryTimeout(new QueryTimeoutException("statement timeout", ex));
        }
        if (DatabaseFailures.hasSqlState(ex, "40P01") || DatabaseFailures.hasSqlState(ex, "40001")
                || DatabaseFailures.hasSqlState(ex, "55P03")) {
            return handleLock(new CannotAcquireLockException("lock", ex));
        }
        Throwable root = rootCause(ex);
        if (root instanceof java.net.SocketException || root instanceof java.io.EOFException) {
            // an error while reading or writing a body usually means the client went away
            log.debug("I/O failure on a request", ex);
        }
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected failure [correlationId={}]", correlationId, ex);
        ProblemDetail body = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something failed on our side. Quote the correlation id when you report it.");
        body.setProperty("correlationId", correlationId);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), error.getDefaultMessage(),
                    safeValue(error.getRejectedValue()), null));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> problems.add(
                FieldProblem.of(error.getObjectName(), error.getDefaultMessage())));
        return handleApi(ApiException.invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                problems.add(new FieldProblem(name, error.getDefaultMessage(), safeValue(result.getArgument()), null));
            }
        });
        return handleApi(ApiException.invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleApi(ApiException.invalid(ex.getParameterName(), "is required"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleApi(unreadable(ex));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own 404/405/406/415 answers: keep the shape, give them a stable type
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null) {
            return null;
        }
        if (response.getBody() instanceof ProblemDetail detail) {
            detail.setType(ProblemTypes.of(kindFor(ex, statusCode)));
        }
        HttpHeaders out = new HttpHeaders();
        out.putAll(response.getHeaders());
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(response.getBody(), out, response.getStatusCode());
    }

    private static String kindFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException) {
            return "not-found";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return "method-not-allowed";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "unsupported-media-type";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "not-acceptable";
        }
        return "http-" + status.value();
    }

    private ApiException unreadable(HttpMessageNotReadableException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Body too large",
                        "The request body is larger than this endpoint's limit of " + tooLarge.limit() + " bytes.")
                        .with("limit", tooLarge.limit());
            }
        }
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return ApiException.invalid(List.of(new FieldProblem(path(unknown), "is not a known field", null, known)));
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            List<String> allowed = enumNames(invalid.getTargetType());
            return ApiException.invalid(List.of(new FieldProblem(path(invalid),
                    "must be one of " + String.join(", ", allowed), safeValue(invalid.getValue()), allowed)));
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && !(cause instanceof StreamReadException)) {
            String field = path(mismatch);
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                List<String> allowed = enumNames(type);
                return ApiException.invalid(List.of(new FieldProblem(field,
                        "must be one of " + String.join(", ", allowed), null, allowed)));
            }
            return ApiException.invalid(field.isEmpty() ? "body" : field, "must be " + describe(type));
        }
        if (cause instanceof ValueInstantiationException instantiation && instantiation.getCause() instanceof ApiException api) {
            return api;
        }
        if (cause instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException illegal) {
            return ApiException.invalid(path(instantiation).isEmpty() ? "body" : path(instantiation), illegal.getMessage());
        }
        if (cause instanceof InputCoercionException coercion) {
            // well-formed JSON whose number does not fit the field (e.g. 10^22 for a count): not malformed
            String field = path(coercion);
            return ApiException.invalid(field.isEmpty() ? "body" : field, "is out of range");
        }
        if (cause instanceof StreamReadException) {
            return new ApiException(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "The body is not well-formed JSON" + location((JacksonException) cause) + ".");
        }
        if (cause instanceof JacksonException jackson) {
            String field = path(jackson);
            return ApiException.invalid(field.isEmpty() ? "body" : field, "cannot be read: wrong type or value");
        }
        return new ApiException(HttpStatus.BAD_REQUEST, "malformed-json", "Unreadable body",
                "The body is missing or is not JSON of the expected shape.");
    }

    private static String location(JacksonException ex) {
        return ex.getLocation() == null || ex.getLocation().getLineNr() < 0 ? ""
                : " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
    }

    static String path(JacksonException ex) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (OffsetDateTime.class.isAssignableFrom(type) || Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with offset, e.g. 2025-04-12T09:00:00+03:00";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of type " + type.getSimpleName();
    }

    static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    private static Object safeValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String rootMessage(Throwable ex) {
        return rootCause(ex).getMessage();
    }

    private static ProblemDetail problem(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(ProblemTypes.of(kind));
        body.setTitle(title);
        return body;
    }

    private static ResponseEntity<Object> respond(HttpStatus status, ProblemDetail body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}

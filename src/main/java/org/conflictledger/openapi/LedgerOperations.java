package org.conflictledger.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.conflictledger.common.MergePatch;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * What only the handler method knows about its operation: the operation id and tag (explicit in
 * {@code @Operation} and {@code @Tag}; derived from the method and controller names otherwise), 204 for a
 * {@code ResponseEntity<Void>}, the merge-patch body of {@link MergePatchOf}, and whether the answer carries
 * an ETag (a record with a {@code long version}). {@code Accept} is content negotiation, expressed by the
 * response media types, so it is no parameter.
 */
@Component
class LedgerOperations implements GlobalOperationCustomizer {

    /** Marks an operation whose answer carries an ETag; read and removed by {@link LedgerDocument}. */
    static final String ETAG = "x-ledger-etag";

    /** Merge-patch schemas to build: patch schema name to the request record and its excluded fields. */
    record Patch(Class<? extends Record> request, List<String> except) {
    }

    private final Map<String, Patch> patches = new ConcurrentHashMap<>();

    Map<String, Patch> patches() {
        return patches;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation explicit =
                handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        String resource = resource(handler.getBeanType());
        if (explicit == null || explicit.operationId().isEmpty()) {
            operation.setOperationId(handler.getMethod().getName() + resource);
        }
        if (!handler.getBeanType().isAnnotationPresent(io.swagger.v3.oas.annotations.tags.Tag.class)) {
            operation.setTags(List.of(resource));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> "header".equals(p.getIn()) && "Accept".equalsIgnoreCase(p.getName()));
        }
        Type returned = handler.getMethod().getGenericReturnType();
        Type body = returned;
        if (returned instanceof ParameterizedType generic && generic.getRawType() == ResponseEntity.class) {
            body = generic.getActualTypeArguments()[0];
            if (body == Void.class) {
                ApiResponses responses = new ApiResponses();
                responses.addApiResponse("204", new ApiResponse().description("Done; no content"));
                operation.setResponses(responses);
            }
        }
        io.swagger.v3.oas.annotations.responses.ApiResponse described =
                handler.getMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponse.class);
        if (body == byte[].class && described != null && described.content().length > 0) {
            body = described.content()[0].schema().implementation();   // prepared JSON bytes of a record
        }
        if (body instanceof Class<?> type && hasVersion(type)) {
            operation.addExtension(ETAG, true);
        }
        MergePatchOf patch = handler.getMethodAnnotation(MergePatchOf.class);
        if (patch != null) {
            String name = patchName(patch.value());
            patches.put(name, new Patch(patch.value(), List.of(patch.except())));
            Content content = new Content()
                    .addMediaType(MergePatch.MEDIA_TYPE, new MediaType().schema(Schemas.ref(name)))
                    .addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                            new MediaType().schema(Schemas.ref(name)));
            operation.setRequestBody(new RequestBody().required(true).content(content).description(
                    "A JSON Merge Patch (RFC 7396): the fields to change; null removes a field. The result must be"
                            + " valid as a whole, as for a PUT."));
        }
        return operation;
    }

    /** {@code StrikeRequest} gives {@code StrikePatch}. */
    static String patchName(Class<?> request) {
        String name = request.getSimpleName();
        return (name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name) + "Patch";
    }

    private static String resource(Class<?> controller) {
        String name = controller.getSimpleName();
        return StringUtils.capitalize(name.endsWith("Controller") ? name.substring(0, name.length() - 10) : name);
    }

    private static boolean hasVersion(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("version") && component.getType() == long.class) {
                return true;
            }
        }
        return false;
    }
}

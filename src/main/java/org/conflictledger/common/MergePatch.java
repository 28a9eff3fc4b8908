package org.conflictledger.common;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396, {@code application/merge-patch+json}): the patch is merged into the
 * resource as it is now, and the result is read and validated as the resource's ordinary request
 * record, so a patch obeys exactly the rules of a PUT (unknown fields 400, server-owned fields ignored).
 */
@Component
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonMapper json;
    private final Validator validator;

    public MergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The request that results from merging {@code patch} into {@code current} (a view of the resource)
     * after removing {@code dropped} fields of the view that the request would not accept.
     */
    public <T> T apply(Object current, JsonNode patch, Class<T> requestType, String... dropped) {
        if (patch == null || !patch.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-json", "Invalid merge patch",
                    "A merge patch of this resource is a JSON object of the fields to change (null removes one).");
        }
        ObjectNode target = (ObjectNode) json.valueToTree(current);
        for (String field : dropped) {
            target.remove(field);
        }
        JsonNode merged = merge(target, patch);
        T request;
        try {
            request = json.treeToValue(merged, requestType);
        } catch (JacksonException e) {
            String field = ProblemAdvice.path(e);
            throw ApiException.invalid(field.isEmpty() ? "body" : field,
                    e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException ? "is not a known field"
                            : "cannot be read: wrong type or value");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** RFC 7396 section 2: objects merge member by member, null removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}

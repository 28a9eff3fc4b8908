package org.conflictledger.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/** Small builders for OpenAPI 3.1 schemas (JSON Schema 2020-12: nullability is a type of its own). */
final class Schemas {

    static final String REF = "#/components/schemas/";

    private Schemas() {
    }

    static Schema<Object> of(String... types) {
        Schema<Object> schema = new JsonSchema();
        schema.setTypes(new LinkedHashSet<>(List.of(types)));
        return schema;
    }

    static Schema<Object> ref(String name) {
        return new JsonSchema().$ref(REF + name);
    }

    static Schema<Object> arrayOf(Schema<?> items) {
        Schema<Object> array = of("array");
        array.setItems(items);
        return array;
    }

    /**
     * The same property, also allowing null: {@code type: [..., "null"]} for a scalar or array (null joins
     * an enum's values), {@code oneOf: [{$ref}, {type: "null"}]} for an object given by reference.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema wrapped = new JsonSchema();
            wrapped.setOneOf(new ArrayList<>(List.of(ref(property.get$ref().substring(REF.length())), of("null"))));
            wrapped.setDescription(property.getDescription());
            return wrapped;
        }
        if (property.getOneOf() != null) {
            boolean hasNull = ((List<Schema>) property.getOneOf()).stream()
                    .anyMatch(s -> s.getTypes() != null && s.getTypes().contains("null"));
            if (!hasNull) {
                property.getOneOf().add(of("null"));
            }
            return property;
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        }
        if (property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return property;   // any JSON value, null included
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    static boolean isNullable(Schema<?> property) {
        if (property.getTypes() != null && property.getTypes().contains("null")) {
            return true;
        }
        return property.getOneOf() != null && property.getOneOf().stream()
                .anyMatch(s -> s.getTypes() != null && s.getTypes().contains("null"));
    }
}

package org.conflictledger.openapi;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what the Java records say about their JSON into their schemas: a component marked
 * {@link Nullable} may be null ({@code type: [..., "null"]}); a {@link JsonRawValue} string is the JSON
 * object it holds. Remembers which record each schema describes, so that {@link LedgerDocument} can
 * list as {@code required} every property a response always writes.
 */
@Component
class RecordSchemas implements ModelConverter {

    /** What a record's component means for its JSON property. */
    record Property(String json, boolean nullable, boolean alwaysWritten) {
    }

    private static final Set<JsonInclude.Include> SOMETIMES_LEFT_OUT = Set.of(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_DEFAULT,
            JsonInclude.Include.CUSTOM);

    private final Map<String, Class<?>> records = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema schema = chain.next().resolve(type, context, chain);
        Class<?> raw = rawClass(type.getType());
        if (schema == null || raw == null || !raw.isRecord()) {
            return schema;
        }
        String name = schema.getName() != null ? schema.getName()
                : schema.get$ref() != null ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1) : null;
        Schema model = name == null ? null : context.getDefinedModels().get(name);
        if (model == null && schema.getProperties() != null) {
            model = schema;
        }
        if (name != null && model != null && model.getProperties() != null) {
            records.put(name, raw);   // (idempotent below: the document may be built more than once)
            Map<String, Schema> properties = new LinkedHashMap<>(model.getProperties());
            for (Map.Entry<String, Property> component : properties(raw).entrySet()) {
                Schema property = properties.get(component.getKey());
                if (property == null) {
                    continue;
                }
                RecordComponent rc = component(raw, component.getKey());
                if (rc != null && rc.getAccessor().isAnnotationPresent(JsonRawValue.class)) {
                    Schema object = Schemas.of("object");
                    object.setDescription(property.getDescription());
                    property = object;
                }
                properties.put(component.getKey(), component.getValue().nullable() ? Schemas.nullable(property) : property);
            }
            model.setProperties(properties);
        }
        return schema;
    }

    /** The record a schema of the document describes, if it is one. */
    Class<?> recordOf(String schemaName) {
        return records.get(schemaName);
    }

    /** The JSON properties of a record, by name. */
    static Map<String, Property> properties(Class<?> record) {
        Map<String, Property> out = new LinkedHashMap<>();
        JsonInclude classInclude = record.getAnnotation(JsonInclude.class);
        for (RecordComponent rc : record.getRecordComponents()) {
            if (rc.getAccessor().isAnnotationPresent(JsonIgnore.class) || fieldAnnotation(record, rc, JsonIgnore.class) != null) {
                continue;
            }
            JsonProperty renamed = rc.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null) {
                renamed = fieldAnnotation(record, rc, JsonProperty.class);
            }
            String json = renamed != null && !renamed.value().isEmpty() ? renamed.value() : rc.getName();
            JsonInclude include = rc.getAccessor().getAnnotation(JsonInclude.class);
            if (include == null) {
                include = fieldAnnotation(record, rc, JsonInclude.class);
            }
            if (include == null) {
                include = classInclude;
            }
            boolean always = include == null || include.value() == JsonInclude.Include.USE_DEFAULTS
                    || !SOMETIMES_LEFT_OUT.contains(include.value());
            boolean nullable = rc.getAnnotatedType().isAnnotationPresent(Nullable.class);
            out.put(json, new Property(json, nullable, always));
        }
        return out;
    }

    private static RecordComponent component(Class<?> record, String json) {
        for (RecordComponent rc : record.getRecordComponents()) {
            JsonProperty renamed = rc.getAccessor().getAnnotation(JsonProperty.class);
            if (rc.getName().equals(json) || renamed != null && renamed.value().equals(json)) {
                return rc;
            }
        }
        return null;
    }

    private static <A extends java.lang.annotation.Annotation> A fieldAnnotation(Class<?> record, RecordComponent rc,
            Class<A> annotation) {
        try {
            return record.getDeclaredField(rc.getName()).getAnnotation(annotation);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> rawClass(Type type) {
        try {
            return Json.mapper().constructType(type).getRawClass();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

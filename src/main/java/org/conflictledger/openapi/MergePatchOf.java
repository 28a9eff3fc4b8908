package org.conflictledger.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a PATCH handler: its body is a JSON Merge Patch of this request record. The document describes it
 * as a schema of the record's fields, all optional and nullable (null removes a field), named after the
 * record ({@code StrikeRequest} gives {@code StrikePatch}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MergePatchOf {

    Class<? extends Record> value();

    /** Fields of the record a patch may not change (they change through their own endpoints). */
    String[] except() default {};
}

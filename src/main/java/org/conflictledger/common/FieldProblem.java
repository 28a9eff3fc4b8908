package org.conflictledger.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One failing field of a request: where, why, and for enums the values that are allowed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, Object rejectedValue, List<String> allowed) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, message, null, null);
    }
}

package org.conflictledger.common;

import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a record id given either as a JSON number or as a string of digits ({@code "trackId":"12"}):
 * clients paste ids from responses and URLs, and the contract examples quote them. Scalar coercion
 * stays off everywhere else, so this is opted into per field with
 * {@code @JsonDeserialize(using = LenientIdDeserializer.class)} (or {@code contentUsing} for lists).
 * Anything else (fractions, words, numbers beyond a long) fails as an ordinary type mismatch.
 */
public class LenientIdDeserializer extends ValueDeserializer<Long> {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return parser.getLongValue();
            }
            return (Long) context.handleWeirdNumberValue(Long.class, parser.getNumberValue(), "too large for an id");
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString().trim();
            if (DIGITS.matcher(text).matches()) {
                return Long.valueOf(text);
            }
            return (Long) context.handleWeirdStringValue(Long.class, text, "not a numeric id");
        }
        return (Long) context.handleUnexpectedToken(Long.class, parser);
    }
}

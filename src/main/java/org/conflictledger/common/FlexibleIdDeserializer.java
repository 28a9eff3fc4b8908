package org.conflictledger.common;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a record id given as a JSON number or as a numeric string ({@code 12} or {@code "12"}):
 * clients often paste ids as strings. Anything else is a type error (400).
 */
public class FlexibleIdDeserializer extends ValueDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString().trim();
            if (text.matches("\\d{1,18}")) {
                return Long.parseLong(text);
            }
        }
        return (Long) context.handleUnexpectedToken(Long.class, parser);
    }
}

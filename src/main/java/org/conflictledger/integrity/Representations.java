package org.conflictledger.integrity;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a view into the bytes a GET answers, with the mapper the web layer uses, so that a tag
 * computed here (for If-Match) is the tag of the GET body.
 */
@Component
public class Representations {

    private final JsonMapper json;

    public Representations(JsonMapper json) {
        this.json = json;
    }

    public Representation of(Object view) {
        return Representation.of(json.writeValueAsBytes(view));
    }
}

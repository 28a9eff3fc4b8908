package org.conflictledger.common;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Writes problem details from filters, where no controller advice runs. */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, HttpStatus status, String kind, String title, String detail)
            throws IOException {
        write(response, status, kind, title, detail, Map.of());
    }

    public void write(HttpServletResponse response, HttpStatus status, String kind, String title, String detail,
            Map<String, Object> extra) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemTypes.of(kind).toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.putAll(extra);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}

package org.conflictledger.ceasefire.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.conflictledger.ceasefire.AllegationService;
import org.conflictledger.ceasefire.AllegationView;
import org.conflictledger.common.ApiException;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alleged violations across cease-fires: {@code ceasefire=1,2,3} (default: every cease-fire). */
@RestController
@RequestMapping("/api/v1/allegations")
class AllegationsController {

    private final AllegationService allegations;

    AllegationsController(AllegationService allegations) {
        this.allegations = allegations;
    }

    @GetMapping
    PageResponse<AllegationView> list(@RequestParam(required = false) String ceasefire,
            @RequestParam(required = false) String accuser, @RequestParam(required = false) String accused,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return allegations.listAcross(ids(ceasefire), accuser, accused, time("from", from), time("to", to),
                Times.parseParam("updatedSince", updatedSince), sort, PageQuery.of(page, size));
    }

    private static List<Long> ids(String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String part : text.split(",")) {
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                throw ApiException.invalid("ceasefire", "must be cease-fire ids separated by commas");
            }
        }
        if (ids.size() > 500) {
            throw ApiException.invalid("ceasefire", "at most 500 ids");
        }
        return ids;
    }

    private static OffsetDateTime time(String field, String text) {
        Instant instant = Times.parseParam(field, text);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

package org.conflictledger.duplicate.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.duplicate.DuplicateService;
import org.conflictledger.duplicate.DuplicateStatus;
import org.conflictledger.duplicate.DuplicateView;
import org.conflictledger.duplicate.MergeView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Duplicate candidates, merges, dismissals and undos. */
@RestController
@RequestMapping("/api/v1")
class DuplicateController {

    private static final List<String> RELATIONS = List.of("DUPLICATE", "PART_OF");

    private final DuplicateService duplicates;

    DuplicateController(DuplicateService duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/duplicates")
    PageResponse<DuplicateView> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Double minScore, @RequestParam(required = false) String relation,
            @RequestParam(required = false) String dataset, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long strike,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw ApiException.invalid("minScore", "must be between 0 and 1");
        }
        List<String> datasets = dataset == null || dataset.isBlank() ? List.of()
                : Arrays.stream(dataset.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (datasets.size() > 2) {
            throw ApiException.invalid("dataset", "one data set, or two separated by a comma (pairs across them)");
        }
        return duplicates.list(new DuplicateService.Filter(status(status), minScore, relation(relation), datasets,
                Times.parseParam("from", from), Times.parseParam("to", to), strike), PageQuery.of(page, size));
    }

    @GetMapping("/duplicates/{id}")
    DuplicateView get(@PathVariable long id) {
        return duplicates.get(id);
    }

    @PostMapping("/duplicates/{id}/merge")
    DuplicateService.Merged merge(@PathVariable long id) {
        return duplicates.merge(id);
    }

    @PostMapping("/duplicates/{id}/dismiss")
    DuplicateView dismiss(@PathVariable long id) {
        return duplicates.dismiss(id);
    }

    @GetMapping("/merges/{mergeId}")
    MergeView getMerge(@PathVariable long mergeId) {
        return duplicates.getMerge(mergeId);
    }

    @PostMapping("/merges/{mergeId}/undo")
    DuplicateService.Merged undo(@PathVariable long mergeId) {
        return duplicates.undo(mergeId);
    }

    private static DuplicateStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DuplicateStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(DuplicateStatus.values()).map(Enum::name).toList();
            throw ApiException.invalid(List.of(new FieldProblem("status", "must be one of " + String.join(", ",
                    allowed), text, allowed)));
        }
    }

    private static String relation(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if (!RELATIONS.contains(upper)) {
            throw ApiException.invalid(List.of(new FieldProblem("relation", "must be one of DUPLICATE, PART_OF", text,
                    RELATIONS)));
        }
        return upper;
    }
}

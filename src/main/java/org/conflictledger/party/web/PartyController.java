package org.conflictledger.party.web;

import java.net.URI;

import jakarta.validation.Valid;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.party.PartyKind;
import org.conflictledger.party.PartyRequest;
import org.conflictledger.party.PartyService;
import org.conflictledger.party.PartyView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/parties")
class PartyController {

    private final PartyService parties;

    PartyController(PartyService parties) {
        this.parties = parties;
    }

    @PostMapping
    ResponseEntity<PartyView> create(@Valid @RequestBody PartyRequest request) {
        PartyView created = parties.create(request);
        return ResponseEntity.created(URI.create("/api/v1/parties/" + created.code())).body(created);
    }

    @GetMapping
    PageResponse<PartyView> list(@RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return parties.list(kind, Times.parseParam("updatedSince", updatedSince), sort, PageQuery.of(page, size));
    }

    @GetMapping("/{code}")
    PartyView get(@PathVariable String code) {
        return parties.get(code);
    }

    @PutMapping("/{code}")
    PartyView update(@PathVariable String code, @Valid @RequestBody PartyRequest request) {
        return parties.update(code, request);
    }

    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        parties.delete(code);
        return ResponseEntity.noContent().build();
    }
}

package org.conflictledger.party.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.party.PartyKind;
import org.conflictledger.party.PartyRequest;
import org.conflictledger.party.PartyService;
import org.conflictledger.party.PartyView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Parties", description = "States, armed groups and organisations")
@RestController
@RequestMapping("/api/v1/parties")
class PartyController {

    private final PartyService parties;

    PartyController(PartyService parties) {
        this.parties = parties;
    }

    @Operation(operationId = "createParty", summary = "Records a party")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<PartyView> create(@Valid @RequestBody PartyRequest request) {
        PartyView created = parties.create(request);
        return ResponseEntity.created(URI.create("/api/v1/parties/" + created.code())).body(created);
    }

    @Operation(operationId = "listParties", summary = "Lists parties")
    @GetMapping
    PageResponse<PartyView> list(@RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return parties.list(kind, Times.parseParam("updatedSince", updatedSince), sort, PageQuery.of(page, size));
    }

    @Operation(operationId = "getParty", summary = "Reads a party")
    @GetMapping("/{code}")
    PartyView get(@PathVariable String code) {
        return parties.get(code);
    }

    @Operation(operationId = "updateParty", summary = "Replaces a party")
    @PutMapping("/{code}")
    PartyView update(@PathVariable String code, @Valid @RequestBody PartyRequest request) {
        return parties.update(code, request);
    }

    @Operation(operationId = "deleteParty", summary = "Deletes a party")
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        parties.delete(code);
        return ResponseEntity.noContent().build();
    }
}

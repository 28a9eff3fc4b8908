package org.conflictledger.party;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.FieldProblem;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.SortSpec;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Parties and the check every other feature uses: that a party code exists. */
@Service
public class PartyService {

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "lower(name)", "kind", "kind",
            "createdAt", "created_at");

    private final PartyRepository parties;
    private final JdbcClient jdbc;
    private final Clock clock;

    PartyService(PartyRepository parties, JdbcClient jdbc, Clock clock) {
        this.parties = parties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Party codes are case-insensitive on input and stored upper-case. */
    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    @Transactional
    public PartyView create(PartyRequest request) {
        String code = normalize(request.code());
        if (parties.existsById(code)) {
            throw ApiException.conflict("duplicate", "A party with code " + code + " already exists.")
                    .with("code", code);
        }
        return parties.save(new Party(code, request.name().trim(), request.kind(), clock.instant())).view();
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return parties.existsById(normalize(code));
    }

    @Transactional(readOnly = true)
    public PartyView get(String code) {
        return find(code).view();
    }

    /** One page of parties, optionally of one kind and changed at or after {@code updatedSince}. */
    @Transactional(readOnly = true)
    public PageResponse<PartyView> list(PartyKind kind, java.time.Instant updatedSince, String sort, PageQuery page) {
        SortSpec order = SortSpec.parse(sort, SORTS, SortSpec.of("code", "code", false));
        String where = " where (cast(:kind as varchar) is null or kind = :kind)"
                + " and (cast(:updatedSince as timestamptz) is null or updated_at >= :updatedSince)";
        java.sql.Timestamp since = updatedSince == null ? null : java.sql.Timestamp.from(updatedSince);
        String kindName = kind == null ? null : kind.name();
        var count = jdbc.sql("select count(*) from party" + where).param("kind", kindName)
                .param("updatedSince", since);
        var rows = jdbc.sql("select code, name, kind, version, created_at, updated_at from party" + where
                + order.orderBy("code") + " limit :limit offset :offset").param("kind", kindName)
                .param("updatedSince", since);
        List<PartyView> items = rows.param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new PartyView(rs.getString("code"), rs.getString("code"), rs.getString("name"),
                        PartyKind.valueOf(rs.getString("kind")), rs.getLong("version"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
                .list();
        return new PageResponse<>(items, page.page(), page.size(), count.query(Long.class).single());
    }

    @Transactional
    public PartyView update(String code, PartyRequest request) {
        Party party = find(code);
        if (!normalize(request.code()).equals(normalize(code))) {
            throw ApiException.invalid("code", "cannot be changed (it is the party's identity)");
        }
        party.rename(request.name().trim(), request.kind(), clock.instant());
        return parties.saveAndFlush(party).view();
    }

    @Transactional
    public void delete(String code) {
        Party party = find(code);
        try {
            parties.delete(party);
            parties.flush();
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("in-use", "Party " + normalize(code)
                    + " is still referenced by strikes, sources, cease-fires or negotiations.");
        }
    }

    /**
     * Checks that every code names a known party; unknown codes are a 400 naming the field.
     * Returns the codes normalised, in order, without duplicates.
     */
    @Transactional(readOnly = true)
    public List<String> requireKnown(String field, Collection<String> codes) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null) {
                wanted.add(normalize(code));
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> known = Set.copyOf(parties.findExistingCodes(wanted));
        List<FieldProblem> problems = new ArrayList<>();
        for (String code : wanted) {
            if (!known.contains(code)) {
                problems.add(new FieldProblem(field, "unknown party code " + code
                        + " (create it with POST /api/v1/parties first)", code, null));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return List.copyOf(wanted);
    }

    /** A single code, checked; null stays null. */
    @Transactional(readOnly = true)
    public String requireKnown(String field, String code) {
        return code == null ? null : requireKnown(field, List.of(code)).get(0);
    }

    private Party find(String code) {
        return parties.findById(normalize(code)).orElseThrow(() -> ApiException.notFound("party", normalize(code)));
    }
}

package org.conflictledger.party;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictledger.common.ApiException;
import org.conflictledger.common.ChangedSince;
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
        return parties.save(new Party(code, request.name().trim(), request.kind(),
                org.conflictledger.security.Actors.current(), clock.instant())).view(List.of());
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return parties.existsById(normalize(code));
    }

    @Transactional(readOnly = true)
    public PartyView get(String code) {
        return find(code).view(aliases(normalize(code)));
    }

    private List<String> aliases(String code) {
        return jdbc.sql("select alias from party_alias where party = ? order by alias").param(code)
                .query(String.class).list();
    }

    /** One page of parties, optionally of one kind and changed at or after {@code updatedSince}. */
    @Transactional(readOnly = true)
    public PageResponse<PartyView> list(PartyKind kind, java.time.Instant updatedSince, String sort, PageQuery page) {
        SortSpec order = SortSpec.parse(sort, SORTS, SortSpec.of("code", "code", false));
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind.name());
        }
        ChangedSince.append(where, params, "updated_at", updatedSince);
        var count = jdbc.sql("select count(*) from party" + where).params(params);
        var rows = jdbc.sql("select code, name, kind, created_by, version, created_at, updated_at,"
                + " array(select a.alias from party_alias a where a.party = party.code order by a.alias) aliases"
                + " from party" + where
                + order.orderBy("code") + " limit :limit offset :offset").params(params);
        List<PartyView> items = rows.param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new PartyView(rs.getString("code"), rs.getString("code"), rs.getString("name"),
                        PartyKind.valueOf(rs.getString("kind")),
                        List.of((String[]) rs.getArray("aliases").getArray()), rs.getString("created_by"),
                        rs.getLong("version"),
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
        return parties.saveAndFlush(party).view(aliases(party.code()));
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

    /** An actor's name as aliases are kept: lower-case, blanks collapsed, at most 300 characters. */
    public static String aliasKey(String name) {
        if (name == null) {
            return null;
        }
        String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        key = key.length() > 300 ? key.substring(0, 300) : key;
        return key.isEmpty() ? null : key;
    }

    /** The party a data set's name stands for (its alias), or null. */
    @Transactional(readOnly = true)
    public String findByAlias(String name) {
        String key = aliasKey(name);
        return key == null ? null : jdbc.sql("select party from party_alias where alias = ?").param(key)
                .query(String.class).optional().orElse(null);
    }

    /**
     * The party of an actor an import meets, created on first sight when the ledger has none: with
     * {@code code} when given (a state's alpha-2 code: that party, created if missing), else with a code
     * made from the name (the prefix of "NAF: United Armed Forces of Novorossiya", or the initials) and
     * made unique; the data set's name is kept as an alias, so the next row finds it. {@code author}
     * ("import job 17") is recorded as the party's creator. Parties an import creates may later be
     * renamed or merged by an ADMIN like any other.
     */
    @Transactional
    public String findOrCreateForImport(String code, String name, PartyKind kind, String alias, String dataset,
            String author) {
        String key = aliasKey(alias);
        if (key != null) {
            String known = jdbc.sql("select party from party_alias where alias = ?").param(key).query(String.class)
                    .optional().orElse(null);
            if (known != null) {
                return known;
            }
        }
        String displayName = name == null || name.isBlank() ? code : name.strip();
        displayName = displayName.length() > 200 ? displayName.substring(0, 200) : displayName;
        String chosen;
        if (code != null) {
            chosen = normalize(code);
            insertParty(chosen, displayName, kind, author);
        } else {
            String base = codeFor(displayName);
            chosen = null;
            for (int n = 1; chosen == null; n++) {
                String candidate = n == 1 ? base : base + "-" + n;
                if (insertParty(candidate, displayName, kind, author)) {
                    chosen = candidate;
                }
            }
        }
        if (key != null) {
            jdbc.sql("insert into party_alias (alias, party, dataset, created_by) values (?, ?, ?, ?)"
                    + " on conflict (alias) do nothing").params(key, chosen, dataset, author).update();
        }
        return chosen;
    }

    private boolean insertParty(String code, String name, PartyKind kind, String author) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        return jdbc.sql("insert into party (code, name, kind, created_by, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (code) do nothing")
                .params(code, name, kind.name(), author, now, now).update() == 1;
    }

    /**
     * A party code for a name: "NAF: United Armed Forces of Novorossiya" → NAF, "Unidentified Armed Group
     * (Ukraine)" → UAGU, else the first letters of the name; 2 to 12 of [A-Z0-9], starting with a letter.
     */
    static String codeFor(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        java.util.regex.Matcher prefix = java.util.regex.Pattern.compile("^([A-Z][A-Z0-9]{1,11}):").matcher(upper);
        if (prefix.find()) {
            return prefix.group(1);
        }
        StringBuilder initials = new StringBuilder();
        for (String word : upper.split("[^A-Z0-9]+")) {
            if (!word.isEmpty() && initials.length() < 12) {
                initials.append(word.charAt(0));
            }
        }
        String code = initials.toString();
        if (code.length() < 2) {
            code = upper.replaceAll("[^A-Z0-9]", "");
        }
        code = code.length() > 12 ? code.substring(0, 12) : code;
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            code = "P" + code;
        }
        return code.length() < 2 ? code + "X" : code;
    }

    private Party find(String code) {
        return parties.findById(normalize(code)).orElseThrow(() -> ApiException.notFound("party", normalize(code)));
    }
}

package org.conflictledger.ingest.imports;

import java.util.HashMap;
import java.util.Map;

import org.conflictledger.party.PartyKind;
import org.conflictledger.party.PartyService;

/**
 * The parties of a data set's actors, for one import job. In order: a name the ledger knows as an alias
 * (the war's armed groups ship with the names ACLED and UCDP give them: "NAF: United Armed Forces of
 * Novorossiya", "DPR", "Novorossiya"; "Unidentified Armed Group (Ukraine)" is the party {@code unknown});
 * a state's own forces, government or civilians ({@link Countries#actor}), created as a STATE when the
 * ledger lacks it; anything else is created on first sight, its name kept as an alias, with the import
 * job as its author. An actor is never dropped. Answers are cached for the job.
 */
class ActorParties {

    /** The party of an unnamed target or an unidentified attacker. */
    static final String UNKNOWN = "UNKNOWN";

    private final PartyService parties;
    private final String dataset;
    private final String author;
    private final Map<String, String> known = new HashMap<>();

    ActorParties(PartyService parties, String dataset, String author) {
        this.parties = parties;
        this.dataset = dataset;
        this.author = author;
    }

    /** The party of an actor's name, created when new; null for a blank name. */
    String actor(String name, PartyKind kindIfNew) {
        String key = PartyService.aliasKey(name);
        if (key == null) {
            return null;
        }
        String code = known.get(key);
        if (code == null) {
            code = parties.findByAlias(name);
            if (code == null) {
                String state = Countries.actor(name);
                code = state != null ? country(state)
                        : parties.findOrCreateForImport(null, name, kindIfNew, name, dataset, author);
            }
            known.put(key, code);
        }
        return code;
    }

    /** The party of a country's alpha-2 code, created as a STATE when the ledger lacks it; null stays null. */
    String country(String code) {
        if (code == null) {
            return null;
        }
        String key = "\u0000" + code;
        String party = known.get(key);
        if (party == null) {
            party = parties.findOrCreateForImport(code, Countries.name(code), PartyKind.STATE, null, dataset, author);
            known.put(key, party);
        }
        return party;
    }
}

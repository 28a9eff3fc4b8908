package org.conflictledger.party;

import java.time.Instant;
import java.util.List;

/**
 * A party as the API shows it; {@code id} equals {@code code}. {@code aliases} are the names data sets
 * give it (lower-case, as matched by imports); {@code createdBy} is who created it (an API key's name,
 * or "import job N" for a party an import created on first sight; null for the parties the schema ships).
 */
public record PartyView(String id, String code, String name, PartyKind kind, List<String> aliases, String createdBy,
        long version, Instant createdAt, Instant updatedAt) {
}

package org.conflictledger.security;

/** Who is calling: the key's name (or its fingerprint) and its role; never the key itself. */
public record ApiKeyPrincipal(String name, Role role) {

    @Override
    public String toString() {
        return name;
    }
}

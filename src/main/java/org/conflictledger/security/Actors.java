package org.conflictledger.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name history records as the author of a change: the key's name or fingerprint. */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal) {
            return principal.name();
        }
        return SYSTEM;
    }
}

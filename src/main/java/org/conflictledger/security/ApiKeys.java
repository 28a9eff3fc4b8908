package org.conflictledger.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The configured keys, held only as SHA-256 digests. A presented key is compared against every
 * digest in constant time. With no key configured, one ADMIN key is generated for this run and
 * written to a file so that a newcomer can write without reading the source.
 */
@Component
public class ApiKeys {

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
    private static final String AUTHENTICATED = ApiKeys.class.getName() + ".principal";

    private record Entry(byte[] digest, ApiKeyPrincipal principal) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public ApiKeys(SecurityProperties properties) {
        String configured = properties.apiKeys() == null ? "" : properties.apiKeys().trim();
        if (configured.isEmpty()) {
            generateLocalKey(properties.generatedKeyFile());
        } else {
            for (String raw : configured.split(",")) {
                if (!raw.isBlank()) {
                    add(raw.trim());
                }
            }
        }
    }

    private void add(String entry) {
        String[] parts = entry.split(":", 3);
        if (parts.length < 2 || parts[0].isBlank()) {
            throw new IllegalStateException("LEDGER_API_KEYS: an entry must read key:ROLE or key:ROLE:name"
                    + " (ROLE one of READER, ANALYST, ADMIN)");
        }
        Role role;
        try {
            role = Role.valueOf(parts[1].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("LEDGER_API_KEYS: unknown role '" + parts[1]
                    + "' (allowed: READER, ANALYST, ADMIN)");
        }
        byte[] digest = digest(parts[0].trim());
        String name = parts.length == 3 && !parts[2].isBlank() ? parts[2].trim() : fingerprint(digest);
        entries.add(new Entry(digest, new ApiKeyPrincipal(name, role)));
    }

    private void generateLocalKey(String file) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        add(key + ":ADMIN:local-admin");
        if (file == null || file.isBlank()) {
            log.warn("No API keys configured (LEDGER_API_KEYS); a local ADMIN key was generated for this run"
                    + " but ledger.security.generated-key-file is empty, so writes are impossible");
            return;
        }
        try {
            Path path = Path.of(file).toAbsolutePath();
            Files.writeString(path, key + System.lineSeparator(), StandardCharsets.UTF_8);
            log.warn("No API keys configured (LEDGER_API_KEYS); generated an ADMIN key for this run in {}", path);
        } catch (IOException e) {
            log.warn("No API keys configured and the generated key could not be written to {}: {}", file,
                    e.getMessage());
        }
    }

    /**
     * The principal of the key this request presents in {@code X-API-Key}, if it is known; empty
     * without a key or with an unknown one. Authenticated once per request and kept as a request
     * attribute, however many filters ask (the rate limit and the key filter both do).
     */
    @SuppressWarnings("unchecked")
    public Optional<ApiKeyPrincipal> authenticate(HttpServletRequest request) {
        if (request.getAttribute(AUTHENTICATED) instanceof Optional<?> known) {
            return (Optional<ApiKeyPrincipal>) known;
        }
        String presented = request.getHeader(ApiKeyFilter.HEADER);
        Optional<ApiKeyPrincipal> principal = presented == null ? Optional.empty() : authenticate(presented.trim());
        request.setAttribute(AUTHENTICATED, principal);
        return principal;
    }

    /** The principal of a presented key, if the key is known. */
    public Optional<ApiKeyPrincipal> authenticate(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 512) {
            return Optional.empty();
        }
        byte[] digest = digest(presented);
        ApiKeyPrincipal found = null;
        for (Entry entry : entries) {
            // no early exit: every digest is compared, in constant time
            if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
                found = entry.principal();
            }
        }
        return Optional.ofNullable(found);
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fingerprint(byte[] digest) {
        return "key-" + HexFormat.of().formatHex(digest, 0, 4);
    }
}

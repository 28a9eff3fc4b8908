package org.conflictledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    @Test
    void namesEachKeyByItsNameOrByAFingerprintNeverByTheKey() {
        ApiKeys keys = new ApiKeys(new SecurityProperties("s3cret:ANALYST:desk, other:reader", true, ""));
        assertThat(keys.authenticate("s3cret")).get().isEqualTo(new ApiKeyPrincipal("desk", Role.ANALYST));
        ApiKeyPrincipal reader = keys.authenticate("other").orElseThrow();
        assertThat(reader.role()).isEqualTo(Role.READER);
        assertThat(reader.name()).startsWith("key-").doesNotContain("other");
        assertThat(keys.authenticate("s3cre")).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
    }

    /**
     * The comparison runs over every digest without stopping at a match (constant time whatever the key
     * and its position); what can be checked from outside is that each position is found and a key of
     * the same length that differs in its last character is not.
     */
    @Test
    void findsEveryKeyWhereverItStandsAndRefusesANearMiss() {
        StringBuilder config = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            config.append(config.isEmpty() ? "" : ",").append("key-number-").append(100 + i).append(":READER:n").append(i);
        }
        ApiKeys keys = new ApiKeys(new SecurityProperties(config.toString(), true, ""));
        for (int i = 0; i < 50; i++) {
            assertThat(keys.authenticate("key-number-" + (100 + i))).get().extracting(ApiKeyPrincipal::name)
                    .isEqualTo("n" + i);
        }
        assertThat(keys.authenticate("key-number-14x")).isEmpty();
        assertThat(keys.authenticate("x".repeat(513))).isEmpty();
    }

    @Test
    void refusesAnUnknownRoleAtStartUp() {
        assertThatThrownBy(() -> new ApiKeys(new SecurityProperties("k:SUPERUSER", true, "")))
                .hasMessageContaining("READER, ANALYST, ADMIN");
    }

    @Test
    void generatesALocalAdminKeyWhenNoneIsConfigured(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key");
        ApiKeys keys = new ApiKeys(new SecurityProperties("", true, file.toString()));
        String key = Files.readString(file).trim();
        assertThat(key).hasSizeGreaterThan(20);
        assertThat(keys.authenticate(key)).get().extracting(ApiKeyPrincipal::role).isEqualTo(Role.ADMIN);
    }
}

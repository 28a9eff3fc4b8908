package org.conflictledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.conflictledger.integrity.IdempotencyRules.Repeat;
import org.junit.jupiter.api.Test;

/** The idempotency decisions one by one; {@code IdempotencyIT} shows them through HTTP and PostgreSQL. */
class IdempotencyRulesTest {

    private static final List<String> SELF_HANDLED = List.of("/api/v1/imports");

    @Test
    void keysAreHonouredOnApiPostsOnlyAndNotWhereAnEndpointHandlesThemItself() {
        assertThat(IdempotencyRules.applies("POST", "/api/v1/strikes", "k1", SELF_HANDLED)).isTrue();
        assertThat(IdempotencyRules.applies("POST", "/api/v1/strikes", null, SELF_HANDLED)).isFalse();
        assertThat(IdempotencyRules.applies("PUT", "/api/v1/strikes/1", "k1", SELF_HANDLED)).isFalse();
        assertThat(IdempotencyRules.applies("GET", "/api/v1/strikes", "k1", SELF_HANDLED)).isFalse();
        assertThat(IdempotencyRules.applies("POST", "/actuator/refresh", "k1", SELF_HANDLED)).isFalse();
        assertThat(IdempotencyRules.applies("POST", "/api/v1/imports", "k1", SELF_HANDLED)).isFalse();
        assertThat(IdempotencyRules.applies("POST", "/api/v1/imports/7/cancel", "k1", SELF_HANDLED)).isFalse();
        assertThat(IdempotencyRules.applies("POST", "/api/v1/strikes", "k1", List.of())).isTrue();
    }

    @Test
    void aKeyIsOneTo255VisibleAsciiCharacters() {
        assertThat(IdempotencyRules.validKey("3f1c2a9e-5b7d-4e2f-9a61-0c8d7e6b5a4f")).isTrue();
        assertThat(IdempotencyRules.validKey("!")).isTrue();
        assertThat(IdempotencyRules.validKey("~")).isTrue();
        assertThat(IdempotencyRules.validKey("a".repeat(255))).isTrue();
        assertThat(IdempotencyRules.validKey("a".repeat(256))).isFalse();
        assertThat(IdempotencyRules.validKey("")).isFalse();
        assertThat(IdempotencyRules.validKey("two words")).isFalse();
        assertThat(IdempotencyRules.validKey("tab\there")).isFalse();
        assertThat(IdempotencyRules.validKey("del\u007f")).isFalse();
        assertThat(IdempotencyRules.validKey("ключ")).isFalse();
    }

    @Test
    void theKeyIsBoundToThePathWithItsQuery() {
        assertThat(IdempotencyRules.path("/api/v1/strikes", null)).isEqualTo("/api/v1/strikes");
        assertThat(IdempotencyRules.path("/api/v1/strikes", "dryRun=true")).isEqualTo("/api/v1/strikes?dryRun=true");
    }

    @Test
    void requestsAreComparedByMethodPathAndBody() {
        byte[] body = "{\"attacker\":\"RU\"}".getBytes(StandardCharsets.UTF_8);
        String hash = IdempotencyRules.hash("POST", "/api/v1/strikes", body);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(IdempotencyRules.hash("POST", "/api/v1/strikes", body.clone())).isEqualTo(hash);
        assertThat(IdempotencyRules.hash("PUT", "/api/v1/strikes", body)).isNotEqualTo(hash);
        assertThat(IdempotencyRules.hash("POST", "/api/v1/strikes?x=1", body)).isNotEqualTo(hash);
        assertThat(IdempotencyRules.hash("POST", "/api/v1/strikes", "{\"attacker\":\"UA\"}"
                .getBytes(StandardCharsets.UTF_8))).isNotEqualTo(hash);
        // method and path are separated, so moving a character across the boundary changes the hash
        assertThat(IdempotencyRules.hash("POS", "T/api", new byte[0]))
                .isNotEqualTo(IdempotencyRules.hash("POST", "/api", new byte[0]));
    }

    @Test
    void onlySuccessfulOutcomesAreKept() {
        assertThat(IdempotencyRules.kept(200)).isTrue();
        assertThat(IdempotencyRules.kept(201)).isTrue();
        assertThat(IdempotencyRules.kept(204)).isTrue();
        assertThat(IdempotencyRules.kept(299)).isTrue();
        assertThat(IdempotencyRules.kept(199)).isFalse();
        assertThat(IdempotencyRules.kept(300)).isFalse();
        assertThat(IdempotencyRules.kept(400)).isFalse();
        assertThat(IdempotencyRules.kept(409)).isFalse();
        assertThat(IdempotencyRules.kept(500)).isFalse();
    }

    @Test
    void aRepeatedKeyReplaysTheSameRequestRefusesAnotherAndWaitsForOneStillRunning() {
        assertThat(IdempotencyRules.repeat("abc", 201, "abc")).isEqualTo(Repeat.REPLAY);
        assertThat(IdempotencyRules.repeat("abc", 201, "abd")).isEqualTo(Repeat.REUSED);
        assertThat(IdempotencyRules.repeat("abc", null, "abc")).isEqualTo(Repeat.IN_PROGRESS);
        assertThat(IdempotencyRules.repeat("abc", null, "abd")).isEqualTo(Repeat.IN_PROGRESS);
        assertThat(IdempotencyRules.repeat(null, null, "abc")).isEqualTo(Repeat.IN_PROGRESS);
    }
}

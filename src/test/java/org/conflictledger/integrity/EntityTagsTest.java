package org.conflictledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Tags are digests of the bytes a client saw; If-Match / If-None-Match values are read as RFC 9110 says. */
class EntityTagsTest {

    private static String tag(String json) {
        return EntityTags.of(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTagIsAQuotedDigestThatChangesWithAnyByte() {
        String tag = tag("{\"id\":1,\"place\":\"Odesa\"}");
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(tag("{\"id\":1,\"place\":\"Odesa\"}")).isEqualTo(tag);
        assertThat(tag("{\"id\":1,\"place\":\"Odessa\"}")).isNotEqualTo(tag);
        // SHA-256 of the empty input, first 128 bits, base64url without padding
        assertThat(tag("")).isEqualTo("\"47DEQpj8HBSa-_TImW-5JA\"");
    }

    @Test
    void aHeaderMatchesItsTagAnyListedTagAWeakFormOrAStar() {
        String tag = "\"abc\"";
        assertThat(EntityTags.matches("\"abc\"", tag)).isTrue();
        assertThat(EntityTags.matches("\"x\", \"abc\"", tag)).isTrue();
        assertThat(EntityTags.matches("W/\"abc\"", tag)).isTrue();
        assertThat(EntityTags.matches(" * ", tag)).isTrue();
        assertThat(EntityTags.matches("\"abd\"", tag)).isFalse();
        assertThat(EntityTags.matches("abc", tag)).isFalse();
        assertThat(EntityTags.matches("\"x\",\"y\"", tag)).isFalse();
        assertThat(EntityTags.matches(null, tag)).isFalse();
        assertThat(EntityTags.matches("*", null)).isFalse();
        assertThat(EntityTags.matches("\"abc\"", null)).isFalse();
    }
}

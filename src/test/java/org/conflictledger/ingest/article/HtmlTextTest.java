package org.conflictledger.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void stripsTagsScriptsAndEntitiesAndKeepsBlocksApart() {
        String text = HtmlText.of("<h2>Overnight attack</h2><p>Russian <b>drones</b> hit Odesa &amp; Izmail.</p>"
                + "<script>track()</script><p>Two&nbsp;people were hurt.<br>Rescuers are at work.</p>");
        assertThat(text).isEqualTo("Overnight attack\n\nRussian drones hit Odesa & Izmail.\n\nTwo people were hurt.\n"
                + "Rescuers are at work.");
    }

    @Test
    void leavesPlainTextAsItIs() {
        assertThat(HtmlText.of("Plain text, no tags.")).isEqualTo("Plain text, no tags.");
        assertThat(HtmlText.of(null)).isEmpty();
    }
}

package org.conflictledger.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/** Id-only labels find their texts in the data sets the same way the labelling script showed them. */
class LabelledTextsTest {

    @TempDir
    Path data;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsRuwaRowsWithQuotedLineBreaksAndDropsCensorsSectionTail() throws Exception {
        Path dir = Files.createDirectories(data.resolve("war-news-ruwa-2022"));
        Files.writeString(dir.resolve("RUWA_04.08.23.csv"), ",Unnamed: 0,src,desc,title,ref,Date,Site,Event,KW\n"
                + "0,1,https://censor.net/a,\"25.08.22 10:00 - Shelling of Sloviansk.\nView news.\","
                + "\"Shelling of Sloviansk: Rashists hit Sloviansk (25.08.22 10:00) « War | Censor.NET\",[],08/25/2022,"
                + "censor.net,beginning,[]\n"
                + "1,2,https://www.reuters.com/b,,\"Talks, again, in \"\"Istanbul\"\"\",[],03/29/2022,reuters.com,x,[]\n",
                StandardCharsets.UTF_8);
        LabelledTexts texts = new LabelledTexts(data);

        LabelledTexts.Text censor = texts.resolve(json.readTree("{\"id\":\"https://censor.net/a\"}"));
        LabelledTexts.Text reuters = texts.resolve(json.readTree("{\"id\":\"https://www.reuters.com/b\"}"));

        assertThat(censor.title()).isEqualTo("Shelling of Sloviansk: Rashists hit Sloviansk");
        assertThat(censor.summary()).isEqualTo("- Shelling of Sloviansk.\nView news.");
        assertThat(reuters.title()).isEqualTo("Talks, again, in \"Istanbul\"");
        assertThat(reuters.summary()).isEmpty();
    }

    @Test
    void aCorridorSegmentLosesItsStatusAndDatelineAndKeepsThreeSentences() {
        String[] text = LabelledTexts.corridor(";;; Status: disputed; MOSCOW. March 5 (Interfax) - Russian forces have"
                + " declared a ceasefire. Passages open at 10 a.m. Routes are agreed. A fourth sentence.");

        assertThat(text[0]).isEqualTo("Russian forces have declared a ceasefire.");
        assertThat(text[1]).isEqualTo("Russian forces have declared a ceasefire. Passages open at 10 a.m. Routes are agreed.");
    }

    @Test
    void aLineThatCarriesItsTextIsReadFromTheLineAndAnUnknownIdHasNone() throws Exception {
        LabelledTexts texts = new LabelledTexts(data);

        LabelledTexts.Text own = texts.resolve(json.readTree(
                "{\"id\":\"s1\",\"published\":\"2025-04-12T07:00:00Z\",\"title\":\"T\",\"summary\":\"S\"}"));

        assertThat(own.title()).isEqualTo("T");
        assertThat(own.summary()).isEqualTo("S");
        assertThat(own.published()).hasToString("2025-04-12T07:00:00Z");
        assertThat(texts.resolve(json.readTree("{\"id\":\"nowhere\"}"))).isNull();
    }
}

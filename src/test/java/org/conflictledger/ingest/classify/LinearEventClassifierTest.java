package org.conflictledger.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extractor;
import org.junit.jupiter.api.Test;

/** The committed model reads plain war news as the guideline does, and the model file round-trips. */
class LinearEventClassifierTest {

    private static final LinearEventClassifier CLASSIFIER = LinearEventClassifier.load();
    private final Extractor rules = new Extractor();

    private Classification classify(String title, String summary) {
        ArticleText text = new ArticleText(title, summary, Instant.parse("2025-03-10T08:00:00Z"));
        return CLASSIFIER.classify(text, rules.extract(text));
    }

    @Test
    void aMissileStrikeIsARelevantStrike() {
        Classification c = classify("Russian missiles hit Kharkiv overnight, killing three",
                "Russia struck the city of Kharkiv with ballistic missiles overnight, killing three people and wounding 12,"
                        + " the regional governor said.");
        assertThat(c.relevant()).isTrue();
        assertThat(c.kind()).isEqualTo(EventKind.STRIKE);
        assertThat(c.probability()).isGreaterThanOrEqualTo(CLASSIFIER.model().threshold());
    }

    @Test
    void aCorridorAgreedForCiviliansIsACeaseFireMatter() {
        Classification c = classify("Humanitarian corridor agreed for Sumy, ceasefire from 9 a.m.",
                "Ukraine and Russia agreed on a humanitarian corridor and a ceasefire from 9 a.m. to 9 p.m. to evacuate"
                        + " civilians from Sumy, the deputy prime minister said.");
        assertThat(c.kind()).isEqualTo(EventKind.CEASEFIRE);
    }

    @Test
    void aRoundOfTalksIsANegotiation() {
        Classification c = classify("Ukrainian and Russian delegations hold new round of talks in Istanbul",
                "The Ukrainian and Russian delegations met in Istanbul on Tuesday for a new round of peace talks,"
                        + " Turkey's foreign minister said.");
        assertThat(c.kind()).isEqualTo(EventKind.NEGOTIATION);
    }

    @Test
    void sportIsNotRelevant() {
        Classification c = classify("Arsenal beat Chelsea to go top of the Premier League",
                "Two second-half goals gave Arsenal a 2-0 win over Chelsea at the Emirates on Sunday.");
        assertThat(c.relevant()).isFalse();
        assertThat(c.probability()).isLessThan(CLASSIFIER.model().threshold());
    }

    @Test
    void theModelFileRoundTripsToTheSameDecisions() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CLASSIFIER.model().write(out);
        LinearModel copy = LinearModel.read(new ByteArrayInputStream(out.toByteArray()));
        ArticleText text = new ArticleText("Drones attack Odesa port", "Russian drones attacked the port of Odesa overnight.",
                Instant.parse("2025-03-10T08:00:00Z"));

        Classification original = CLASSIFIER.classify(text, rules.extract(text));
        Classification reread = new LinearEventClassifier(copy).classify(text, rules.extract(text));

        assertThat(reread).isEqualTo(original);
        assertThat(copy.size()).isEqualTo(CLASSIFIER.model().size());
    }

    @Test
    void refusesAFileThatIsNoModel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("hello\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("not an event classifier model");
    }
}

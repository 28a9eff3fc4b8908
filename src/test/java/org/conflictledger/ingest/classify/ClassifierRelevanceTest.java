package org.conflictledger.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.EventKind;
import org.conflictledger.ingest.extract.Extraction;
import org.conflictledger.ingest.extract.Extractor;
import org.conflictledger.ingest.extract.RelevanceJudge.Judgement;
import org.conflictledger.ingest.extract.RuleRelevance;
import org.junit.jupiter.api.Test;

/**
 * The service's judge: the classifier keeps or drops and names the kind; each rule override stands
 * over it only where it applies.
 */
class ClassifierRelevanceTest {

    private static final Instant MORNING = Instant.parse("2025-03-10T08:00:00Z");
    private final Extractor rules = new Extractor();

    private static EventClassifier says(boolean relevant, EventKind kind) {
        return (article, reading) -> new Classification(relevant, relevant ? 0.93 : 0.07, kind, 0.8);
    }

    private Judgement judge(EventClassifier classifier, String title, String summary) {
        ArticleText text = new ArticleText(title, summary, MORNING);
        Extraction reading = rules.extract(text);
        return new ClassifierRelevance(classifier).judge(text, reading);
    }

    private Extraction read(String title, String summary) {
        return rules.extract(new ArticleText(title, summary, MORNING));
    }

    /** A strike report without a toll: no override applies. */
    static final String STRIKE_TITLE = "Russian drones hit Kharkiv apartment block";
    static final String STRIKE_TEXT = "Russian drones struck an apartment block in Kharkiv overnight, the regional"
            + " governor said.";

    @Test
    void dropsAnItemTheClassifierDropsThoughTheRulesKeepIt() {
        assertThat(read(STRIKE_TITLE, STRIKE_TEXT).relevant()).isTrue();
        assertThat(RuleOverride.of(read(STRIKE_TITLE, STRIKE_TEXT))).isNull();

        Judgement j = judge(says(false, EventKind.STRIKE), STRIKE_TITLE, STRIKE_TEXT);

        assertThat(j.relevant()).isFalse();
        assertThat(j.headlineKind()).isNull();
        assertThat(j.confidence()).isEqualTo(0.07);
    }

    @Test
    void keepsAnItemWithTheClassifiersKindAndTheRulesSentenceWhenTheyReadTheSameKind() {
        Judgement same = judge(says(true, EventKind.STRIKE), STRIKE_TITLE, STRIKE_TEXT);
        Judgement other = judge(says(true, EventKind.CEASEFIRE), STRIKE_TITLE, STRIKE_TEXT);

        assertThat(same.relevant()).isTrue();
        assertThat(same.headlineKind()).isEqualTo(EventKind.STRIKE);
        assertThat(same.confidence()).isEqualTo(0.93);
        assertThat(same.evidence()).isEqualTo(read(STRIKE_TITLE, STRIKE_TEXT).kindEvidence()).isNotNull();
        assertThat(other.headlineKind()).isEqualTo(EventKind.CEASEFIRE);
        assertThat(other.evidence()).isNull();
    }

    @Test
    void aStrikeReportWithItsAttackerAndTollIsKeptThoughTheClassifierDropsIt() {
        String title = "Russian shelling kills two in Kherson";
        String text = "Russian forces shelled Kherson on Tuesday, killing two civilians and wounding five, the regional"
                + " governor said.";
        assertThat(RuleOverride.of(read(title, text))).isEqualTo(RuleOverride.STRIKE_WITH_ATTACKER_AND_TOLL);

        Judgement j = judge(says(false, EventKind.NEGOTIATION), title, text);

        assertThat(j.relevant()).isTrue();
        assertThat(j.headlineKind()).isEqualTo(EventKind.STRIKE);
        assertThat(j.confidence()).isEqualTo(read(title, text).confidence());
        assertThat(j.evidence()).isEqualTo(read(title, text).kindEvidence());
    }

    @Test
    void aCeaseFireReportWithItsMatterIsKeptThoughTheClassifierDropsIt() {
        String title = "Russia accuses Ukraine of violating the energy ceasefire";
        String text = "Russia's Defence Ministry accused Ukraine of violating the moratorium on strikes against energy"
                + " infrastructure by attacking a power station in the Kursk region.";
        assertThat(RuleOverride.of(read(title, text))).isEqualTo(RuleOverride.CEASEFIRE_WITH_MATTER);

        Judgement j = judge(says(false, EventKind.STRIKE), title, text);

        assertThat(j.relevant()).isTrue();
        assertThat(j.headlineKind()).isEqualTo(EventKind.CEASEFIRE);
    }

    @Test
    void aNegotiationReportIsAlwaysLeftToTheClassifier() {
        String title = "Ukrainian and Russian delegations hold new round of talks in Istanbul";
        String text = "The Ukrainian and Russian delegations met in Istanbul on Tuesday for a new round of peace talks,"
                + " Turkey's foreign minister said.";
        assertThat(read(title, text).kind()).isEqualTo(EventKind.NEGOTIATION);
        assertThat(RuleOverride.of(read(title, text))).isNull();
        assertThat(judge(says(false, EventKind.NEGOTIATION), title, text).relevant()).isFalse();
    }

    /** A classifier that scores {@code unread} without the rules' hits and {@code read} with them. */
    private static EventClassifier scores(double unread, double read, EventKind kind) {
        return (article, reading) -> {
            double p = reading == null ? unread : read;
            return new Classification(p >= 0.771, p, kind, 0.8);
        };
    }

    private Judgement judgePassage(EventClassifier classifier, String title, String passage, int[] rulesRead) {
        ArticleText text = new ArticleText(title, passage, MORNING);
        return new ClassifierRelevance(classifier).judgePassage(text, () -> {
            rulesRead[0]++;
            return rules.extract(text);
        });
    }

    @Test
    void aPassageIsKeptOnlyAtTheStricterPassageThreshold() {
        int[] read = new int[1];
        Judgement kept = judgePassage(scores(0.5, 0.86, EventKind.STRIKE), STRIKE_TITLE, STRIKE_TEXT, read);
        // kept as a whole item (0.771), not as one passage of many
        Judgement dropped = judgePassage(scores(0.5, 0.80, EventKind.STRIKE), STRIKE_TITLE, STRIKE_TEXT, read);

        assertThat(kept.relevant()).isTrue();
        assertThat(kept.headlineKind()).isEqualTo(EventKind.STRIKE);
        assertThat(kept.confidence()).isEqualTo(0.86);
        assertThat(kept.evidence()).isEqualTo(read(STRIKE_TITLE, STRIKE_TEXT).kindEvidence());
        assertThat(dropped.relevant()).isFalse();
        assertThat(dropped.headlineKind()).isNull();
        assertThat(read[0]).isEqualTo(2);
    }

    @Test
    void aPassageTheModelScoresNearZeroWithoutTheRulesIsNotReadByThem() {
        int[] read = new int[1];

        Judgement j = judgePassage(scores(0.01, 0.99, EventKind.STRIKE), STRIKE_TITLE, STRIKE_TEXT, read);

        assertThat(j.relevant()).isFalse();
        assertThat(j.confidence()).isEqualTo(0.01);
        assertThat(read[0]).isZero();
    }

    @Test
    void noRuleOverrideKeepsAPassage() {
        String title = "Russian shelling kills two in Kherson";
        String text = "Russian forces shelled Kherson on Tuesday, killing two civilians and wounding five, the regional"
                + " governor said.";
        assertThat(RuleOverride.of(read(title, text))).isEqualTo(RuleOverride.STRIKE_WITH_ATTACKER_AND_TOLL);

        assertThat(judgePassage(scores(0.3, 0.5, EventKind.STRIKE), title, text, new int[1]).relevant()).isFalse();
    }

    @Test
    void theSettingNamesTheJudge() {
        assertThat(ClassifierRelevance.forSetting("classifier")).isInstanceOf(ClassifierRelevance.class);
        assertThat(ClassifierRelevance.forSetting("rules")).isInstanceOf(RuleRelevance.class);
        assertThatThrownBy(() -> ClassifierRelevance.forSetting("model")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'model'");
    }
}

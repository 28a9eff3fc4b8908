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

    static final String STRIKE_TITLE = "Russian drones hit Kharkiv apartment block, wounding three";
    static final String STRIKE_TEXT = "Russian drones struck an apartment block in Kharkiv overnight, wounding three"
            + " people, the regional governor said.";

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
    void aStatedLaunchCountKeepsAStrikeReportTheClassifierWouldDrop() {
        String title = "Russia launched 84 drones at Ukraine overnight, air force says";
        String text = "Russia launched 84 drones at Ukraine overnight, 60 of which were shot down, Ukraine's air force"
                + " said. Debris fell on a warehouse in the Kyiv region.";
        assertThat(RuleOverride.of(read(title, text))).isEqualTo(RuleOverride.STATED_LAUNCH_FIGURES);

        Judgement j = judge(says(false, EventKind.CEASEFIRE), title, text);

        assertThat(j.relevant()).isTrue();
        assertThat(j.headlineKind()).isEqualTo(EventKind.STRIKE);
    }

    @Test
    void aLaunchCountDoesNotOverrideWhereTheRulesThemselvesSeeNoStrikeReport() {
        String title = "Ukraine's allies pledge more air defence";
        String text = "Allies pledged more air defence systems to Ukraine at a meeting in Brussels on Tuesday.";
        assertThat(RuleOverride.of(read(title, text))).isNotEqualTo(RuleOverride.STATED_LAUNCH_FIGURES);
    }

    @Test
    void anItemNamingNeitherSideNorAPlaceOfTheWarIsDroppedThoughTheClassifierKeepsIt() {
        String title = "Arsenal beat Chelsea to go top of the league";
        String text = "Two second-half goals gave Arsenal a 2-0 win over Chelsea at the Emirates on Sunday.";
        assertThat(RuleOverride.of(read(title, text))).isEqualTo(RuleOverride.NO_SIDE_OR_PLACE_NAMED);

        Judgement j = judge(says(true, EventKind.STRIKE), title, text);

        assertThat(j.relevant()).isFalse();
        assertThat(j.headlineKind()).isNull();
    }

    @Test
    void anItemNamingASideIsLeftToTheClassifier() {
        String title = "Zelensky thanks Denmark for its support";
        String text = "Ukrainian President Volodymyr Zelensky thanked Denmark's prime minister for her support.";
        assertThat(RuleOverride.of(read(title, text))).isNull();
    }

    @Test
    void theSettingNamesTheJudge() {
        assertThat(ClassifierRelevance.forSetting("classifier")).isInstanceOf(ClassifierRelevance.class);
        assertThat(ClassifierRelevance.forSetting("rules")).isInstanceOf(RuleRelevance.class);
        assertThatThrownBy(() -> ClassifierRelevance.forSetting("model")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'model'");
    }
}

package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.strike.StatedFigure;
import org.junit.jupiter.api.Test;

/** Field rules added after measuring on 2022 feed items; sentences written for the purpose. */
class ExtractorFieldsTest {

    private static final Instant PUBLISHED = Instant.parse("2022-04-20T09:00:00Z");
    private final Extractor extractor = new Extractor();

    private Extraction read(String title, String text) {
        return extractor.extract(new ArticleText(title, text, PUBLISHED));
    }

    private static String figure(Extracted<StatedFigure> figure) {
        return figure == null ? null : figure.value().value() + " " + figure.value().qualifier();
    }

    @Test
    void namesTheWeaponFromTheSentenceThatNamesItNotFromTheShelling() {
        Extraction x = read("Kharkiv and Chernihiv hit by heavy shelling", "Dozens of people have been killed in Russian"
                + " missile strikes on Kharkiv, Ukrainian officials say.");
        assertThat(Extractor.coarseWeapon(x)).isEqualTo("MISSILE");
        assertThat(figure(x.killed())).isEqualTo("24 AT_LEAST");
    }

    @Test
    void readsThePartAndTheWholeOfWhatWasLaunchedAndDisabled() {
        Extraction x = read("Russia fires three dozen missiles at Ukraine", "Ukraine's air defences disabled 16 of the 36"
                + " launched on Thursday, officials said.");
        assertThat(figure(x.launched())).isEqualTo("36 EXACT");
        assertThat(figure(x.intercepted())).isEqualTo("16 EXACT");
    }

    @Test
    void datesTheStrikeByTheSentenceThatTellsItNotByAnotherEvent() {
        Extraction x = read("Biden promises aid as Russian missiles destroy Kharkiv TV tower", "The House approved the aid"
                + " bill on Saturday. Russian missiles slammed into the TV tower in Kharkiv on Monday afternoon.");
        assertThat(x.date().value().date()).isEqualTo(LocalDate.of(2022, 4, 18));
    }

    @Test
    void leavesOutThePartOfATollThatIsAmongTheDead() {
        Extraction x = read("Russian rocket attack kills 20 in Vinnytsia", "Three children were among those killed in the"
                + " central city, officials say.");
        assertThat(figure(x.killed())).isEqualTo("20 EXACT");
    }

    @Test
    void doesNotTakeWhoBlamesForWhoAttacked() {
        Extraction x = read("Ukraine blamed by Russia for deadly blast in Belgorod", "Russia says Ukrainian forces targeted"
                + " homes in the Russian city of Belgorod, killing three people.");
        assertThat(x.attacker().value()).isEqualTo("UA");
        assertThat(x.target().value()).isEqualTo("RU");
        assertThat(figure(x.killed())).isEqualTo("3 EXACT");
    }

    @Test
    void countsMissilesThatSlammedIntoATargetAsHitsNotLaunches() {
        Extraction x = read("Missiles hit Odesa port", "Two sea-launched Russian Kalibr cruise missiles slammed into the"
                + " port of Odesa on Saturday.");
        assertThat(x.launched()).isNull();
        assertThat(Extractor.coarseWeapon(x)).isEqualTo("MISSILE");
        assertThat(x.places()).extracting(p -> p.value().name()).containsExactly("Odesa");
    }

    @Test
    void knowsMoreLeadersWhoTalkAboutTheWar() {
        Extraction x = read("Xi says China is ready to mediate", "China is willing to mediate between Russia and Ukraine,"
                + " Xi Jinping told Emmanuel Macron in a call.");
        assertThat(x.kind()).isEqualTo(EventKind.NEGOTIATION);
        assertThat(x.participants()).extracting(p -> p.value().name()).contains("Xi Jinping", "Emmanuel Macron");
    }

    @Test
    void attacksByASidesForcesReportedByARegionsAuthoritiesArePlacedThere() {
        Extraction x = read("Russian shelling of border regions", "Authorities in Ukraine's Chernihiv oblast reported"
                + " two injuries from 30 attacks by Russian forces on Tuesday.");
        assertThat(x.places()).extracting(p -> p.value().name()).containsExactly("Chernihiv Oblast");
        // the same words about something else than attacks name no place
        assertThat(read("Border regions", "Authorities in Ukraine's Chernihiv oblast reported two injuries from"
                + " a road accident on Tuesday.").places()).isEmpty();
    }

    @Test
    void anAttackThatBringsDownAStructureIsAStrikeWhereItStood() {
        assertThat(StrikeReader.isStrikeEvent("Russian attacks destroyed a power substation in Sumy on Monday.", PUBLISHED))
                .isTrue();
        Extraction x = read("", "Russian attacks destroyed a power substation in Sumy on Monday.");
        assertThat(x.places()).extracting(p -> p.value().name()).containsExactly("Sumy");
        // what attacks destroy besides a structure is no strike of its own
        assertThat(StrikeReader.isStrikeEvent("Russian attacks destroyed any hope of a deal on Monday.", PUBLISHED))
                .isFalse();
    }

    @Test
    void phoneTalksAreACallAndACallHasNoVenue() {
        Extraction x = read("Scholz to call Putin", "Olaf Scholz told a news conference in Vienna that he will hold phone"
                + " talks with his Russian counterpart Vladimir Putin on Friday.");
        assertThat(x.negotiationKind().value()).isEqualTo(NegotiationKind.PHONE_CALL);
        assertThat(x.venue()).isNull();
        // talks held in a city keep it
        Extraction talks = read("Talks in Istanbul", "Diplomats of Russia and Ukraine held talks in Istanbul on Friday.");
        assertThat(talks.negotiationKind().value()).isEqualTo(NegotiationKind.TALKS_ROUND);
        assertThat(talks.venue().value().place()).isEqualTo("Istanbul");
    }

    @Test
    void diplomatsGatheredForTalksAreARoundOfTalksWhereTheyGathered() {
        Extraction x = read("Envoys meet", "Envoys of Russia and Ukraine gathered in Istanbul on Monday for talks on"
                + " prisoner exchanges.");
        assertThat(x.negotiationKind().value()).isEqualTo(NegotiationKind.TALKS_ROUND);
        assertThat(x.venue().value().place()).isEqualTo("Istanbul");
        // a call for talks is no round of them
        assertThat(Vocabulary.NEG_ROUND.matcher("Zelensky called on Monday for talks to end the war.").find()).isFalse();
    }

    @Test
    void aCorridorOrABreachIsPlacedAndAGeneralTruceIsNot() {
        Extraction corridor = extractor.readEvent(EventKind.CEASEFIRE, java.util.List.of("A humanitarian corridor for the"
                + " evacuation of civilians from Kherson was agreed on Tuesday, Ukraine's deputy prime minister said."),
                0, PUBLISHED, 0.9, false);
        assertThat(corridor.places()).extracting(p -> p.value().name()).containsExactly("Kherson");
        Extraction truce = extractor.readEvent(EventKind.CEASEFIRE, java.util.List.of("Russia and Ukraine agreed a"
                + " 30-day truce on strikes at energy sites in Kherson and Zaporizhzhia on Tuesday."), 0, PUBLISHED, 0.9, false);
        assertThat(truce.ceasefireMatter().value()).isEqualTo(CeasefireMatter.AGREEMENT);
        assertThat(truce.places()).isEmpty();
    }

    @Test
    void aFreezingOfHostilitiesIsACeasefireWord() {
        assertThat(CeasefireReader.CF_WORD.matcher("He called for a freezing of \u201chostilities\u201d along the front.").find())
                .isTrue();
        assertThat(CeasefireReader.CF_WORD.matcher("He called for a halt to the fighting.").find()).isTrue();
        assertThat(CeasefireReader.CF_WORD.matcher("Prices were frozen for the winter.").find()).isFalse();
    }

    @Test
    void aSpokesmansCallWithJournalistsIsNoPhoneCall() {
        assertThat(Vocabulary.NEG_PHONE.matcher("Peskov said during a regular call with journalists.").find()).isFalse();
        assertThat(Vocabulary.NEG_PHONE.matcher("The adviser told a conference call that talks would go on.").find())
                .isFalse();
        assertThat(Vocabulary.NEG_PHONE.matcher("Putin and Erdogan held a long call on Friday.").find()).isTrue();
        assertThat(Vocabulary.NEG_PHONE.matcher("Macron had a call with Putin on Friday.").find()).isTrue();
        assertThat(Vocabulary.NEG_MEETING.matcher("the meetings in Moscow").find()).isTrue();
    }

    @Test
    void aProposalOthersRejectInARelativeClauseIsStillTheProposal() {
        assertThat(CeasefireReader.matterOf("On Friday Erdogan called for a truce on the Black Sea, which both Moscow and"
                + " Kyiv quickly rejected.")).isEqualTo(CeasefireMatter.PROPOSAL);
        assertThat(CeasefireReader.matterOf("Kyiv rejected the truce that Erdogan had called for.")).isEqualTo(
                CeasefireMatter.RESPONSE);
    }
}

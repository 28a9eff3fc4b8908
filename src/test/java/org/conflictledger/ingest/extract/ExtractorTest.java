package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.conflictledger.negotiation.Capacity;
import org.conflictledger.negotiation.DurationQualifier;
import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;
import org.junit.jupiter.api.Test;

/** Every rule of the extractor, on sentences written for the purpose. */
class ExtractorTest {

    private static final Instant SATURDAY = Instant.parse("2025-04-12T07:00:00Z");
    private final Extractor extractor = new Extractor();

    private Extraction read(String title, String text) {
        return extractor.extract(new ArticleText(title, text, SATURDAY));
    }

    private static String figure(Extracted<StatedFigure> figure) {
        return figure == null ? null : figure.value().value() + " " + figure.value().qualifier();
    }

    @Test
    void readsTheAirForceReportOfOneNight() {
        Extraction x = read("Russia launches 147 drones and three missiles at Kharkiv and Odesa",
                "Russia launched 147 drones and three ballistic missiles overnight at Kharkiv and Odesa, Ukraine's air"
                        + " force said. Air defences shot down 97 drones, and 25 were lost to jamming. At least two"
                        + " people were killed.");
        assertThat(x.relevant()).isTrue();
        assertThat(x.kind()).isEqualTo(EventKind.STRIKE);
        assertThat(x.attacker().value()).isEqualTo("RU");
        assertThat(x.target().value()).isEqualTo("UA");
        assertThat(x.places()).extracting(p -> p.value().name()).containsExactly("Kharkiv", "Odesa");
        assertThat(x.weapon().value()).isEqualTo(WeaponCategory.MIXED);
        assertThat(figure(x.launched())).isEqualTo("150 EXACT");
        assertThat(figure(x.intercepted())).isEqualTo("97 EXACT");
        assertThat(figure(x.suppressed())).isEqualTo("25 EXACT");
        assertThat(figure(x.killed())).isEqualTo("2 AT_LEAST");
        assertThat(x.killed().evidence()).isEqualTo("At least two people were killed.");
        assertThat(x.claimant().value()).isEqualTo("UA");
        assertThat(x.attributedTo().value()).isEqualTo("Ukrainian Air Force");
        assertThat(x.date().value().date()).isEqualTo(LocalDate.of(2025, 4, 12));
        // read from "overnight", not the publication fallback (which is the day before publication, DAY precision)
        assertThat(x.date().value().expression()).isEqualTo("overnight");
        assertThat(x.date().value().precision()).isEqualTo(org.conflictledger.common.TimePrecision.HOUR);
        assertThat(x.date().value().start()).isEqualTo(java.time.Instant.parse("2025-04-11T15:00:00Z"));
        assertThat(x.date().value().end()).isEqualTo(java.time.Instant.parse("2025-04-12T06:00:00Z"));
        assertThat(x.confidence()).isBetween(0.6, 1.0);
    }

    @Test
    void addsUpCountsOfDifferentWeaponsAndCombinesTheirQualifiers() {
        Extraction x = read("", "Russia fired more than 100 drones and 7 cruise missiles at Ukraine on Thursday.");
        assertThat(figure(x.launched())).isEqualTo("107 MORE_THAN");
        assertThat(x.weapon().value()).isEqualTo(WeaponCategory.MIXED);
        assertThat(Extractor.coarseWeapon(x)).isEqualTo("MIXED");
    }

    @Test
    void readsThePartAndTheWholeOfShotDownOutOf() {
        Extraction x = read("", "Ukraine's air force said it shot down 56 of the 88 drones Russia launched overnight.");
        assertThat(figure(x.launched())).isEqualTo("88 EXACT");
        assertThat(figure(x.intercepted())).isEqualTo("56 EXACT");
        assertThat(x.weapon().value()).isEqualTo(WeaponCategory.DRONE);
    }

    @Test
    void readsVagueWordsForFigures() {
        assertThat(figure(read("", "Russia launched more than seven dozen drones at Kyiv overnight.").launched()))
                .isEqualTo("84 MORE_THAN");
        assertThat(figure(read("", "Russia launched dozens of drones at Odesa overnight.").launched()))
                .isEqualTo("24 AT_LEAST");
        assertThat(figure(read("", "Russia fired nearly 200 drones at Ukraine overnight.").launched()))
                .isEqualTo("200 AT_MOST");
        assertThat(figure(read("", "Russia launched some 150 drones at Lviv overnight.").launched()))
                .isEqualTo("150 ABOUT");
        assertThat(figure(read("", "Russia launched a dozen drones at Sumy overnight.").launched()))
                .isEqualTo("12 ABOUT");
        assertThat(figure(read("", "Russia fired scores of missiles at Ukrainian cities.").launched()))
                .isEqualTo("40 AT_LEAST");
        assertThat(figure(read("", "Russia launched hundreds of drones at Ukraine overnight.").launched()))
                .isEqualTo("200 AT_LEAST");
    }

    @Test
    void readsKilledAndWoundedInWordsAndDigits() {
        Extraction x = read("", "The Russian strike on Zaporizhzhia killed three people and injured 15, including"
                + " two children, the governor said.");
        assertThat(figure(x.killed())).isEqualTo("3 EXACT");
        assertThat(figure(x.wounded())).isEqualTo("15 EXACT");
        Extraction y = read("", "At least seven people were killed and dozens wounded in a missile attack on Dnipro.");
        assertThat(figure(y.killed())).isEqualTo("7 AT_LEAST");
        assertThat(figure(y.wounded())).isEqualTo("24 AT_LEAST");
        Extraction z = read("", "A Russian drone hit a bus in Kherson, killing a 12-year-old boy and wounding four.");
        assertThat(figure(z.wounded())).isEqualTo("4 EXACT");
        assertThat(z.killed()).isNull();
    }

    @Test
    void takesCapitalsAsTheirGovernmentsWhenTheySpeakOrAct() {
        Extraction x = read("Moscow says Kyiv launched drones at Belgorod",
                "Moscow said on Saturday that Kyiv launched 30 drones at the Belgorod region overnight, and that"
                        + " air defences destroyed all of them, Russia's Defence Ministry said.");
        // the title's "Belgorod" stands for the region the text names
        assertThat(x.places()).extracting(p -> p.value().name()).containsExactly("Belgorod");
        assertThat(x.attacker().value()).isEqualTo("UA");
        assertThat(x.target().value()).isEqualTo("RU");
        assertThat(x.claimant().value()).isEqualTo("RU");
        assertThat(x.attributedTo().value()).isEqualTo("Russian Ministry of Defence");
    }

    @Test
    void takesACapitalAsAPlaceWhenItIsStruck() {
        Extraction x = read("", "Russian missiles struck Kyiv overnight, killing two people, Mayor Vitali Klitschko said.");
        assertThat(x.places()).extracting(p -> p.value().name()).containsExactly("Kyiv");
        assertThat(x.attacker().value()).isEqualTo("RU");
    }

    @Test
    void findsPlacesFromTheGazetteerWithRegionsAndCoordinates() {
        Extraction x = read("", "Russian drones attacked the Kharkiv region and the city of Kryvyi Rih overnight.");
        assertThat(x.places()).extracting(p -> p.value().name()).containsExactly("Kharkiv Oblast", "Kryvyi Rih");
        Place kryvyiRih = x.places().get(1).value();
        assertThat(kryvyiRih.region()).isEqualTo("Dnipropetrovsk Oblast");
        assertThat(kryvyiRih.country()).isEqualTo("UA");
        assertThat(kryvyiRih.latitude()).isBetween(47.0, 48.5);
        assertThat(read("", "Shelling hit Odessa and Kiev on Friday.").places()).extracting(p -> p.value().name())
                .containsExactly("Odesa", "Kyiv");
    }

    @Test
    void leavesOutTheLaunchSiteAndTheCityThatSpeaks() {
        Extraction x = read("", "Russia launched Iskander missiles from the Kursk region at Sumy on Friday, Sumy's"
                + " governor said.");
        assertThat(x.places()).extracting(p -> p.value().name()).containsExactly("Sumy");
        assertThat(x.attributedTo().value()).isEqualTo("Governor of Sumy Oblast");
        assertThat(x.weapon().value()).isEqualTo(WeaponCategory.BALLISTIC_MISSILE);
        assertThat(x.weaponModels()).containsExactly("Iskander-M");
    }

    @Test
    void namesWeaponsAndTheirModels() {
        Extraction drones = read("", "Russia launched 40 Shahed drones at Odesa overnight.");
        assertThat(drones.weapon().value()).isEqualTo(WeaponCategory.DRONE);
        assertThat(drones.weaponModels()).containsExactly("Shahed-136/131");
        Extraction cruise = read("", "Russia fired six Kh-101 cruise missiles at Lviv on Sunday.");
        assertThat(cruise.weapon().value()).isEqualTo(WeaponCategory.CRUISE_MISSILE);
        assertThat(cruise.weaponModels()).containsExactly("Kh-101");
        assertThat(Extractor.coarseWeapon(cruise)).isEqualTo("MISSILE");
        Extraction bombs = read("", "Russian aircraft dropped glide bombs on Kostiantynivka, killing two people.");
        assertThat(bombs.weapon().value()).isEqualTo(WeaponCategory.GUIDED_BOMB);
    }

    @Test
    void readsUkrainianStrikesOnRussia() {
        Extraction x = read("Ukrainian drones hit oil refinery in Krasnodar region",
                "Ukrainian drones attacked an oil refinery in the Krasnodar region overnight, the regional governor"
                        + " said, adding that 12 drones were shot down.");
        assertThat(x.relevant()).isTrue();
        assertThat(x.attacker().value()).isEqualTo("UA");
        assertThat(x.target().value()).isEqualTo("RU");
        assertThat(figure(x.intercepted())).isEqualTo("12 EXACT");
    }

    @Test
    void recognisesCeasefireMatters() {
        Extraction x = read("Kremlin accuses Kyiv of violating energy truce",
                "Russia accused Ukraine on Saturday of violating the moratorium on strikes against energy"
                        + " infrastructure, the Kremlin said.");
        assertThat(x.kind()).isEqualTo(EventKind.CEASEFIRE);
        assertThat(x.ceasefireMatter().value()).isEqualTo(CeasefireMatter.ALLEGED_VIOLATION);
        assertThat(x.ceasefireScope().value()).isEqualTo("ENERGY_INFRASTRUCTURE");
        assertThat(x.accuser().value()).isEqualTo("RU");
        assertThat(x.accused().value()).isEqualTo("UA");
        Extraction easter = read("Putin declares Easter truce", "Vladimir Putin declared an Easter truce on Saturday,"
                + " ordering Russian forces to halt fighting until Monday.");
        assertThat(easter.kind()).isEqualTo(EventKind.CEASEFIRE);
        assertThat(easter.ceasefireMatter().value()).isEqualTo(CeasefireMatter.PROPOSAL);
        assertThat(easter.ceasefireScope().value()).isEqualTo("HOLIDAY");
    }

    @Test
    void readsNegotiationParticipantsVenueAndDuration() {
        Extraction x = read("Witkoff meets Putin in St Petersburg",
                "US envoy Steve Witkoff met President Vladimir Putin in St Petersburg on Friday for talks that lasted"
                        + " more than four hours, Kremlin aide Yuri Ushakov said.");
        assertThat(x.kind()).isEqualTo(EventKind.NEGOTIATION);
        assertThat(x.negotiationKind().value()).isEqualTo(NegotiationKind.MEETING);
        assertThat(x.participants()).extracting(p -> p.value().name())
                .containsExactly("Steve Witkoff", "Vladimir Putin", "Yuri Ushakov");
        Person witkoff = x.participants().get(0).value();
        assertThat(witkoff.title()).isEqualTo("US envoy");
        assertThat(witkoff.party()).isEqualTo("US");
        assertThat(witkoff.capacity()).isEqualTo(Capacity.ENVOY);
        assertThat(x.participants().get(1).value().capacity()).isEqualTo(Capacity.PRINCIPAL);
        assertThat(x.venue().value().place()).isEqualTo("St Petersburg");
        assertThat(x.venue().value().country()).isEqualTo("RU");
        assertThat(x.duration().value().minutes()).isEqualTo(240);
        assertThat(x.duration().value().qualifier()).isEqualTo(DurationQualifier.MORE_THAN);
    }

    @Test
    void readsPhoneCallsAndTalksRoundsWithUnknownPeopleByTitle() {
        Extraction call = read("Trump and Putin speak by phone", "Donald Trump and Vladimir Putin spoke by phone for"
                + " about two hours on Tuesday, the White House said.");
        assertThat(call.negotiationKind().value()).isEqualTo(NegotiationKind.PHONE_CALL);
        assertThat(call.duration().value().minutes()).isEqualTo(120);
        assertThat(call.duration().value().qualifier()).isEqualTo(DurationQualifier.ABOUT);
        assertThat(call.venue()).isNull();
        Extraction round = read("Russian and Ukrainian delegations hold talks in Istanbul",
                "Russian and Ukrainian delegations held a round of talks in Istanbul, led by Turkish Foreign Minister"
                        + " Hakan Fidan and Ukrainian Defence Minister Rustem Umerov.");
        assertThat(round.kind()).isEqualTo(EventKind.NEGOTIATION);
        assertThat(round.negotiationKind().value()).isEqualTo(NegotiationKind.TALKS_ROUND);
        assertThat(round.venue().value().country()).isEqualTo("TR");
        assertThat(round.participants()).extracting(p -> p.value().title())
                .contains("Turkish Foreign Minister", "Ukrainian Defence Minister");
    }

    @Test
    void leavesOtherWarsEconomicsAndSportOut() {
        assertThat(read("Israeli strikes kill 40 in Gaza", "Israeli air strikes killed at least 40 people in Gaza"
                + " overnight, Hamas-run health officials said.").relevant()).isFalse();
        assertThat(read("Houthi drones target ship in Red Sea", "Yemen's Houthis launched drones and missiles at a"
                + " cargo ship, the US military said.").relevant()).isFalse();
        assertThat(read("Ukraine's economy grows 3%", "Ukraine's central bank said the economy grew 3% last year as"
                + " exports of grain recovered.").relevant()).isFalse();
        assertThat(read("Shakhtar Donetsk beat Dynamo Kyiv", "Shakhtar Donetsk beat Dynamo Kyiv 2-1 in the Ukrainian"
                + " Premier League on Saturday.").relevant()).isFalse();
    }

    @Test
    void everyFieldKeepsItsSentenceAndAConfidence() {
        Extraction x = read("", "Russia launched 60 drones at Poltava overnight. Air defences downed 45 of them.");
        assertThat(x.intercepted().evidence()).isEqualTo("Air defences downed 45 of them.");
        assertThat(figure(x.intercepted())).isEqualTo("45 EXACT");
        for (Extracted<?> field : new Extracted<?>[] {x.attacker(), x.target(), x.launched(), x.intercepted(),
                x.weapon(), x.date(), x.places().get(0)}) {
            assertThat(field.evidence()).isNotBlank();
            assertThat(field.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(x.launched().value().qualifier()).isEqualTo(Qualifier.EXACT);
    }
}

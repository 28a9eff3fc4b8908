package org.conflictledger.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.conflictledger.negotiation.Capacity;
import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.strike.StatedFigure;
import org.junit.jupiter.api.Test;

/** The pipeline on articles that tell several events: one reading per event, each with its own facts. */
class EventPipelineTest {

    /** 09:00 in Kyiv on Saturday 14 June 2025. */
    private static final Instant SATURDAY_MORNING = Instant.parse("2025-06-14T06:00:00Z");
    private final Extractor extractor = new Extractor();

    static final String TWO_WAY_TITLE = "Kyiv and Moscow swap drone strikes as US envoy holds talks in Ankara";
    static final String TWO_WAY_TEXT = "Russia and Ukraine exchanged drone strikes overnight. Ukraine's air force said"
            + " Russia had launched more than five dozen drones at the country overnight, most of which were shot"
            + " down; three people were wounded in Kharkiv. Russia's Defence Ministry said its air defences had"
            + " destroyed 45 Ukrainian drones over the Belgorod and Voronezh regions, some of them aimed at a power"
            + " station, and accused Kyiv of violating the energy ceasefire. Separately, the US special envoy met"
            + " Russia's foreign minister in Ankara for two hours of talks.";

    private ArticleReading read(String title, String text) {
        return extractor.read(new ArticleText(title, text, SATURDAY_MORNING));
    }

    private static String figure(Extracted<StatedFigure> figure) {
        return figure == null ? null : figure.value().value() + " " + figure.value().qualifier();
    }

    private static String value(Extracted<String> e) {
        return e == null ? null : e.value();
    }

    @Test
    void findsEachEventOfATwoWayNightWithItsOwnFiguresAndSpeaker() {
        ArticleReading reading = read(TWO_WAY_TITLE, TWO_WAY_TEXT);
        List<Extraction> events = reading.events();
        // in order of first mention: the title names the talks before the body tells the second strike
        assertThat(events).extracting(Extraction::kind).containsExactly(EventKind.STRIKE, EventKind.NEGOTIATION,
                EventKind.STRIKE, EventKind.CEASEFIRE);
        assertThat(events).extracting(Extraction::event).containsExactly(0, 1, 2, 3);

        Extraction intoUkraine = events.get(0);
        assertThat(value(intoUkraine.attacker())).isEqualTo("RU");
        assertThat(value(intoUkraine.target())).isEqualTo("UA");
        assertThat(figure(intoUkraine.launched())).isEqualTo("60 MORE_THAN");
        assertThat(figure(intoUkraine.wounded())).isEqualTo("3 EXACT");
        assertThat(intoUkraine.places()).extracting(p -> p.value().name()).containsExactly("Kharkiv");
        assertThat(value(intoUkraine.claimant())).isEqualTo("UA");
        assertThat(value(intoUkraine.attributedTo())).isEqualTo("Ukrainian Air Force");
        assertThat(intoUkraine.date().value().date()).isEqualTo(LocalDate.of(2025, 6, 14));

        Extraction intoRussia = events.get(2);
        assertThat(value(intoRussia.attacker())).isEqualTo("UA");
        assertThat(value(intoRussia.target())).isEqualTo("RU");
        assertThat(figure(intoRussia.intercepted())).isEqualTo("45 EXACT");
        assertThat(intoRussia.launched()).isNull();
        assertThat(value(intoRussia.claimant())).isEqualTo("RU");
        assertThat(value(intoRussia.attributedTo())).isEqualTo("Russian Ministry of Defence");
        assertThat(intoRussia.targetCategories()).contains("ENERGY");

        Extraction allegation = events.get(3);
        assertThat(allegation.ceasefireMatter().value()).isEqualTo(CeasefireMatter.ALLEGED_VIOLATION);
        assertThat(value(allegation.accuser())).isEqualTo("RU");
        assertThat(value(allegation.accused())).isEqualTo("UA");
        assertThat(value(allegation.ceasefireScope())).isEqualTo("ENERGY_INFRASTRUCTURE");
        assertThat(allegation.relatedEvent()).isEqualTo(2);
        assertThat(allegation.date().value().date()).isEqualTo(LocalDate.of(2025, 6, 14));

        Extraction talks = events.get(1);
        assertThat(talks.negotiationKind().value()).isEqualTo(NegotiationKind.MEETING);
        assertThat(talks.participants()).extracting(p -> p.value()).containsExactly(
                new Person(null, "special envoy", "US", Capacity.ENVOY),
                new Person(null, "foreign minister", "RU", Capacity.PRINCIPAL));
        assertThat(talks.venue().value().place()).isEqualTo("Ankara");
        assertThat(talks.duration().value().minutes()).isEqualTo(120);
        assertThat(talks.date().value().expression()).isEqualTo("publication");
        assertThat(talks.date().confidence()).isLessThan(0.5);
        assertThat(reading.kinds()).containsExactly(EventKind.STRIKE, EventKind.NEGOTIATION, EventKind.CEASEFIRE);
        assertThat(reading.headlineKind()).isEqualTo(EventKind.STRIKE);
    }

    @Test
    void readsAOneEventReportAsOneEvent() {
        ArticleReading reading = read("Russia strikes Odesa port with missiles",
                "Russia struck the port of Odesa with three cruise missiles overnight, the regional governor said."
                        + " Two people were killed and four were wounded, he added.");
        assertThat(reading.events()).hasSize(1);
        assertThat(value(reading.events().get(0).attacker())).isEqualTo("RU");
        assertThat(figure(reading.events().get(0).killed())).isEqualTo("2 EXACT");
    }

    @Test
    void marksHistoryRecalledForContextAsBackground() {
        ArticleReading reading = read("Russian drones hit Lviv overnight",
                "Russia attacked Lviv with 20 drones overnight, Ukraine's air force said. Last August, a Russian"
                        + " missile strike on the city's outskirts killed four people.");
        assertThat(reading.events()).extracting(Extraction::background).containsExactly(false, true);
        assertThat(reading.headline().event()).isZero();
    }

    @Test
    void leavesTextsInOtherLanguagesUnread() {
        ArticleReading reading = read("Rosja zaatakowała Kijów dronami",
                "W nocy Rosja zaatakowała Kijów, a obrona powietrzna zestrzeliła większość dronów. Według władz"
                        + " miasta nie ma ofiar, ale jest to kolejny atak na stolicę, który został odparty.");
        assertThat(reading.language()).isEqualTo("pl");
        assertThat(reading.relevant()).isFalse();
        assertThat(reading.events()).isEmpty();
    }

    @Test
    void givesEachPersonTheirOwnTitle() {
        ArticleReading reading = read("US envoy Steve Witkoff meets Putin in Moscow",
                "US envoy Steve Witkoff met President Vladimir Putin in Moscow on Friday for talks on ending the war"
                        + " in Ukraine.");
        Extraction talks = reading.events().get(0);
        assertThat(talks.participants()).extracting(p -> p.value()).contains(
                new Person("Steve Witkoff", "US envoy", "US", Capacity.ENVOY),
                new Person("Vladimir Putin", "President", "RU", Capacity.PRINCIPAL));
        assertThat(talks.date().value().date()).isEqualTo(LocalDate.of(2025, 6, 13));
    }

    @Test
    void datesPlannedTalksForwards() {
        ArticleReading reading = read("Ukrainian and Russian delegations to meet in Istanbul",
                "Ukrainian and Russian delegations will hold a new round of talks in Istanbul on Monday, the"
                        + " Turkish foreign ministry said.");
        assertThat(reading.events().get(0).kind()).isEqualTo(EventKind.NEGOTIATION);
        assertThat(reading.events().get(0).date().value().date()).isEqualTo(LocalDate.of(2025, 6, 16));
    }
}

package org.conflictledger.demo;

import java.time.OffsetDateTime;
import java.util.List;

import org.conflictledger.ceasefire.AllegationRequest;
import org.conflictledger.ceasefire.AllegationService;
import org.conflictledger.ceasefire.CeasefireRequest;
import org.conflictledger.ceasefire.CeasefireScope;
import org.conflictledger.ceasefire.CeasefireService;
import org.conflictledger.ceasefire.CeasefireStatus;
import org.conflictledger.ceasefire.PartyPositionRequest;
import org.conflictledger.ceasefire.Position;
import org.conflictledger.ceasefire.TransitionRequest;
import org.conflictledger.common.TimePrecision;
import org.conflictledger.negotiation.Capacity;
import org.conflictledger.negotiation.DurationQualifier;
import org.conflictledger.negotiation.NegotiationKind;
import org.conflictledger.negotiation.NegotiationRequest;
import org.conflictledger.negotiation.NegotiationService;
import org.conflictledger.negotiation.Participant;
import org.conflictledger.negotiation.Quote;
import org.conflictledger.negotiation.StatedDuration;
import org.conflictledger.negotiation.Tone;
import org.conflictledger.negotiation.Topic;
import org.conflictledger.negotiation.TrackRequest;
import org.conflictledger.negotiation.TrackService;
import org.conflictledger.party.PartyKind;
import org.conflictledger.party.PartyRequest;
import org.conflictledger.party.PartyService;
import org.conflictledger.source.SourceKind;
import org.conflictledger.source.SourceRequest;
import org.conflictledger.source.SourceService;
import org.conflictledger.strike.ClaimRequest;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.StrikeRequest;
import org.conflictledger.strike.StrikeService;
import org.conflictledger.strike.StrikeView;
import org.conflictledger.strike.TargetCategory;
import org.conflictledger.strike.WeaponCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spring-2025 cease-fire timeline of DOMAIN.md, a few strikes with conflicting claims and two
 * negotiation tracks, loaded through the same services as the API when the {@code demo} profile is
 * active, and only once per database. Dates and parties follow the public record; the figures are
 * illustrative, modelled on how such reports read, not a record of the events.
 */
@Component
@Profile("demo")
class DemoScenario implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);
    static final String BASE = "https://demo.conflict-ledger.example/";

    private final PartyService parties;
    private final SourceService sources;
    private final StrikeService strikes;
    private final CeasefireService ceasefires;
    private final AllegationService allegations;
    private final TrackService tracks;
    private final NegotiationService negotiations;
    private final JdbcClient jdbc;

    DemoScenario(PartyService parties, SourceService sources, StrikeService strikes, CeasefireService ceasefires,
            AllegationService allegations, TrackService tracks, NegotiationService negotiations, JdbcClient jdbc) {
        this.parties = parties;
        this.sources = sources;
        this.strikes = strikes;
        this.ceasefires = ceasefires;
        this.allegations = allegations;
        this.tracks = tracks;
        this.negotiations = negotiations;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from source where url like :prefix)")
                .param("prefix", BASE + "%").query(Boolean.class).single();
        if (loaded) {
            log.info("Demo scenario already loaded; nothing to do");
            return;
        }
        load();
        log.info("Demo scenario loaded: spring-2025 cease-fires, strikes with conflicting claims, negotiation tracks");
    }

    private static OffsetDateTime t(String iso) {
        return OffsetDateTime.parse(iso);
    }

    private long source(String publisher, SourceKind kind, String party, String path, String title, String at) {
        return sources.create(new SourceRequest(publisher, kind, party, BASE + path, title, t(at), null)).id();
    }

    private static StatedFigure fig(int value, Qualifier qualifier) {
        return StatedFigure.of(value, qualifier);
    }

    private void load() {
        if (!parties.exists("SA")) {
            parties.create(new PartyRequest("SA", "Saudi Arabia", PartyKind.STATE));
        }

        long airForce = source("Ukrainian Air Force", SourceKind.OFFICIAL_MILITARY, "UA", "af/2025-04-12",
                "Overnight air attack bulletin", "2025-04-12T09:00:00+03:00");
        long wire = source("Example Wire", SourceKind.MEDIA, null, "wire/2025-04-12-kyiv-drones",
                "Russia pounds Kyiv with drones overnight", "2025-04-12T12:00:00+03:00");
        long ruMod = source("Russian Ministry of Defence", SourceKind.OFFICIAL_MILITARY, "RU",
                "mod/2025-03-21-sudzha", "Statement on the Sudzha gas metering station", "2025-03-21T12:00:00+03:00");
        long uaStaff = source("General Staff of the Armed Forces of Ukraine", SourceKind.OFFICIAL_MILITARY, "UA",
                "genstaff/2025-03-21", "Statement on Russian accusations", "2025-03-21T15:00:00+02:00");
        long uaEnergy = source("Ukrainian Ministry of Energy", SourceKind.GOVERNMENT, "UA",
                "energy/2025-03-19-sloviansk", "Energy infrastructure hit in Sloviansk", "2025-03-19T10:00:00+02:00");
        long sumyRegion = source("Sumy Regional Military Administration", SourceKind.GOVERNMENT, "UA",
                "sumy/2025-04-13", "Missile strike on Sumy city centre", "2025-04-13T18:00:00+03:00");
        long whiteHouse = source("The White House", SourceKind.GOVERNMENT, "US", "whitehouse/2025-03-18-readout",
                "Readout of the President's call with President Putin", "2025-03-18T20:00:00Z");
        long kremlin = source("Kremlin press service", SourceKind.GOVERNMENT, "RU", "kremlin/2025-04-19-easter",
                "Easter truce declared", "2025-04-19T15:00:00Z");
        long jointStatement = source("US–Ukraine joint statement", SourceKind.GOVERNMENT, null,
                "jeddah/2025-03-11", "Joint statement after the meeting in Jeddah", "2025-03-11T18:00:00+03:00");

        strikes.create(new StrikeRequest("RU", "UA", t("2025-04-11T20:00:00+03:00"),
                t("2025-04-12T09:00:00+03:00"), TimePrecision.HOUR, "Kyiv", "Kyiv city", "UA", 50.45, 30.52,
                GeoPrecision.TOWN, null, WeaponCategory.DRONE, List.of("Shahed-136/131"),
                List.of(TargetCategory.RESIDENTIAL, TargetCategory.ENERGY), null, List.of(
                        new ClaimRequest(airForce, null, "UA", "Ukrainian Air Force", t("2025-04-12T09:00:00+03:00"),
                                "88 drones launched, 56 shot down, 24 lost to electronic warfare", null,
                                fig(88, Qualifier.EXACT), fig(56, Qualifier.EXACT), fig(24, Qualifier.EXACT), null,
                                null, null),
                        new ClaimRequest(wire, null, "UA", "city officials", t("2025-04-12T12:00:00+03:00"),
                                "more than eight dozen drones; at least three people wounded", null,
                                fig(96, Qualifier.MORE_THAN), null, null, null, null, fig(3, Qualifier.AT_LEAST)))));

        StrikeView sloviansk = strikes.create(new StrikeRequest("RU", "UA", t("2025-03-19T00:00:00+02:00"),
                t("2025-03-19T06:00:00+02:00"), TimePrecision.HOUR, "Sloviansk", "Donetsk oblast", "UA", 48.85, 37.60,
                GeoPrecision.TOWN, null, WeaponCategory.DRONE, List.of("Shahed-136/131"),
                List.of(TargetCategory.ENERGY), null, List.of(new ClaimRequest(uaEnergy, null, "UA",
                        "Ukrainian Ministry of Energy", t("2025-03-19T10:00:00+02:00"),
                        "power infrastructure hit overnight despite the announced halt", null, null, null, null,
                        fig(2, Qualifier.AT_LEAST), null, null))));

        StrikeView sudzha = strikes.create(new StrikeRequest("UA", "RU", t("2025-03-21T00:00:00+03:00"),
                t("2025-03-21T23:59:00+03:00"), TimePrecision.DAY, "Sudzha gas metering station", "Kursk oblast", "RU",
                51.19, 35.27, GeoPrecision.EXACT, null, WeaponCategory.UNKNOWN, List.of(),
                List.of(TargetCategory.ENERGY), null, List.of(
                        new ClaimRequest(ruMod, null, "RU", "Russian Ministry of Defence",
                                t("2025-03-21T12:00:00+03:00"), "the station was blown up by Ukrainian forces", null,
                                null, null, null, fig(1, Qualifier.EXACT), null, null),
                        new ClaimRequest(uaStaff, null, "UA", "General Staff of Ukraine",
                                t("2025-03-21T15:00:00+02:00"),
                                "the accusation is false; the station was shelled by Russian forces", null, null,
                                null, null, null, null, null))));

        strikes.create(new StrikeRequest("RU", "UA", t("2025-04-13T10:15:00+03:00"), t("2025-04-13T10:30:00+03:00"),
                TimePrecision.MINUTE, "Sumy city centre", "Sumy oblast", "UA", 50.91, 34.80, GeoPrecision.TOWN, null,
                WeaponCategory.BALLISTIC_MISSILE, List.of("Iskander-M"),
                List.of(TargetCategory.RESIDENTIAL), null, List.of(
                        new ClaimRequest(sumyRegion, null, "UA", "Sumy Regional Military Administration",
                                t("2025-04-13T18:00:00+03:00"), "two ballistic missiles; 34 killed, 117 wounded", null,
                                fig(2, Qualifier.EXACT), null, null, fig(2, Qualifier.EXACT),
                                fig(34, Qualifier.EXACT), fig(117, Qualifier.EXACT)),
                        new ClaimRequest(wire, null, "UA", "emergency services", t("2025-04-14T09:00:00+03:00"),
                                "the death toll rose to 35", null, null, null, null, null, fig(35, Qualifier.EXACT),
                                fig(119, Qualifier.ABOUT)),
                        new ClaimRequest(ruMod, null, "RU", "Russian Ministry of Defence",
                                t("2025-04-14T12:00:00+03:00"),
                                "more than 60 servicemen were killed at a command meeting", null, null, null, null,
                                null, fig(60, Qualifier.MORE_THAN), null))));

        strikes.create(new StrikeRequest("RU", "UA", t("2025-04-20T03:00:00+03:00"), t("2025-04-20T05:00:00+03:00"),
                TimePrecision.HOUR, null, "Kherson oblast", "UA", null, null, GeoPrecision.REGION, null,
                WeaponCategory.ARTILLERY, List.of(), List.of(TargetCategory.RESIDENTIAL), null, List.of(
                        new ClaimRequest(uaStaff, null, "UA", "General Staff of Ukraine",
                                t("2025-04-20T10:00:00+03:00"), "shelling continued despite the declared truce", null,
                                null, null, null, null, fig(1, Qualifier.AT_LEAST), fig(2, Qualifier.ABOUT)))));

        // the Jeddah proposal: a 30-day general cease-fire, accepted by Ukraine, conditional on Russia
        long jeddah = ceasefires.create(new CeasefireRequest("30-day general cease-fire (Jeddah proposal)",
                CeasefireScope.COMPREHENSIVE, List.of(), "Immediate, interim 30-day cease-fire, extendable by mutual"
                        + " agreement, subject to acceptance and implementation by Russia.",
                List.of(new PartyPositionRequest("US", Position.PROPOSER, null, t("2025-03-11T18:00:00+03:00")),
                        new PartyPositionRequest("UA", Position.ACCEPTED, null, t("2025-03-11T18:00:00+03:00")),
                        new PartyPositionRequest("RU", Position.ACCEPTED_WITH_CONDITIONS,
                                "agreed \"in principle\"; monitoring, the status of Ukrainian mobilisation and "
                                        + "Western arms deliveries to be settled first",
                                t("2025-03-13T18:00:00+03:00"))),
                List.of("SA"), t("2025-03-11T18:00:00+03:00"), null, null, null, "P30D")).id();

        // the energy moratorium: in force from 18 March, accused of violations by both sides, expired 17 April
        long energy = ceasefires.create(new CeasefireRequest("Energy infrastructure moratorium",
                CeasefireScope.ENERGY_INFRASTRUCTURE, List.of(), "30-day halt on strikes against energy infrastructure.",
                List.of(new PartyPositionRequest("RU", Position.ACCEPTED, null, t("2025-03-18T18:00:00Z")),
                        new PartyPositionRequest("UA", Position.ACCEPTED_WITH_CONDITIONS,
                                "monitoring by a third party", t("2025-03-19T16:00:00Z"))),
                List.of("US"), t("2025-03-18T18:00:00Z"), t("2025-03-18T18:00:00Z"), t("2025-03-18T18:00:00Z"),
                t("2025-04-17T00:00:00Z"), null)).id();
        ceasefires.transition(energy, new TransitionRequest(CeasefireStatus.AGREED, t("2025-03-18T18:00:00Z"),
                whiteHouse, "agreed on the Trump–Putin phone call"));
        ceasefires.transition(energy, new TransitionRequest(CeasefireStatus.IN_FORCE, t("2025-03-18T18:30:00Z"),
                whiteHouse, "Moscow says the order to halt was given at once"));
        ceasefires.transition(energy, new TransitionRequest(CeasefireStatus.EXPIRED, t("2025-04-17T00:00:00Z"),
                null, "30 days elapsed; Moscow declares the moratorium over"));
        allegations.create(energy, new AllegationRequest("UA", "RU", t("2025-03-19T02:00:00+02:00"), uaEnergy,
                sloviansk.id(), "power infrastructure hit in Sloviansk the night after the halt was announced"));
        allegations.create(energy, new AllegationRequest("RU", "UA", t("2025-03-21T03:00:00+03:00"), ruMod,
                sudzha.id(), "Moscow said Kyiv blew up the Sudzha gas metering station in violation of the moratorium"));

        // the Black Sea arrangement announced after the Riyadh talks, with Russian conditions attached
        ceasefires.create(new CeasefireRequest("Black Sea maritime arrangement", CeasefireScope.MARITIME, List.of(),
                "Safe navigation, no use of force and no military use of commercial vessels in the Black Sea.",
                List.of(new PartyPositionRequest("UA", Position.ACCEPTED, null, t("2025-03-25T18:00:00Z")),
                        new PartyPositionRequest("RU", Position.ACCEPTED_WITH_CONDITIONS,
                                "sanctions on Rosselkhozbank and agricultural exporters to be lifted first",
                                t("2025-03-25T20:00:00Z"))),
                List.of("US"), t("2025-03-25T18:00:00Z"), null, null, null, null));

        // the Easter truce, declared by Moscow, mirrored by Kyiv, accused of breaches by both
        long easter = ceasefires.create(new CeasefireRequest("Easter truce", CeasefireScope.HOLIDAY, List.of(),
                "From 18:00 Moscow time on 19 April to midnight on 20/21 April.",
                List.of(new PartyPositionRequest("RU", Position.PROPOSER, null, t("2025-04-19T15:00:00Z")),
                        new PartyPositionRequest("UA", Position.ACCEPTED, "mirrors Russian actions",
                                t("2025-04-19T17:00:00Z"))),
                List.of(), t("2025-04-19T15:00:00Z"), null, t("2025-04-19T15:00:00Z"), t("2025-04-20T21:00:00Z"),
                null)).id();
        ceasefires.transition(easter, new TransitionRequest(CeasefireStatus.IN_FORCE, t("2025-04-19T15:00:00Z"),
                kremlin, "unilateral declaration"));
        ceasefires.transition(easter, new TransitionRequest(CeasefireStatus.EXPIRED, t("2025-04-20T21:00:00Z"),
                null, null));
        allegations.create(easter, new AllegationRequest("UA", "RU", t("2025-04-20T10:00:00+03:00"), uaStaff, null,
                "shelling and assaults continued along the front during the truce"));

        nightlyAttacks(airForce, wire);

        long usRussia = tracks.create(new TrackRequest("US–Russia relations",
                "Contacts between Washington and Moscow on ending the war")).id();
        long usUkraine = tracks.create(new TrackRequest("US–Ukraine talks",
                "Talks between Washington and Kyiv on a cease-fire and a settlement")).id();
        negotiations.create(new NegotiationRequest(NegotiationKind.MEETING, usUkraine, "US–Ukraine meeting in Jeddah",
                t("2025-03-11T12:00:00+03:00"), TimePrecision.DAY, new StatedDuration(480L, DurationQualifier.ABOUT),
                "Jeddah", "SA", List.of(
                        new Participant("Marco Rubio", "Secretary of State", "US", Capacity.PRINCIPAL),
                        new Participant("Mike Waltz", "National Security Adviser", "US", Capacity.ENVOY),
                        new Participant("Andriy Yermak", "Head of the Presidential Office", "UA", Capacity.PRINCIPAL),
                        new Participant("Andrii Sybiha", "Foreign Minister", "UA", Capacity.PRINCIPAL)),
                List.of(Topic.CEASEFIRE, Topic.SECURITY_GUARANTEES, Topic.MINERALS), Tone.CONSTRUCTIVE,
                "Ukraine ready to accept a 30-day cease-fire proposal, subject to Russia's acceptance", List.of(
                        new Quote("Marco Rubio", "The ball is now in Russia's court")), jeddah,
                List.of(jointStatement)));
        negotiations.create(new NegotiationRequest(NegotiationKind.PHONE_CALL, usRussia, "Trump–Putin phone call",
                t("2025-03-18T17:00:00+03:00"), TimePrecision.HOUR, new StatedDuration(90L, DurationQualifier.MORE_THAN),
                null, null, List.of(new Participant("Donald Trump", "President", "US", Capacity.PRINCIPAL),
                        new Participant("Vladimir Putin", "President", "RU", Capacity.PRINCIPAL)),
                List.of(Topic.CEASEFIRE, Topic.ENERGY, Topic.PRISONERS), Tone.CONSTRUCTIVE,
                "30-day halt on strikes against energy infrastructure", List.of(), energy, List.of(whiteHouse)));
        negotiations.create(new NegotiationRequest(NegotiationKind.TALKS_ROUND, usRussia, "US–Russia talks in Riyadh",
                t("2025-03-24T10:00:00+03:00"), TimePrecision.DAY, new StatedDuration(720L, DurationQualifier.ABOUT),
                "Riyadh", "SA", List.of(), List.of(Topic.CEASEFIRE, Topic.SANCTIONS), Tone.NEUTRAL,
                "Black Sea arrangement announced the next day", List.of(), null, List.of()));
        negotiations.create(new NegotiationRequest(NegotiationKind.MEETING, usRussia, "Witkoff–Putin meeting",
                t("2025-04-11T12:00:00+03:00"), TimePrecision.DAY, new StatedDuration(240L, DurationQualifier.MORE_THAN),
                "St. Petersburg", "RU", List.of(
                        new Participant("Steve Witkoff", "White House envoy", "US", Capacity.ENVOY),
                        new Participant("Vladimir Putin", "President", "RU", Capacity.PRINCIPAL)),
                List.of(Topic.CEASEFIRE, Topic.PEACE_SETTLEMENT), Tone.UNKNOWN, null, List.of(), null, List.of()));
    }

    /** Towns struck in the illustrative nightly series: name, region as reports spell it, latitude, longitude. */
    private static final Object[][] TOWNS = {
            {"Kharkiv", "Kharkiv oblast", 49.99, 36.23}, {"Odesa", "Odesa oblast", 46.48, 30.73},
            {"Dnipro", "Dnipropetrovsk oblast", 48.46, 35.05}, {"Zaporizhzhia", "Zaporizhzhia oblast", 47.84, 35.14},
            {"Kryvyi Rih", "Dnipropetrovsk oblast", 47.91, 33.39}, {"Sumy", "Sumy oblast", 50.91, 34.80},
            {"Poltava", "Poltava oblast", 49.59, 34.55}, {"Mykolaiv", "Mykolaiv oblast", 46.97, 31.99},
            {"Kherson", "Kherson oblast", 46.64, 32.62}, {"Chernihiv", "Chernihiv oblast", 51.49, 31.29},
            {"Lviv", "Lviv oblast", 49.84, 24.03}, {"Bila Tserkva", "Kyiv oblast", 49.80, 30.11},
            {"Kramatorsk", "Donetsk oblast", 48.72, 37.56}, {"Vinnytsia", "Vinnytsia oblast", 49.23, 28.47}};

    /**
     * An illustrative series of nightly attacks from 1 March to 10 May 2025 (seeded, so every load is
     * the same): drones most nights, missiles now and then, each reported by the Air Force and some
     * also by the wire with other figures, so that the dashboard has ranges, sizes and places to show.
     * The figures are invented; only their shape follows the Air Force's bulletins.
     */
    private void nightlyAttacks(long airForce, long wire) {
        java.util.Random random = new java.util.Random(2025);
        OffsetDateTime night = t("2025-03-01T20:00:00+02:00");
        OffsetDateTime end = t("2025-05-10T20:00:00+03:00");
        int n = 0;
        while (night.isBefore(end)) {
            night = night.plusDays(1 + (random.nextInt(4) == 0 ? 1 : 0));
            n++;
            Object[] town = TOWNS[random.nextInt(TOWNS.length)];
            boolean missiles = random.nextInt(5) == 0;
            WeaponCategory category = missiles ? WeaponCategory.MIXED : WeaponCategory.DRONE;
            int launched = missiles ? 60 + random.nextInt(160) : 5 + random.nextInt(random.nextInt(3) == 0 ? 180 : 60);
            int intercepted = launched * (55 + random.nextInt(30)) / 100;
            int suppressed = (launched - intercepted) * random.nextInt(70) / 100;
            boolean energy = random.nextInt(3) == 0;
            List<TargetCategory> targets = energy ? List.of(TargetCategory.ENERGY, TargetCategory.RESIDENTIAL)
                    : List.of(TargetCategory.RESIDENTIAL);
            boolean located = random.nextInt(4) != 0;
            String day = night.plusDays(1).toLocalDate().toString();
            List<ClaimRequest> claims = new java.util.ArrayList<>();
            claims.add(new ClaimRequest(airForce, null, "UA", "Ukrainian Air Force", night.plusHours(13),
                    launched + " launched, " + intercepted + " shot down, " + suppressed + " lost to jamming", null,
                    fig(launched, Qualifier.EXACT), fig(intercepted, Qualifier.EXACT),
                    suppressed > 0 ? fig(suppressed, Qualifier.EXACT) : null, null, null, null));
            if (random.nextInt(3) == 0) {
                int reported = launched + 5 + random.nextInt(20);
                int wounded = random.nextInt(12);
                claims.add(new ClaimRequest(wire, null, "UA", "regional officials", night.plusHours(16),
                        "about " + reported + " drones and missiles overnight", null,
                        fig(reported, Qualifier.ABOUT), null, null, null,
                        wounded > 8 ? fig(1, Qualifier.AT_LEAST) : null,
                        wounded > 0 ? fig(wounded, Qualifier.AT_LEAST) : null));
            }
            strikes.create(new StrikeRequest("RU", "UA", night, night.plusHours(10), TimePrecision.HOUR,
                    located ? (String) town[0] : null, (String) town[1], "UA",
                    located ? (Double) town[2] : null, located ? (Double) town[3] : null,
                    located ? GeoPrecision.TOWN : GeoPrecision.REGION, null, category,
                    missiles ? List.of("Shahed-136/131", "Kh-101") : List.of("Shahed-136/131"), targets,
                    null, claims));
            if (n % 6 == 0) {
                int drones = 10 + random.nextInt(90);
                strikes.create(new StrikeRequest("UA", "RU", night.plusHours(2), night.plusHours(8),
                        TimePrecision.HOUR, null, random.nextBoolean() ? "Kursk oblast" : "Belgorod oblast", "RU",
                        null, null, GeoPrecision.REGION, null, WeaponCategory.DRONE, List.of(),
                        List.of(TargetCategory.MILITARY), null, List.of(new ClaimRequest(ruModId(), null, "RU",
                                "Russian Ministry of Defence", night.plusHours(14),
                                drones + " Ukrainian drones destroyed overnight (" + day + ")", null,
                                null, fig(drones, Qualifier.EXACT), null, null, null, null))));
            }
        }
    }

    private long ruModId() {
        return jdbc.sql("select id from source where url = :url").param("url", BASE + "mod/2025-03-21-sudzha")
                .query(Long.class).single();
    }
}

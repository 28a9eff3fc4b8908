package org.conflictledger.ingest.imports;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.conflictledger.common.TimePrecision;
import org.conflictledger.party.PartyKind;
import org.conflictledger.strike.Figure;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;

/**
 * ACLED events (ACLED's export columns, found by name, in either layout: the current one led by
 * {@code event_id_cnty} with {@code disorder_type}, {@code civilian_targeting}, {@code tags} and text
 * actor types, or the older one with {@code data_id}, {@code iso}, {@code event_id_no_cnty},
 * {@code iso3}, numeric actor types and dates as "24 February 2022"): rows whose {@code sub_event_type}
 * is a strike delivered at a distance — "Air/drone strike" or "Shelling/artillery/missile attack" —
 * become strikes; every other row is skipped with the reason. "Remote explosive/landmine/IED" is
 * skipped too: a planted device is not an attack delivered at a distance (DOMAIN.md's strike).
 * <ul>
 * <li>external id: {@code event_id_cnty} (in an older file without it: {@code data_id});</li>
 * <li>attacker = actor1, target = actor2, each through {@link ActorParties}: state forces map to the
 * state ("Military Forces of Russia (2000-)" → RU), the war's armed groups to their parties ("NAF: United
 * Armed Forces of Novorossiya" → NAF), any other actor becomes a party on first sight; an empty actor2
 * (a one-sided row) → the party of the event's country unless that is the attacker's own, else
 * {@code unknown};</li>
 * <li>{@code event_date} is a local date in the import zone: the window is that day; time_precision
 * 1 → DAY, 2 → WEEK, 3 → MONTH; geo_precision 1–2 → TOWN, 3 → REGION; location → place, admin1 →
 * region, latitude/longitude kept;</li>
 * <li>weapon: "Air/drone strike" → DRONE when the notes name a drone, UAV or Shahed, GUIDED_BOMB when
 * they name a guided bomb or KAB, else UNKNOWN; "Shelling/artillery/missile attack" → UNKNOWN when the
 * notes name a missile, else ARTILLERY;</li>
 * <li>{@code fatalities} → killed AT_LEAST (ACLED codes the most conservative report); source → the
 * claim's reference, notes → its quote, timestamp → reportedAt.</li>
 * </ul>
 */
final class AcledFormat implements ImportMapper {

    static final String DATASET = "acled";
    static final String PUBLISHER = "ACLED";
    static final Set<String> STRIKES = Set.of("air/drone strike", "shelling/artillery/missile attack");

    private final ImportContext context;
    private int width;
    private int eventId;
    private int eventDate;
    private int timePrecision;
    private int subEventType;
    private int actor1;
    private int actor2;
    private int country;
    private int admin1;
    private int location;
    private int latitude;
    private int longitude;
    private int geoPrecision;
    private int source;
    private int notes;
    private int fatalities;
    private int timestamp;
    private int inter1;
    private int inter2;

    AcledFormat(ImportContext context) {
        this.context = context;
    }

    @Override
    public void header(Header header) {
        header.require(DATASET, "event_date", "sub_event_type", "actor1", "country", "fatalities");
        width = header.width();
        eventId = header.position("event_id_cnty");
        if (eventId < 0) {
            eventId = header.position("data_id");
        }
        if (eventId < 0) {
            header.require(DATASET, "event_id_cnty");
        }
        inter1 = header.position("inter1");
        inter2 = header.position("inter2");
        eventDate = header.position("event_date");
        timePrecision = header.position("time_precision");
        subEventType = header.position("sub_event_type");
        actor1 = header.position("actor1");
        actor2 = header.position("actor2");
        country = header.position("country");
        admin1 = header.position("admin1");
        location = header.position("location");
        latitude = header.position("latitude");
        longitude = header.position("longitude");
        geoPrecision = header.position("geo_precision");
        source = header.position("source");
        notes = header.position("notes");
        fatalities = header.position("fatalities");
        timestamp = header.position("timestamp");
    }

    @Override
    public ImportRow map(long line, String[] record) {
        Fields.requireWidth(record, width);
        String id = Fields.requireId("event_id_cnty", Fields.text(record, eventId));
        Fields.LocalStamp date = Fields.requireStamp("event_date", Fields.text(record, eventDate));
        Integer killed = Fields.count("fatalities", Fields.text(record, fatalities));
        Fields.Coordinates point = Fields.Coordinates.of(record, latitude, longitude);
        Integer precisionCode = Fields.count("time_precision", Fields.text(record, timePrecision));
        Integer geoCode = Fields.count("geo_precision", Fields.text(record, geoPrecision));
        String stamp = Fields.text(record, timestamp);
        Instant reportedAt = null;
        if (stamp != null) {
            try {
                reportedAt = Instant.ofEpochSecond(Long.parseLong(stamp));
            } catch (NumberFormatException e) {
                throw RowProblem.reject("timestamp: '" + Fields.cut(stamp, 40) + "' is not a Unix time");
            }
        }

        String subEvent = Fields.text(record, subEventType);
        if (subEvent == null || !STRIKES.contains(subEvent.toLowerCase(Locale.ROOT))) {
            throw RowProblem.skip("sub_event_type '" + Fields.cut(subEvent, 60) + "' is not a strike (only Air/drone"
                    + " strike and Shelling/artillery/missile attack are)");
        }
        String countryCode = Countries.code(Fields.text(record, country));
        String attacker;
        String target;
        if (context.actors() != null) {
            attacker = context.actors().actor(Fields.text(record, actor1), kind(Fields.text(record, inter1)));
            if (attacker == null) {
                attacker = ActorParties.UNKNOWN;
            }
            target = context.actors().actor(Fields.text(record, actor2), kind(Fields.text(record, inter2)));
            if (target == null) {
                target = countryCode != null && !countryCode.equals(attacker) ? context.actors().country(countryCode)
                        : ActorParties.UNKNOWN;
            }
        } else {
            String actor1Name = Fields.text(record, actor1);
            attacker = Countries.actor(actor1Name);
            if (attacker == null) {
                throw RowProblem.skip("actor1: '" + Fields.cut(actor1Name, 80) + "' is not a state's forces (only"
                        + " those map without the ledger's parties)");
            }
            target = Countries.actor(Fields.text(record, actor2));
            if (target == null) {
                target = countryCode != null && !countryCode.equals(attacker) ? countryCode : ActorParties.UNKNOWN;
            }
        }
        String note = Fields.text(record, notes);
        String lowerNote = note == null ? "" : note.toLowerCase(Locale.ROOT);
        WeaponCategory weapon;
        if (subEvent.equalsIgnoreCase("Air/drone strike")) {
            weapon = lowerNote.contains("drone") || lowerNote.contains("uav") || lowerNote.contains("shahed")
                    ? WeaponCategory.DRONE
                    : lowerNote.contains("guided bomb") || lowerNote.contains("kab") ? WeaponCategory.GUIDED_BOMB
                    : WeaponCategory.UNKNOWN;
        } else {
            weapon = lowerNote.contains("missile") ? WeaponCategory.UNKNOWN : WeaponCategory.ARTILLERY;
        }
        TimePrecision precision = precisionCode == null || precisionCode <= 1 ? TimePrecision.DAY
                : precisionCode == 2 ? TimePrecision.WEEK : TimePrecision.MONTH;
        String place = Fields.text(record, location);
        GeoPrecision geo = geoCode != null && geoCode >= 3 ? GeoPrecision.REGION
                : place != null ? GeoPrecision.TOWN : GeoPrecision.REGION;
        Map<Figure, StatedFigure> figures = new EnumMap<>(Figure.class);
        if (killed != null) {
            figures.put(Figure.KILLED, StatedFigure.of(killed, Qualifier.AT_LEAST));
        }
        ImportClaim claim = ImportClaim.of(context.sourceId(), null, PUBLISHER, reportedAt, Fields.cut(note, 2000),
                Fields.cut(Fields.text(record, source), 1000), figures, false);
        Fields.LocalStamp day = new Fields.LocalStamp(date.date(), null);
        return new ImportRow(line, DATASET, id, Map.of(), context.party("actor1", attacker),
                context.party("actor2", target), day.start(context.zone()), day.end(context.zone()), precision,
                Fields.cut(place, 300), Fields.cut(Fields.text(record, admin1), 200), countryCode, point.latitude(), point.longitude(), geo,
                null,
                weapon, List.of(), List.of(), List.of(claim));
    }

    /**
     * The kind of a party created on first sight, from ACLED's actor type: the older numeric code (1 state
     * forces, 5 rioters, 6 protesters, 7 civilians) or the current text; armed groups otherwise.
     */
    static PartyKind kind(String inter) {
        if (inter == null) {
            return PartyKind.ARMED_GROUP;
        }
        String type = inter.toLowerCase(Locale.ROOT);
        if (type.equals("1") || type.startsWith("state forces")) {
            return PartyKind.STATE;
        }
        if (type.equals("5") || type.equals("6") || type.equals("7") || type.startsWith("rioters")
                || type.startsWith("protesters") || type.startsWith("civilians")) {
            return PartyKind.OTHER;
        }
        return PartyKind.ARMED_GROUP;
    }
}

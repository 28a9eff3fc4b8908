package org.conflictledger.ingest.imports;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.TimePrecision;
import org.conflictledger.party.PartyKind;
import org.conflictledger.strike.Figure;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.WeaponCategory;

/**
 * UCDP GED events (the standard 49-column layout): one strike per event, with one claim of the
 * "UCDP GED" source stating {@code killed {value: best, qualifier: BETWEEN, low, high}}.
 * <ul>
 * <li>external id: UCDP's {@code id};</li>
 * <li>attacker = side_a, target = side_b (UCDP does not say who attacked: side_a is the dyad's first
 * side); "Government of Russia (Soviet Union)" → RU, "Government of Ukraine" → UA, else by the
 * Gleditsch-Ward number; "Civilians" as side_b (one-sided violence) → the party of the event's
 * country; the war's armed groups by their UCDP names ("DPR", "LPR", "Novorossiya"); any other actor
 * becomes a party of kind ARMED_GROUP on first sight ({@link ActorParties}); an empty side → the party
 * {@code unknown};</li>
 * <li>both renderings read: the CSV UCDP publishes and GED converted to CSV by other tools
 * ({@code true}/{@code false}, {@code 2014-01-27T00:00:00} dates, line breaks inside quoted fields,
 * ids written as {@code 12345.0}), and month-first dates re-saved by a spreadsheet;</li>
 * <li>dates are local dates in the import zone (Kyiv): the window from date_start's first to date_end's
 * last second; date_prec 1 → DAY, 2–3 → WEEK, 4–5 → MONTH;</li>
 * <li>where_prec 1 → EXACT, 2 → TOWN, 3–5 → REGION, 6–7 → COUNTRY; adm_1 → region,
 * where_coordinates → place, latitude/longitude kept;</li>
 * <li>low, best and high out of order (the sample has e.g. best 396 with high 0) → kept and flagged
 * inconsistent, with the smallest range holding all three.</li>
 * </ul>
 */
final class UcdpGedFormat implements ImportMapper {

    static final String DATASET = "ucdp-ged";
    static final String PUBLISHER = "UCDP GED";

    private final ImportContext context;
    private int width;
    private int id;
    private int relid;
    private int sideA;
    private int sideB;
    private int gwnoa;
    private int gwnob;
    private int wherePrec;
    private int whereCoordinates;
    private int adm1;
    private int latitude;
    private int longitude;
    private int country;
    private int datePrec;
    private int dateStart;
    private int dateEnd;
    private int best;
    private int low;
    private int high;
    private int headline;

    UcdpGedFormat(ImportContext context) {
        this.context = context;
    }

    @Override
    public void header(Header header) {
        header.require(DATASET, "id", "side_a", "side_b", "where_prec", "latitude", "longitude", "country",
                "date_prec", "date_start", "date_end", "best", "low", "high");
        width = header.width();
        id = header.position("id");
        relid = header.position("relid");
        sideA = header.position("side_a");
        sideB = header.position("side_b");
        gwnoa = header.position("gwnoa");
        gwnob = header.position("gwnob");
        wherePrec = header.position("where_prec");
        whereCoordinates = header.position("where_coordinates");
        adm1 = header.position("adm_1");
        latitude = header.position("latitude");
        longitude = header.position("longitude");
        country = header.position("country");
        datePrec = header.position("date_prec");
        dateStart = header.position("date_start");
        dateEnd = header.position("date_end");
        best = header.position("best");
        low = header.position("low");
        high = header.position("high");
        headline = header.position("source_headline");
    }

    @Override
    public ImportRow map(long line, String[] record) {
        Fields.requireWidth(record, width);
        String eventId = Fields.text(record, id);
        if (eventId != null && eventId.matches("\\d+\\.0+")) {
            eventId = eventId.substring(0, eventId.indexOf('.'));
        }
        eventId = Fields.requireId("id", eventId);
        String countryCode = Countries.code(Fields.text(record, country));
        String attacker = side("side_a", Fields.text(record, sideA), Fields.text(record, gwnoa), countryCode);
        String target = side("side_b", Fields.text(record, sideB), Fields.text(record, gwnob), countryCode);

        Fields.LocalStamp start = Fields.requireStamp("date_start", Fields.text(record, dateStart));
        Fields.LocalStamp end = Fields.stamp("date_end", Fields.text(record, dateEnd));
        Instant startedAt = new Fields.LocalStamp(start.date(), null).start(context.zone());
        Instant endedAt = new Fields.LocalStamp(end == null ? start.date() : end.date(), null).end(context.zone());
        if (endedAt.isBefore(startedAt)) {
            throw RowProblem.reject("date_end is before date_start");
        }
        Integer datePrecision = Fields.count("date_prec", Fields.text(record, datePrec));
        TimePrecision precision = datePrecision == null || datePrecision <= 1 ? TimePrecision.DAY
                : datePrecision <= 3 ? TimePrecision.WEEK : TimePrecision.MONTH;

        Integer where = Fields.count("where_prec", Fields.text(record, wherePrec));
        GeoPrecision geo = where == null ? GeoPrecision.COUNTRY : switch (where) {
            case 0, 1 -> GeoPrecision.EXACT;
            case 2 -> GeoPrecision.TOWN;
            case 3, 4, 5 -> GeoPrecision.REGION;
            default -> GeoPrecision.COUNTRY;
        };
        Fields.Coordinates point = Fields.Coordinates.of(record, latitude, longitude);

        Integer bestDeaths = Fields.count("best", Fields.text(record, best));
        Integer lowDeaths = Fields.count("low", Fields.text(record, low));
        Integer highDeaths = Fields.count("high", Fields.text(record, high));
        if (bestDeaths == null) {
            throw RowProblem.reject("best is empty");
        }
        int lo = lowDeaths == null ? bestDeaths : lowDeaths;
        int hi = highDeaths == null ? bestDeaths : highDeaths;
        boolean outOfOrder = lo > bestDeaths || bestDeaths > hi;
        Map<Figure, StatedFigure> figures = new EnumMap<>(Figure.class);
        figures.put(Figure.KILLED, StatedFigure.between(bestDeaths, Math.min(lo, Math.min(bestDeaths, hi)),
                Math.max(hi, Math.max(bestDeaths, lo))));

        String place = Fields.text(record, whereCoordinates);
        ImportClaim claim = ImportClaim.of(context.sourceId(), null, PUBLISHER, null,
                Fields.cut(Fields.text(record, headline), 2000), Fields.cut(Fields.text(record, relid), 1000),
                figures, outOfOrder);
        return new ImportRow(line, DATASET, eventId, Map.of(), attacker, target, startedAt, endedAt, precision,
                Fields.cut(place, 300), Fields.cut(Fields.text(record, adm1), 200), countryCode, point.latitude(), point.longitude(), geo,
                null,
                WeaponCategory.UNKNOWN, List.of(), List.of(), List.of(claim));
    }

    private String side(String column, String name, String gwno, String countryCode) {
        ActorParties actors = context.actors();
        String code = Countries.actor(name);
        if (code == null && name != null && name.equalsIgnoreCase("Civilians")) {
            code = countryCode != null ? countryCode : ActorParties.UNKNOWN;
        }
        if (code == null && name != null && name.startsWith("Government of")) {
            code = Countries.gleditschWard(gwno);
        }
        if (actors != null) {
            if (code != null) {
                return code.equals(ActorParties.UNKNOWN) ? code : actors.country(code);
            }
            code = actors.actor(name, PartyKind.ARMED_GROUP);
            return code == null ? ActorParties.UNKNOWN : code;
        }
        if (code == null) {
            throw RowProblem.skip(column + ": '" + Fields.cut(name, 80) + "' is not a state's government or"
                    + " civilians (only those map without the ledger's parties)");
        }
        return context.party(column, code);
    }
}

package org.conflictledger.ingest.imports;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.TimePrecision;
import org.conflictledger.strike.Figure;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.StatedFigure;

/**
 * The Ukrainian Air Force daily figures ({@code missile_attacks_daily.csv}): one strike per row, by RU
 * on UA, with one claim of the Air Force whose reference is the row's {@code source}.
 * <ul>
 * <li>times are Kyiv local time; a start without a time is DAY precision (the window from that day's
 * start to {@code time_end}, or to the day's last second when {@code time_end} has no time either); a
 * start with a time is HOUR precision on a whole hour, MINUTE otherwise;</li>
 * <li>{@code launched} → launched, {@code destroyed} → intercepted, {@code not_reach_goal} →
 * suppressed, all EXACT; an empty cell states nothing; disagreeing figures are kept and flagged;</li>
 * <li>{@code model} → weapon models and category ({@link WeaponCatalogue}); {@code target} → region
 * with REGION precision, "Ukraine" or empty → country UA with COUNTRY precision; {@code target_main}
 * → place; {@code launch_place} kept as is;</li>
 * <li>external id: a SHA-1 of {@code time_start, time_end, model, launch_place, target, source}.</li>
 * </ul>
 */
final class MissileAttacksFormat implements ImportMapper {

    static final String DATASET = "missile-attacks-ua";
    static final String PUBLISHER = "Ukrainian Air Force";

    private final ImportContext context;
    private int width;
    private int timeStart;
    private int timeEnd;
    private int model;
    private int launchPlace;
    private int target;
    private int targetMain;
    private int launched;
    private int destroyed;
    private int notReachGoal;
    private int source;

    MissileAttacksFormat(ImportContext context) {
        this.context = context;
    }

    @Override
    public void header(Header header) {
        header.require(DATASET, "time_start", "time_end", "model", "launch_place", "target", "launched",
                "destroyed", "not_reach_goal", "source");
        width = header.width();
        timeStart = header.position("time_start");
        timeEnd = header.position("time_end");
        model = header.position("model");
        launchPlace = header.position("launch_place");
        target = header.position("target");
        targetMain = header.position("target_main");
        launched = header.position("launched");
        destroyed = header.position("destroyed");
        notReachGoal = header.position("not_reach_goal");
        source = header.position("source");
    }

    @Override
    public ImportRow map(long line, String[] record) {
        Fields.requireWidth(record, width);
        String startText = Fields.text(record, timeStart);
        String endText = Fields.text(record, timeEnd);
        Fields.LocalStamp start = Fields.requireStamp("time_start", startText);
        Fields.LocalStamp end = Fields.stamp("time_end", endText);
        Instant startedAt = start.start(context.zone());
        Instant endedAt = end == null ? start.end(context.zone()) : end.end(context.zone());
        if (endedAt.isBefore(startedAt)) {
            throw RowProblem.reject("time_end " + endText + " is before time_start " + startText);
        }
        TimePrecision precision = !start.hasTime() ? TimePrecision.DAY
                : start.time().getMinute() == 0 && start.time().getSecond() == 0 ? TimePrecision.HOUR
                : TimePrecision.MINUTE;

        String modelText = Fields.text(record, model);
        List<String> models = WeaponCatalogue.models(modelText);
        for (String name : models) {
            if (name.length() > 100) {
                throw RowProblem.reject("model: '" + Fields.cut(name, 40) + "' is longer than 100 characters");
            }
        }
        String launchPlaceText = Fields.text(record, launchPlace);
        String targetText = Fields.text(record, target);
        String region = targetText == null || targetText.equalsIgnoreCase("Ukraine") ? null : targetText;
        String sourceText = Fields.text(record, source);

        Map<Figure, StatedFigure> figures = new EnumMap<>(Figure.class);
        exact(figures, Figure.LAUNCHED, Fields.count("launched", Fields.text(record, launched)));
        exact(figures, Figure.INTERCEPTED, Fields.count("destroyed", Fields.text(record, destroyed)));
        exact(figures, Figure.SUPPRESSED, Fields.count("not_reach_goal", Fields.text(record, notReachGoal)));

        String externalId = Fields.digest(startText, endText, modelText, launchPlaceText, targetText, sourceText);
        ImportClaim claim = ImportClaim.of(context.sourceId(), "UA", PUBLISHER, endedAt, null,
                Fields.cut(sourceText, 1000), figures, false);
        return new ImportRow(line, DATASET, externalId, Map.of(), context.party("attacker", "RU"),
                context.party("target", "UA"), startedAt, endedAt, precision,
                Fields.cut(Fields.text(record, targetMain), 300), region == null ? null : Fields.cut(region, 200),
                "UA", null, null, region == null ? GeoPrecision.COUNTRY : GeoPrecision.REGION,
                Fields.cut(launchPlaceText, 300), WeaponCatalogue.category(models), models, List.of(),
                List.of(claim));
    }

    private static void exact(Map<Figure, StatedFigure> figures, Figure figure, Integer value) {
        if (value != null) {
            figures.put(figure, StatedFigure.of(value, Qualifier.EXACT));
        }
    }
}

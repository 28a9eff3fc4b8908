package org.conflictledger.ingest.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.conflictledger.common.TimePrecision;
import org.conflictledger.common.Times;
import org.conflictledger.strike.Figure;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.Qualifier;
import org.conflictledger.strike.StatedFigure;
import org.conflictledger.strike.StrikeExports;
import org.conflictledger.strike.TargetCategory;
import org.conflictledger.strike.WeaponCategory;

/**
 * The ledger's own strike CSV, one line per strike, as the strike list's CSV export writes it (see
 * {@link #COLUMNS}). Columns are found by name (case and punctuation do not matter, so
 * {@code launched_low} is {@code launchedLow}); unknown columns are ignored; lists are joined with
 * {@code |} (a {@code |} or {@code \} inside an item escaped with {@code \}), external ids written
 * {@code dataset=id}; times are ISO-8601 with offset.
 *
 * <p>The export carries reconciled figures, not claims, so each row becomes claims of the source
 * "Conflict Ledger export" that reconcile to exactly the figures written, {@code claims} included:
 * as many claims as the largest {@code <figure>Claims}; a figure with {@code high} stated as
 * {@code BETWEEN {best, low, high}} (EXACT when all three are equal), one without {@code high} as
 * {@code AT_LEAST best}, the first claim stating {@code BETWEEN {best, low, best}} when {@code low}
 * is below {@code best}. The row's {@code inconsistent} flag is kept on its first claim; each claim's
 * reference is {@code ledger strike <key>} (the key below), so a strike exported and imported again
 * from another ledger's export is unchanged.
 *
 * <p>Idempotency: the key is the external id {@code ledger=<id>} (or the row's own {@code ledger}
 * external id, so that a strike keeps its first ledger id through several exports); the row's other
 * external ids are attached to the strike.
 */
final class LedgerFormat implements ImportMapper {

    static final String DATASET = "ledger";
    static final String PUBLISHER = "Conflict Ledger export";

    /** The columns of the format, in the order the export writes them. */
    static final List<String> COLUMNS = columns();

    private static final Pattern DATASET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private final ImportContext context;
    private int width;
    private final Map<String, Integer> at = new LinkedHashMap<>();

    LedgerFormat(ImportContext context) {
        this.context = context;
    }

    /** The export's columns without the ledger's own bookkeeping, which an import does not take over. */
    private static List<String> columns() {
        List<String> bookkeeping = List.of("version", "createdAt", "updatedAt");
        return StrikeExports.CSV_COLUMNS.stream().filter(column -> !bookkeeping.contains(column)).toList();
    }

    @Override
    public void header(Header header) {
        header.require(DATASET, "attacker", "target", "startedAt", "timePrecision");
        width = header.width();
        for (String column : COLUMNS) {
            at.put(column, header.position(column));
        }
        if (at.get("id") < 0 && at.get("externalIds") < 0) {
            throw new Header.HeaderProblem("the header needs an id or an externalIds column: rows are matched"
                    + " to strikes by them on a re-import");
        }
    }

    private String cell(String[] record, String column) {
        return Fields.text(record, at.get(column));
    }

    @Override
    public ImportRow map(long line, String[] record) {
        Fields.requireWidth(record, width);
        String attacker = party(record, "attacker");
        String target = party(record, "target");
        Instant startedAt = time(record, "startedAt");
        if (startedAt == null) {
            throw RowProblem.reject("startedAt is empty");
        }
        Instant endedAt = time(record, "endedAt");
        if (endedAt == null) {
            endedAt = startedAt;
        }
        if (endedAt.isBefore(startedAt)) {
            throw RowProblem.reject("endedAt is before startedAt");
        }
        if (Duration.between(startedAt, endedAt).compareTo(LONGEST_WINDOW) > 0) {
            throw RowProblem.reject("the window spans more than 366 days");
        }
        TimePrecision precision = enumValue(TimePrecision.class, "timePrecision", cell(record, "timePrecision"));
        if (precision == null) {
            throw RowProblem.reject("timePrecision is empty");
        }
        String place = limited(record, "place", 300);
        String region = limited(record, "region", 200);
        String country = cell(record, "country");
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw RowProblem.reject("country: '" + Fields.cut(country, 20) + "' is not an alpha-2 code");
            }
        }
        Double lat = Fields.decimal("latitude", cell(record, "latitude"), -90, 90);
        Double lon = Fields.decimal("longitude", cell(record, "longitude"), -180, 180);
        if ((lat == null) != (lon == null)) {
            throw RowProblem.reject("latitude and longitude come together");
        }
        GeoPrecision geo = enumValue(GeoPrecision.class, "geoPrecision", cell(record, "geoPrecision"));
        if (geo == null) {
            geo = lat != null ? GeoPrecision.EXACT : place != null ? GeoPrecision.TOWN
                    : region != null ? GeoPrecision.REGION : GeoPrecision.COUNTRY;
        }
        WeaponCategory weapon = enumValue(WeaponCategory.class, "weaponCategory", cell(record, "weaponCategory"));
        List<String> models = list(cell(record, "weaponModels"));
        if (models.size() > 20 || models.stream().anyMatch(m -> m.length() > 100)) {
            throw RowProblem.reject("weaponModels: at most 20 models of at most 100 characters each");
        }
        TreeSet<String> categories = new TreeSet<>();
        for (String category : list(cell(record, "targetCategories"))) {
            categories.add(enumValue(TargetCategory.class, "targetCategories", category).name());
        }

        Map<String, String> ids = externalIds(cell(record, "externalIds"));
        String key = ids.remove(DATASET);
        String id = cell(record, "id");
        if (key == null) {
            key = id;
        }
        if (key == null) {
            throw RowProblem.reject("id is empty (and no ledger external id): the row could not be matched on a"
                    + " re-import");
        }
        if (key.length() > 200) {
            throw RowProblem.reject("id is longer than 200 characters");
        }
        boolean inconsistent = Boolean.parseBoolean(cell(record, "inconsistent"));
        return new ImportRow(line, DATASET, key, ids, attacker, target, startedAt, endedAt, precision, place, region,
                country, lat, lon, geo, limited(record, "launchPlace", 300),
                weapon == null ? WeaponCategory.UNKNOWN : weapon, models, List.copyOf(categories),
                claims(record, key, inconsistent));
    }

    /** Claims that reconcile to exactly the row's figures (see the class comment). */
    private List<ImportClaim> claims(String[] record, String key, boolean inconsistent) {
        Map<Figure, StatedFigure[]> statements = new EnumMap<>(Figure.class);
        int count = 1;
        for (Figure figure : Figure.values()) {
            StatedFigure[] stated = figure(record, figure);
            if (stated != null) {
                statements.put(figure, stated);
                count = Math.max(count, stated.length);
            }
        }
        List<ImportClaim> claims = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<Figure, StatedFigure> figures = new EnumMap<>(Figure.class);
            for (Map.Entry<Figure, StatedFigure[]> entry : statements.entrySet()) {
                if (i < entry.getValue().length) {
                    figures.put(entry.getKey(), entry.getValue()[i]);
                }
            }
            claims.add(new ImportClaim(context.sourceId(), null, PUBLISHER, null, null,
                    Fields.cut("ledger strike " + key, 1000), figures, i == 0 && inconsistent));
        }
        return claims;
    }

    private StatedFigure[] figure(String[] record, Figure figure) {
        String name = figure.field();
        Integer low = Fields.count(name + "Low", cell(record, name + "Low"));
        Integer best = Fields.count(name + "Best", cell(record, name + "Best"));
        Integer high = Fields.count(name + "High", cell(record, name + "High"));
        Integer claims = Fields.count(name + "Claims", cell(record, name + "Claims"));
        if (best == null) {
            if (low != null || high != null || claims != null && claims > 0) {
                throw RowProblem.reject(name + ": low, high or claims without best");
            }
            return null;
        }
        int n = claims == null || claims == 0 ? 1 : claims;
        if (n > 200) {
            throw RowProblem.reject(name + "Claims: at most 200");
        }
        int lo = low == null ? best : low;
        if (lo > best || high != null && best > high) {
            throw RowProblem.reject(name + ": low, best and high are out of order");
        }
        StatedFigure[] out = new StatedFigure[n];
        if (high != null) {
            StatedFigure stated = lo == best && best.equals(high) ? StatedFigure.of(best, Qualifier.EXACT)
                    : StatedFigure.between(best, lo, high);
            java.util.Arrays.fill(out, stated);
            return out;
        }
        if (lo < best && n == 1) {
            throw RowProblem.reject(name + ": low below best without high needs at least two claims");
        }
        java.util.Arrays.fill(out, StatedFigure.of(best, Qualifier.AT_LEAST));
        if (lo < best) {
            out[0] = StatedFigure.between(best, lo, best);
        }
        return out;
    }

    private String party(String[] record, String column) {
        String code = cell(record, column);
        if (code == null) {
            throw RowProblem.reject(column + " is empty");
        }
        code = code.toUpperCase(Locale.ROOT);
        if (code.length() > 16 || !context.partyExists().test(code)) {
            throw RowProblem.reject(column + ": no party " + Fields.cut(code, 20) + " in the ledger");
        }
        return code;
    }

    private Instant time(String[] record, String column) {
        Instant instant = Fields.instant(column, cell(record, column));
        if (instant != null && (instant.isBefore(Times.EARLIEST) || !instant.isBefore(Times.LATEST))) {
            throw RowProblem.reject(column + " must lie between 1900 and 2199");
        }
        return instant;
    }

    private String limited(String[] record, String column, int max) {
        String text = cell(record, column);
        if (text != null && text.length() > max) {
            throw RowProblem.reject(column + " is longer than " + max + " characters");
        }
        return text;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw RowProblem.reject(column + ": '" + Fields.cut(text, 40) + "' is not one of "
                    + String.join(", ", allowed));
        }
    }

    /**
     * Splits a list cell at each {@code |} that is not escaped, undoing the export's escapes ({@code \|}
     * is a {@code |} inside an item, {@code \\} a backslash); a backslash before anything else is kept
     * as it is. Items are stripped; empty and repeated ones are dropped.
     */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i <= cell.length(); i++) {
            char c = i < cell.length() ? cell.charAt(i) : '|';
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                item.append(cell.charAt(++i));
            } else if (c == '|') {
                String text = item.toString().strip();
                if (!text.isEmpty() && !out.contains(text)) {
                    out.add(text);
                }
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        return out;
    }

    private static Map<String, String> externalIds(String cell) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String pair : list(cell)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw RowProblem.reject("externalIds: '" + Fields.cut(pair, 60) + "' is not dataset=id");
            }
            String dataset = pair.substring(0, eq).strip();
            String id = pair.substring(eq + 1).strip();
            if (!DATASET_NAME.matcher(dataset).matches() || id.isEmpty() || id.length() > 200) {
                throw RowProblem.reject("externalIds: '" + Fields.cut(pair, 60) + "' is not dataset=id (dataset: letters,"
                        + " digits, '.', '_', '-'; id: at most 200 characters)");
            }
            if (ids.put(dataset, id) != null) {
                throw RowProblem.reject("externalIds: data set " + dataset + " named twice");
            }
        }
        if (ids.size() > 10) {
            throw RowProblem.reject("externalIds: at most 10");
        }
        return ids;
    }
}

package org.conflictledger.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.conflictledger.strike.StrikeExports;
import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The CSV export and the {@code ledger} import format round-trip: strikes exported from one ledger,
 * imported into an empty one and exported again give the same rows, column for column, except the
 * ledger's own bookkeeping (id, version, times of writing) and the {@code ledger} external id the
 * import adds to remember where each row came from. Importing the second export once more changes
 * nothing.
 */
class LedgerRoundTripIT extends IntegrationTest {

    private static final List<String> OWN_COLUMNS = List.of("id", "version", "createdAt", "updatedAt", "externalIds");

    @Test
    void exportImportExportGivesTheSameRows() throws IOException {
        String region = "Round-trip oblast " + UUID.randomUUID();
        long ministry = api.post("/api/v1/sources", json("{'publisher':'Round-trip ministry','kind':'OFFICIAL_MILITARY',"
                + "'party':'UA'}")).id();
        long media = api.post("/api/v1/sources", json("{'publisher':'Round-trip media','kind':'MEDIA'}")).id();
        String tag = UUID.randomUUID().toString();
        List<String> bodies = List.of(
                // several sources disagreeing, bounded and unbounded figures, lists with the escape characters
                "{'attacker':'RU','target':'UA','startedAt':'2093-03-01T21:00:00+02:00','endedAt':'2093-03-02T06:30:00Z',"
                        + "'timePrecision':'HOUR','region':'" + region + "','place':'Kyiv, \\'left bank\\', Darnytsia',"
                        + "'country':'UA','latitude':50.45,'longitude':30.52,'geoPrecision':'TOWN','launchPlace':'Kursk',"
                        + "'weaponCategory':'MIXED','weaponModels':['Shahed-136/131','Geran|2','C:\\\\dir\\\\'],"
                        + "'targetCategories':['ENERGY','PORT'],'externalIds':{'ucdp':'u-" + tag + "','acme':'a|" + tag
                        + "'},'claims':["
                        + "{'sourceId':" + ministry + ",'launched':{'value':88,'qualifier':'EXACT'},"
                        + "'intercepted':{'value':60,'qualifier':'AT_LEAST'},'killed':{'value':3,'low':2,'high':5,"
                        + "'qualifier':'BETWEEN'}},"
                        + "{'sourceId':" + media + ",'launched':{'value':90,'qualifier':'EXACT'},"
                        + "'intercepted':{'value':70,'qualifier':'ABOUT'},'wounded':{'value':10,'qualifier':'MORE_THAN'}}]}",
                // figures that disagree within one claim: kept and flagged
                "{'attacker':'RU','target':'UA','startedAt':'2093-03-05T00:00:00Z','endedAt':'2093-03-05T23:59:59Z',"
                        + "'timePrecision':'DAY','region':'" + region + "','weaponCategory':'DRONE',"
                        + "'claims':[{'sourceId':" + ministry + ",'launched':{'value':10,'qualifier':'EXACT'},"
                        + "'intercepted':{'value':12,'qualifier':'EXACT'}}]}",
                // the other direction, a claim stating nothing but a range of the dead
                "{'attacker':'UA','target':'RU','startedAt':'2093-03-07T12:00:00Z','timePrecision':'MINUTE',"
                        + "'region':'" + region + "','country':'RU','weaponCategory':'UNKNOWN','targetCategories':['MILITARY'],"
                        + "'claims':[{'sourceId':" + media + ",'killed':{'value':7,'qualifier':'AT_MOST'}},"
                        + "{'sourceId':" + ministry + ",'killed':{'value':4,'qualifier':'AT_LEAST'}}]}");
        for (String body : bodies) {
            Api.Response created = api.post("/api/v1/strikes", json(body));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        String query = "/api/v1/strikes?format=csv&sort=startedAt&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8);
        String first = api.get(query).body();
        List<String[]> before = records(first);
        assertThat(before).hasSize(1 + bodies.size());

        try (FreshLedger ledger = new FreshLedger()) {
            JsonNode job = Imports.run(ledger.api, "ledger", first);
            Imports.assertCounts(job, bodies.size(), bodies.size(), 0, 0, 0, 0);
            String second = ledger.api.get(query).body();
            List<String[]> after = records(second);
            assertThat(after).hasSize(before.size());
            List<String> columns = List.of(after.get(0));
            assertThat(columns).isEqualTo(StrikeExports.CSV_COLUMNS);

            Map<String, String[]> byOrigin = new HashMap<>();
            for (String[] row : after.subList(1, after.size())) {
                String origin = LedgerFormat.list(row[columns.indexOf("externalIds")]).stream()
                        .filter(id -> id.startsWith("ledger=")).findFirst().orElseThrow().substring("ledger=".length());
                byOrigin.put(origin, row);
            }
            for (String[] row : before.subList(1, before.size())) {
                String[] copy = byOrigin.get(row[columns.indexOf("id")]);
                assertThat(copy).as("the copy of strike " + row[0]).isNotNull();
                for (int i = 0; i < columns.size(); i++) {
                    if (!OWN_COLUMNS.contains(columns.get(i))) {
                        assertThat(copy[i]).as(columns.get(i) + " of strike " + row[0]).isEqualTo(row[i]);
                    }
                }
                TreeSet<String> ids = new TreeSet<>(LedgerFormat.list(row[columns.indexOf("externalIds")]));
                ids.add("ledger=" + row[0]);
                assertThat(new TreeSet<>(LedgerFormat.list(copy[columns.indexOf("externalIds")]))).isEqualTo(ids);
            }
            JsonNode again = Imports.run(ledger.api, "ledger", second);
            Imports.assertCounts(again, bodies.size(), 0, 0, bodies.size(), 0, 0);
        }
    }

    private static List<String[]> records(String csv) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(csv), 1 << 20)) {
            for (String[] record = reader.next(); record != null; record = reader.next()) {
                if (!CsvReader.blank(record)) {
                    out.add(record);
                }
            }
        }
        return out;
    }
}

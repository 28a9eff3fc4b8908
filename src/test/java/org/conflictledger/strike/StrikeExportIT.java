package org.conflictledger.strike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictledger.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.conflictledger.support.Api;
import org.conflictledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every matching strike, not one page, as CSV (one line each) or as a GeoJSON FeatureCollection. */
class StrikeExportIT extends IntegrationTest {

    private String region;
    private long tricky;

    @BeforeEach
    void strikes() {
        region = "Export oblast " + UUID.randomUUID();
        long source = api.post("/api/v1/sources", json("{'publisher':'Export test','kind':'MEDIA'}")).id();
        for (int i = 0; i < 60; i++) {
            String coordinates = i % 4 == 3 ? "" : ",'latitude':" + (48 + i / 100.0) + ",'longitude':" + (35 + i / 100.0);
            api.post("/api/v1/strikes", json("{'attacker':'RU','target':'UA','startedAt':'2095-01-01T" + String.format("%02d", i % 24)
                    + ":00:00Z','timePrecision':'HOUR','region':'" + region + "','place':'Town " + i + "'" + coordinates
                    + ",'weaponCategory':'DRONE','weaponModels':['Shahed-136/131','Geran|2'],'targetCategories':['ENERGY','PORT'],"
                    + "'claims':[{'sourceId':" + source + ",'launched':{'value':" + (i + 1) + ",'qualifier':'MORE_THAN'}}]}"));
        }
        tricky = api.post("/api/v1/strikes", "{\"attacker\":\"RU\",\"target\":\"UA\",\"startedAt\":\"2095-01-02T00:00:00Z\","
                + "\"timePrecision\":\"DAY\",\"region\":\"" + region + "\",\"place\":\"Kyiv, \\\"left bank\\\"\\nDarnytsia\","
                + "\"externalIds\":{\"ucdp\":\"" + UUID.randomUUID() + "\"},\"claims\":[{\"sourceId\":" + source
                + ",\"killed\":{\"value\":3,\"low\":2,\"high\":5,\"qualifier\":\"BETWEEN\"}}]}").id();
    }

    private String query() {
        return "/api/v1/strikes?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8);
    }

    /** RFC 4180 fields of one line. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    @Test
    void exportsEveryMatchingStrikeAsCsvOneLineEach() {
        Api.Response csv = api.header("Accept", "text/csv").get(query() + "&size=5");
        // newest first, as the list: the tricky strike of 2 January leads
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(62);
        assertThat(fields(lines[0])).isEqualTo(StrikeExports.CSV_COLUMNS);
        for (String line : lines) {
            assertThat(fields(line)).hasSize(StrikeExports.CSV_COLUMNS.size());
        }
        List<String> row = List.of(lines).stream().skip(1).map(StrikeExportIT::fields)
                .filter(f -> f.get(0).equals(String.valueOf(tricky))).findFirst().orElseThrow();
        List<String> columns = StrikeExports.CSV_COLUMNS;
        assertThat(row.get(columns.indexOf("place"))).isEqualTo("Kyiv, \"left bank\" Darnytsia");
        assertThat(row.get(columns.indexOf("startedAt"))).isEqualTo("2095-01-02T00:00:00Z");
        assertThat(row.get(columns.indexOf("killedLow"))).isEqualTo("2");
        assertThat(row.get(columns.indexOf("killedHigh"))).isEqualTo("5");
        assertThat(row.get(columns.indexOf("launchedClaims"))).isEqualTo("0");
        assertThat(row.get(columns.indexOf("externalIds"))).startsWith("ucdp=");
        List<String> other = fields(lines[2]);
        assertThat(other.get(0)).isNotEqualTo(String.valueOf(tricky));
        assertThat(other.get(columns.indexOf("weaponModels"))).isEqualTo("Shahed-136/131|Geran\\|2");
        assertThat(other.get(columns.indexOf("targetCategories"))).isEqualTo("ENERGY|PORT");
        assertThat(other.get(columns.indexOf("launchedHigh"))).as("unbounded").isEmpty();

        Api.Response byParameter = api.header("Accept", "*/*").get(query() + "&format=csv&sort=startedAt");
        assertThat(byParameter.contentType()).startsWith("text/csv");
        assertThat(byParameter.body().split("\r\n")).hasSize(62);
    }

    @Test
    void exportsTheStrikesWithCoordinatesAsGeoJson() {
        Api.Response geo = api.header("Accept", "application/geo+json").get(query());
        assertThat(geo.status()).isEqualTo(200);
        assertThat(geo.contentType()).startsWith("application/geo+json");
        JsonNode collection = geo.json();
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(45);
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        JsonNode properties = feature.get("properties");
        double longitude = feature.get("geometry").get("coordinates").get(0).asDouble();
        assertThat(longitude).isBetween(35.0, 36.0);
        assertThat(properties.get("launched").get("high").isNull()).isTrue();
        assertThat(properties.get("launched").get("claims").asInt()).isEqualTo(1);
        assertThat(properties.get("timePrecision").asString()).isEqualTo("HOUR");
        assertThat(properties.get("geoPrecision").asString()).isEqualTo("EXACT");
        assertThat(api.get(query() + "&format=geojson").json().get("features")).hasSize(45);
    }

    @Test
    void refusesBadParametersWithAProblemBeforeStreaming() {
        Api.Response format = api.get(query() + "&format=xml");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.isProblem()).isTrue();
        Api.Response sort = api.header("Accept", "text/csv").get(query() + "&sort=nonsense");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.body()).contains("sort");
    }
}

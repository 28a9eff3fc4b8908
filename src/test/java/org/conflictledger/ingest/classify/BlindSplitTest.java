package org.conflictledger.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The classifier's blind split stays as labelled: same bytes, disjoint from what the model was tuned on. */
class BlindSplitTest {

    /** sha256 of eval/classifier/blind.jsonl as labelled; a change here means the blind split was touched. */
    static final String BLIND_SHA256 = "60623675dbf2cc064831ad5b64fa8e6b4f3c2ca1f3e8cb4cd6a05531cad1a2a5";

    private final JsonMapper json = JsonMapper.builder().build();

    private List<JsonNode> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(json::readTree).toList();
    }

    @Test
    void theBlindFileIsUnchanged() throws Exception {
        assertThat(ClassifierTraining.sha256(Path.of("eval/classifier/blind.jsonl"))).isEqualTo(BLIND_SHA256);
        List<JsonNode> blind = lines("eval/classifier/blind.jsonl");
        assertThat(blind).hasSize(699);
        assertThat(blind).allMatch(l -> l.path("stratum").asString().startsWith("blind-"));
    }

    @Test
    void noBlindItemNorAnyItemOfTheOldBlindSetIsTrainedOrTunedOn() throws Exception {
        Set<String> seen = new java.util.HashSet<>();
        for (String file : List.of("eval/classifier/train.jsonl", "eval/classifier/dev.jsonl")) {
            lines(file).forEach(l -> seen.add(l.path("id").asString()));
        }
        Set<String> blind = lines("eval/classifier/blind.jsonl").stream().map(l -> l.path("id").asString())
                .collect(Collectors.toSet());
        Set<String> oldBlind = lines("eval/blind-test/test-labels.jsonl").stream().map(l -> l.path("id").asString())
                .collect(Collectors.toSet());

        assertThat(seen).doesNotContainAnyElementsOf(blind).doesNotContainAnyElementsOf(oldBlind);
    }

    @Test
    void blindItemsComeAfterTheNewTrainAndDevItemsOfTheirFeed() throws Exception {
        Map<String, String> latestSeen = new HashMap<>();
        for (String file : List.of("eval/classifier/train.jsonl", "eval/classifier/dev.jsonl")) {
            for (JsonNode l : lines(file)) {
                if (l.path("stratum").asString().startsWith("prior:")) {
                    continue; // earlier label sets were drawn across the whole period
                }
                latestSeen.merge(l.path("feed").asString(), l.path("published").asString(),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        for (JsonNode l : lines("eval/classifier/blind.jsonl")) {
            String latest = latestSeen.get(l.path("feed").asString());
            if (latest != null) {
                assertThat(l.path("published").asString()).as(l.path("id").asString()).isGreaterThan(latest);
            }
        }
    }

    @Test
    void devTakesTheLatestQuarterOfEachFeedAndKind() throws Exception {
        Map<String, String> latestTrain = new HashMap<>();
        for (JsonNode l : lines("eval/classifier/train.jsonl")) {
            latestTrain.merge(stratum(l), l.path("published").asString(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        for (JsonNode l : lines("eval/classifier/dev.jsonl")) {
            String latest = latestTrain.get(stratum(l));
            if (latest != null) {
                assertThat(l.path("published").asString()).as(l.path("id").asString()).isGreaterThanOrEqualTo(latest);
            }
        }
    }

    private static String stratum(JsonNode l) {
        JsonNode kind = l.path("label").get("kind");
        return l.path("feed").asString() + "/" + (kind == null || kind.isNull() ? "-" : kind.asString());
    }
}

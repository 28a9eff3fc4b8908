package org.conflictledger.ingest.extract;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores events (label format v2, eval/README.md): predicted and labelled events of an item are matched
 * one to one, greedily by score — same kind; for strikes the same attacker and target, for negotiations
 * a shared participant (by surname, or by party and title when unnamed), for cease-fires the same matter
 * and accuser (a side either leaves unsaid agrees). Background events are matched only with background
 * labels. Prints event recall and precision, and each field's accuracy over matched events where the
 * label states the field (a field left out of a labelled event is not scored; null = null is right).
 */
final class EventScore {

    static final List<String> FIELDS = List.of("date", "attacker", "target", "claimant", "places", "weapon",
            "targetCategories", "launched", "intercepted", "suppressed", "killed", "wounded", "matter", "accuser",
            "accused", "scope", "negotiationKind", "participants", "venue", "duration");
    private static final List<String> FIGURES = List.of("launched", "intercepted", "suppressed", "killed", "wounded");

    private final JsonMapper json;
    int gold;
    int predicted;
    int matched;
    int goldBackground;
    int predictedBackground;
    int matchedBackground;
    int multiEventItems;
    int multiGold;
    int multiMatched;
    int multiPredicted;
    int peopleLabelled;
    int peopleFound;
    int titlesLabelled;
    int titlesRight;
    int titlesCrossed;
    final Map<String, int[]> fields = new LinkedHashMap<>();

    EventScore(JsonMapper json) {
        this.json = json;
        FIELDS.forEach(f -> fields.put(f, new int[2]));
    }

    /** The events of a label: its {@code events}, or for a v1 line its headline fields as the one event. */
    List<JsonNode> events(JsonNode label) {
        List<JsonNode> out = new ArrayList<>();
        if (label == null) {
            return out;
        }
        JsonNode events = label.get("events");
        if (events != null && events.isArray()) {
            events.forEach(out::add);
            return out;
        }
        if (!label.path("relevant").asBoolean(false) || label.path("kind").isNull()) {
            return out;
        }
        ObjectNode event = json.createObjectNode();
        event.put("kind", label.path("kind").asString());
        event.put("background", false);
        if ("STRIKE".equals(label.path("kind").asString())) {
            for (String f : List.of("date", "attacker", "places", "weapon", "launched", "intercepted", "suppressed",
                    "killed", "wounded")) {
                if (label.has(f)) {
                    event.set(f, label.get(f));
                }
            }
            if (label.has("target_country")) {
                event.set("target", label.get("target_country"));
            }
        } else if (label.has("participants")) {
            ArrayNode people = event.putArray("participants");
            label.get("participants").forEach(n -> people.addObject().put("name", n.asString()));
        }
        out.add(event);
        return out;
    }

    void add(JsonNode goldLabel, JsonNode predictedLabel) {
        List<JsonNode> g = events(goldLabel);
        List<JsonNode> p = events(predictedLabel);
        long goldNews = g.stream().filter(e -> !background(e)).count();
        int matchedNews = match(g.stream().filter(e -> !background(e)).toList(),
                p.stream().filter(e -> !background(e)).toList(), true);
        gold += (int) goldNews;
        predicted += (int) p.stream().filter(e -> !background(e)).count();
        matched += matchedNews;
        if (goldNews >= 2) {
            multiEventItems++;
            multiGold += (int) goldNews;
            multiMatched += matchedNews;
            multiPredicted += (int) p.stream().filter(e -> !background(e)).count();
        }
        List<JsonNode> gb = g.stream().filter(EventScore::background).toList();
        List<JsonNode> pb = p.stream().filter(EventScore::background).toList();
        goldBackground += gb.size();
        predictedBackground += pb.size();
        matchedBackground += match(gb, pb, false);
    }

    /** Greedy one-to-one matching by score; scores the fields of the matched pairs when asked. */
    private int match(List<JsonNode> g, List<JsonNode> p, boolean scoreFields) {
        record Pair(int gold, int predicted, int score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                int score = score(g.get(i), p.get(j));
                if (score > 0) {
                    pairs.add(new Pair(i, j, score));
                }
            }
        }
        pairs.sort((a, b) -> b.score() != a.score() ? Integer.compare(b.score(), a.score())
                : a.gold() != b.gold() ? Integer.compare(a.gold(), b.gold()) : Integer.compare(a.predicted(), b.predicted()));
        Set<Integer> usedGold = new TreeSet<>();
        Set<Integer> usedPredicted = new TreeSet<>();
        int count = 0;
        for (Pair pair : pairs) {
            if (usedGold.contains(pair.gold()) || usedPredicted.contains(pair.predicted())) {
                continue;
            }
            usedGold.add(pair.gold());
            usedPredicted.add(pair.predicted());
            count++;
            if (scoreFields) {
                fields(g.get(pair.gold()), p.get(pair.predicted()));
            }
        }
        return count;
    }

    /** 0 when the two cannot be one event; otherwise 1 + how many telling fields agree. */
    static int score(JsonNode g, JsonNode p) {
        String kind = g.path("kind").asString("");
        if (!kind.equals(p.path("kind").asString(""))) {
            return 0;
        }
        int score = 1;
        switch (kind) {
            case "STRIKE" -> {
                for (String side : List.of("attacker", "target")) {
                    String a = text(g, side);
                    String b = text(p, side);
                    if (a != null && b != null && !a.equals(b)) {
                        return 0;
                    }
                    score += a != null && a.equals(b) ? 2 : 0;
                }
            }
            case "NEGOTIATION" -> {
                Set<String> a = people(g.get("participants"));
                Set<String> b = people(p.get("participants"));
                if (!a.isEmpty() && !b.isEmpty()) {
                    if (a.stream().noneMatch(b::contains)) {
                        return 0;
                    }
                    score += 2;
                }
            }
            case "CEASEFIRE" -> {
                String a = text(g, "matter");
                String b = text(p, "matter");
                if (a != null && b != null && !a.equals(b)) {
                    return 0;
                }
                String x = text(g, "accuser");
                String y = text(p, "accuser");
                if (x != null && y != null && !x.equals(y)) {
                    return 0;
                }
                score += (a != null && a.equals(b) ? 2 : 0) + (x != null && x.equals(y) ? 1 : 0);
            }
            default -> {
                return 0;
            }
        }
        String date = text(g, "date");
        return score + (date != null && date.equals(text(p, "date")) ? 1 : 0);
    }

    private void fields(JsonNode g, JsonNode p) {
        for (String field : FIELDS) {
            if (!g.has(field)) {
                continue;
            }
            fields.get(field)[1]++;
            if (same(field, g.get(field), p.get(field))) {
                fields.get(field)[0]++;
            }
        }
        if (!"NEGOTIATION".equals(g.path("kind").asString("")) || g.get("participants") == null) {
            return;
        }
        // named people: found by surname, each with their own title, never another's
        for (JsonNode person : g.get("participants")) {
            String name = text(person, "name");
            if (name == null) {
                continue;
            }
            peopleLabelled++;
            JsonNode found = null;
            for (JsonNode other : p.path("participants")) {
                if (text(other, "name") != null && surname(text(other, "name")).equals(surname(name))) {
                    found = other;
                }
            }
            if (found == null) {
                continue;
            }
            peopleFound++;
            String title = text(person, "title");
            String predictedTitle = text(found, "title");
            if (title != null) {
                titlesLabelled++;
                titlesRight += predictedTitle != null && titleMatches(title, predictedTitle) ? 1 : 0;
            }
            for (JsonNode other : g.get("participants")) {
                String otherTitle = text(other, "title");
                if (other != person && otherTitle != null && predictedTitle != null && (title == null
                        || !titleMatches(title, predictedTitle)) && titleMatches(otherTitle, predictedTitle)) {
                    titlesCrossed++;
                    break;
                }
            }
        }
    }

    private static boolean titleMatches(String gold, String predicted) {
        String a = gold.toLowerCase(Locale.ROOT);
        String b = predicted.toLowerCase(Locale.ROOT);
        return a.contains(b) || b.contains(a);
    }

    static boolean same(String field, JsonNode gold, JsonNode predicted) {
        boolean goldEmpty = empty(gold);
        boolean predEmpty = empty(predicted);
        if (goldEmpty || predEmpty) {
            return goldEmpty && predEmpty;
        }
        if (FIGURES.contains(field)) {
            return gold.path("value").asLong() == predicted.path("value").asLong()
                    && gold.path("qualifier").asString("").equals(predicted.path("qualifier").asString(""));
        }
        return switch (field) {
            case "places", "targetCategories" -> lower(gold).equals(lower(predicted));
            case "participants" -> people(gold).equals(people(predicted));
            case "duration" -> gold.path("minutes").asLong() == predicted.path("minutes").asLong()
                    && gold.path("qualifier").asString("").equals(predicted.path("qualifier").asString(""));
            default -> gold.asString().equalsIgnoreCase(predicted.asString());
        };
    }

    /** Who took part: surnames, or party and the title's last word when unnamed. */
    static Set<String> people(JsonNode participants) {
        Set<String> out = new TreeSet<>();
        if (participants == null || !participants.isArray()) {
            return out;
        }
        for (JsonNode p : participants) {
            String name = p.isString() ? p.asString() : text(p, "name");
            if (name != null && !name.isBlank()) {
                out.add(surname(name));
            } else {
                String title = text(p, "title") == null ? "" : text(p, "title").trim().toLowerCase(Locale.ROOT);
                out.add((text(p, "party") + ":" + title.substring(title.lastIndexOf(' ') + 1)).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String surname(String name) {
        String[] parts = name.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return parts[parts.length - 1];
    }

    private static Set<String> lower(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asString().trim().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static boolean empty(JsonNode node) {
        return node == null || node.isNull() || node.isArray() && node.isEmpty();
    }

    private static boolean background(JsonNode event) {
        return event.path("background").asBoolean(false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "events      recall %.3f  precision %.3f  (matched %d of %d labelled, %d predicted)%n",
                ratio(matched, gold), ratio(matched, predicted), matched, gold, predicted);
        out.printf(Locale.ROOT, "  on items with 2+ events (%d items): recall %.3f  precision %.3f  (matched %d of %d,"
                + " %d predicted)%n", multiEventItems, ratio(multiMatched, multiGold), ratio(multiMatched, multiPredicted),
                multiMatched, multiGold, multiPredicted);
        out.printf(Locale.ROOT, "  background: recall %.3f  precision %.3f  (matched %d of %d labelled, %d predicted)%n",
                ratio(matchedBackground, goldBackground), ratio(matchedBackground, predictedBackground),
                matchedBackground, goldBackground, predictedBackground);
        out.printf(Locale.ROOT, "  named people found by surname %d of %d; own title %d of %d; a title of another"
                + " person %d%n", peopleFound, peopleLabelled, titlesRight, titlesLabelled, titlesCrossed);
        out.println("field accuracy over matched events where the label states the field:");
        for (Map.Entry<String, int[]> field : fields.entrySet()) {
            int[] c = field.getValue();
            if (c[1] > 0) {
                out.printf(Locale.ROOT, "  %-16s %.3f  (%d of %d)%n", field.getKey(), ratio(c[0], c[1]), c[0], c[1]);
            }
        }
    }
}

package org.conflictledger.ingest.extract;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the extractor read, written in the evaluation's label format (v2, eval/README.md): the headline
 * event's fields at the top as in v1, then {@code events} with every event's fields of its kind.
 */
final class LabelFormat {

    private final JsonMapper json;

    LabelFormat(JsonMapper json) {
        this.json = json;
    }

    /** The reading in the label format v2: the headline event's fields at the top, then every event. */
    ObjectNode label(ArticleReading reading) {
        Extraction head = reading.relevant() ? reading.headline() : null;
        ObjectNode label = head == null ? headline(null, false) : headline(head, true);
        label.put("format", 2);
        label.put("language", reading.language());
        ArrayNode events = label.putArray("events");
        reading.events().forEach(e -> events.add(event(e)));
        return label;
    }

    /** The extraction in the label format v1 (the fields of one event at the top). */
    ObjectNode label(Extraction x) {
        return headline(x, x.relevant());
    }

    private ObjectNode headline(Extraction x, boolean relevant) {
        ObjectNode label = json.createObjectNode();
        label.put("relevant", relevant);
        if (!relevant || x.kind() == null) {
            label.putNull("kind");
        } else {
            label.put("kind", x.kind().name());
        }
        boolean strike = relevant && x.kind() == EventKind.STRIKE;
        putText(label, "date", relevant && x.date() != null ? x.date().value().date().toString() : null);
        putText(label, "attacker", strike && x.attacker() != null ? x.attacker().value() : null);
        putText(label, "target_country", strike && x.target() != null ? x.target().value() : null);
        if (strike) {
            putPlaces(label, x);
        } else {
            label.putArray("places");
        }
        putText(label, "weapon", strike ? Extractor.coarseWeapon(x) : null);
        putFigure(label, "launched", strike ? x.launched() : null);
        putFigure(label, "intercepted", strike ? x.intercepted() : null);
        putFigure(label, "suppressed", strike ? x.suppressed() : null);
        putFigure(label, "killed", strike ? x.killed() : null);
        putFigure(label, "wounded", strike ? x.wounded() : null);
        ArrayNode participants = label.putArray("participants");
        if (relevant && x.kind() == EventKind.NEGOTIATION) {
            x.participants().stream().filter(p -> p.value().name() != null)
                    .forEach(p -> participants.add(p.value().name()));
        }
        return label;
    }

    /** One event in the label format v2, with the fields of its kind. */
    ObjectNode event(Extraction x) {
        ObjectNode e = json.createObjectNode();
        e.put("kind", x.kind().name());
        e.put("background", x.background());
        putText(e, "date", x.date() == null ? null : x.date().value().date().toString());
        switch (x.kind()) {
            case STRIKE -> {
                putText(e, "attacker", value(x.attacker()));
                putText(e, "target", value(x.target()));
                putText(e, "claimant", value(x.claimant()));
                putPlaces(e, x);
                putText(e, "weapon", Extractor.coarseWeapon(x));
                ArrayNode categories = e.putArray("targetCategories");
                x.targetCategories().forEach(categories::add);
                putFigure(e, "launched", x.launched());
                putFigure(e, "intercepted", x.intercepted());
                putFigure(e, "suppressed", x.suppressed());
                putFigure(e, "killed", x.killed());
                putFigure(e, "wounded", x.wounded());
            }
            case CEASEFIRE -> {
                putText(e, "matter", x.ceasefireMatter() == null ? null : x.ceasefireMatter().value().name());
                putText(e, "accuser", value(x.accuser()));
                putText(e, "accused", value(x.accused()));
                putText(e, "scope", value(x.ceasefireScope()));
                putText(e, "claimant", value(x.ceasefireParty()));
                putPlaces(e, x);
            }
            case NEGOTIATION -> {
                putText(e, "negotiationKind", x.negotiationKind() == null ? null : x.negotiationKind().value().name());
                ArrayNode people = e.putArray("participants");
                x.participants().forEach(p -> {
                    ObjectNode person = people.addObject();
                    putText(person, "name", p.value().name());
                    putText(person, "title", p.value().title());
                    putText(person, "party", p.value().party());
                    putText(person, "capacity", p.value().capacity() == null ? null : p.value().capacity().name());
                });
                putText(e, "venue", x.venue() == null ? null : x.venue().value().place());
                if (x.duration() == null) {
                    e.putNull("duration");
                } else {
                    e.putObject("duration").put("minutes", x.duration().value().minutes())
                            .put("qualifier", x.duration().value().qualifier().name());
                }
            }
        }
        return e;
    }

    private static String value(Extracted<String> e) {
        return e == null ? null : e.value();
    }

    // the names of the places read, as "places"
    private static void putPlaces(ObjectNode node, Extraction x) {
        ArrayNode places = node.putArray("places");
        x.places().forEach(p -> places.add(p.value().name()));
    }

    static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    static void putFigure(ObjectNode node, String field,
            Extracted<org.conflictledger.strike.StatedFigure> figure) {
        if (figure == null) {
            node.putNull(field);
            return;
        }
        ObjectNode value = node.putObject(field);
        value.put("value", figure.value().value());
        value.put("qualifier", figure.value().qualifier().name());
    }
}

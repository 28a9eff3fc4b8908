package org.conflictledger.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places the extractor knows ({@code extract/gazetteer.tsv}): Ukrainian oblasts and main cities,
 * Russian border regions and often-struck cities, each with coordinates. Names and aliases are
 * matched as whole words, longest first ("Kharkiv region" before "Kharkiv").
 */
final class Gazetteer {

    /** A place named in a sentence, and where. */
    record Hit(Place place, int start, int end) {
    }

    private record Name(String text, Pattern pattern, Place place) {
    }

    private static final Gazetteer DEFAULT = load("gazetteer.tsv");

    private final List<Place> places;
    private final List<Name> names;

    private Gazetteer(List<Place> places, List<Name> names) {
        this.places = places;
        this.names = names;
    }

    static Gazetteer get() {
        return DEFAULT;
    }

    List<Place> places() {
        return places;
    }

    Optional<Place> byName(String name) {
        return places.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Sentences already scanned: the pipeline asks about one sentence at several stages, and a scan
     * runs every name's pattern over it. Bounded; cleared when full.
     */
    private final java.util.Map<String, List<Hit>> scanned = new java.util.concurrent.ConcurrentHashMap<>();

    /** The places named in a text, in order of appearance, without overlaps. */
    List<Hit> find(String text) {
        List<Hit> known = scanned.get(text);
        if (known != null) {
            return known;
        }
        if (scanned.size() > 20_000) {
            scanned.clear();
        }
        List<Hit> hits = scan(text);
        scanned.put(text, hits);
        return hits;
    }

    private List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Name name : names) {
            Matcher m = name.pattern().matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    hits.add(new Hit(name.place(), m.start(), m.end()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return List.copyOf(hits);
    }

    private static Gazetteer load(String resource) {
        List<Place> places = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        for (Lexicon.Row row : Lexicon.rows(resource, 6, 7)) {
            Place place;
            try {
                place = new Place(row.get(0), row.get(1), row.get(2), row.get(3), Double.parseDouble(row.get(4)),
                        Double.parseDouble(row.get(5)));
            } catch (NumberFormatException e) {
                throw row.error("latitude and longitude must be numbers: " + row.get(4) + ", " + row.get(5));
            }
            places.add(place);
            names.add(name(row.get(0), place));
            if (!row.optional(6).isBlank()) {
                for (String alias : row.get(6).split("\\|")) {
                    names.add(name(alias, place));
                }
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        return new Gazetteer(List.copyOf(places), List.copyOf(names));
    }

    private static Name name(String text, Place place) {
        String words = Pattern.quote(text.trim()).replace(" ", "\\E\\s+\\Q");
        // "Kharkiv's" and "Kharkiv-based" still name Kharkiv; "Kharkivska" does not
        return new Name(text, Pattern.compile("(?i)(?<![\\w-])" + words + "(?![\\w])"), place);
    }
}

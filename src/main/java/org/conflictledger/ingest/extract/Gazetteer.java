package org.conflictledger.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places the extractor knows ({@code ingest/gazetteer.tsv}): Ukrainian oblasts and main cities,
 * Russian border regions and often-struck cities, each with coordinates. Names and aliases are
 * matched as whole words, longest first ("Kharkiv region" before "Kharkiv").
 */
final class Gazetteer {

    /** A place named in a sentence, and where. */
    record Hit(Place place, int start, int end) {
    }

    private record Name(String text, Pattern pattern, Place place) {
    }

    private static final Gazetteer DEFAULT = load("/ingest/gazetteer.tsv");

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
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Place place = new Place(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                places.add(place);
                names.add(name(f[0], place));
                if (f.length > 6 && !f[6].isBlank()) {
                    for (String alias : f[6].split("\\|")) {
                        names.add(name(alias, place));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

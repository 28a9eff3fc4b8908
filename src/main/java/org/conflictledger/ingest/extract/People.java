package org.conflictledger.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictledger.negotiation.Capacity;

/**
 * Participants of negotiations: people the project knows by name ({@code extract/people.tsv}, with
 * their usual title, party and capacity), and anyone introduced with a title ("Russian Foreign
 * Minister Sergei Lavrov", "US special envoy Keith Kellogg"), whose demonym gives the party.
 */
final class People {

    private record Known(Pattern pattern, String name, String title, String party, Capacity capacity) {
    }

    private static final People DEFAULT = load("people.tsv");
    private static final Lexicon.Lists TITLES = Lexicon.lists("titles.tsv");

    private static final Pattern TITLED = Lexicon.pattern("\\b(?:(?<demonym>", TITLES.get("title-demonym"), ")\\s+)?",
            "(?<title>", TITLES.get("title"), ")\\s+(?<name>[A-Z][a-z]+(?:\\s+[A-Z][a-z'-]+){1,2})");

    /** Someone named by office only: "the US special envoy", "Russia's foreign minister", "Ukrainian officials". */
    private static final Pattern UNNAMED = Lexicon.pattern("\\b(?<demonym>", TITLES.get("office-demonym"), ")\\s+",
            "(?:top\\s+|chief\\s+|senior\\s+)?(?<title>", TITLES.get("office"), ")\\b(?!\\s+[A-Z][a-z])");

    private final List<Known> known;

    private People(List<Known> known) {
        this.known = known;
    }

    static People get() {
        return DEFAULT;
    }

    /** Everyone named, in order of first mention, each once, with the sentence that first names them. */
    List<Extracted<Person>> find(List<String> sentences) {
        Map<String, Extracted<Person>> found = new LinkedHashMap<>();
        java.util.Set<String> titledInText = new java.util.HashSet<>();
        for (String sentence : sentences) {
            List<int[]> spans = new ArrayList<>();
            java.util.TreeMap<Integer, Extracted<Person>> here = new java.util.TreeMap<>();
            Matcher titled = TITLED.matcher(sentence);
            while (titled.find()) {
                String name = titled.group("name");
                Known k = known(name);
                String demonym = titled.group("demonym");
                String title = (demonym == null ? "" : demonym + " ") + titled.group("title").replaceAll("\\s+", " ");
                Person person = k != null
                        ? new Person(k.name(), title.isBlank() ? k.title() : title, k.party(), k.capacity())
                        : new Person(name, title, party(demonym), capacity(titled.group("title")));
                here.put(titled.start(), Extracted.of(person, sentence, 0.8));
                if (!titledInText.contains(person.name()) && found.containsKey(person.name())) {
                    // the text's own title for someone first named bare ("Witkoff meets Putin")
                    Extracted<Person> first = found.get(person.name());
                    found.put(person.name(), Extracted.of(new Person(person.name(), person.title(),
                            first.value().party(), first.value().capacity()), first.evidence(), first.confidence()));
                }
                titledInText.add(person.name());
                spans.add(new int[] {titled.start(), titled.end()});
            }
            Matcher unnamed = UNNAMED.matcher(sentence);
            while (unnamed.find()) {
                final int start = unnamed.start();
                final int end = unnamed.end();
                if (spans.stream().anyMatch(s -> s[0] <= start && end <= s[1])) {
                    continue;
                }
                String title = unnamed.group("title").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                Person person = new Person(null, title, party(unnamed.group("demonym")), capacity(title));
                here.put(start, Extracted.of(person, sentence, 0.65));
                spans.add(new int[] {start, end});
            }
            for (Known k : known) {
                Matcher m = k.pattern().matcher(sentence);
                if (m.find() && spans.stream().noneMatch(s -> s[0] <= m.start() && m.end() <= s[1])) {
                    here.putIfAbsent(m.start(), Extracted.of(new Person(k.name(), k.title(), k.party(), k.capacity()),
                            sentence, 0.75));
                }
            }
            for (Extracted<Person> p : here.values()) {
                Person person = p.value();
                if (person.name() != null) {
                    found.putIfAbsent(person.name(), p);
                    continue;
                }
                // "the envoy" after "the US special envoy": one person, the fuller title
                String key = "?" + person.party() + ":" + person.title().substring(person.title().lastIndexOf(' ') + 1);
                Extracted<Person> before = found.get(key);
                if (before == null || before.value().title().length() < person.title().length()) {
                    found.put(key, before == null ? p : Extracted.of(person, before.evidence(), before.confidence()));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private Known known(String name) {
        for (Known k : known) {
            if (k.pattern().matcher(name).find()) {
                return k;
            }
        }
        return null;
    }

    private static String party(String demonym) {
        if (demonym == null) {
            return null;
        }
        String d = demonym.toLowerCase(Locale.ROOT);
        if (d.startsWith("us") || d.startsWith("u.s") || d.startsWith("americ") || d.startsWith("white")) {
            return "US";
        }
        if (d.startsWith("turk")) {
            return "TR";
        }
        if (d.startsWith("russia") || d.startsWith("kremlin")) {
            return "RU";
        }
        if (d.startsWith("ukrain")) {
            return "UA";
        }
        if (d.startsWith("brit")) {
            return "GB";
        }
        if (d.startsWith("french") || d.startsWith("france")) {
            return "FR";
        }
        return null;
    }

    private static Capacity capacity(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("president") && !t.contains("vice") || t.contains("prime minister") || t.contains("chancellor")
                || t.contains("crown prince")) {
            return Capacity.PRINCIPAL;
        }
        if (t.contains("spokes")) {
            return Capacity.SPEAKER;
        }
        if (t.contains("minister") || t.contains("secretary of state") || t.contains("foreign secretary")) {
            // a government's own member speaks for it
            return Capacity.PRINCIPAL;
        }
        return Capacity.ENVOY;
    }

    private static People load(String resource) {
        List<Known> known = new ArrayList<>();
        for (Lexicon.Row row : Lexicon.rows(resource, 5, 5)) {
            Capacity capacity;
            try {
                capacity = Capacity.valueOf(row.get(4).trim());
            } catch (IllegalArgumentException e) {
                throw row.error("no capacity " + row.get(4));
            }
            known.add(new Known(row.compile(String.join("", "\\b(?:", row.get(0), ")\\b")), row.get(1), row.get(2),
                    row.get(3).isBlank() ? null : row.get(3), capacity));
        }
        return new People(List.copyOf(known));
    }
}

package org.conflictledger.ingest.imports;

import java.util.Locale;
import java.util.Map;

/**
 * Country names and actor names of the data sets mapped to the ledger's party codes (ISO 3166
 * alpha-2). Only the war's own countries and their neighbours are mapped; an actor the import cannot
 * map makes the row skipped with a reason, never guessed.
 */
final class Countries {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("ukraine", "UA"), Map.entry("russia", "RU"), Map.entry("russian federation", "RU"),
            Map.entry("russia (soviet union)", "RU"), Map.entry("belarus", "BY"), Map.entry("moldova", "MD"),
            Map.entry("poland", "PL"), Map.entry("romania", "RO"), Map.entry("georgia", "GE"));

    /** Gleditsch-Ward numbers, as UCDP's gwnoa/gwnob columns give them. */
    private static final Map<String, String> GW = Map.of("365", "RU", "369", "UA", "370", "BY", "359", "MD");

    private Countries() {
    }

    private static final Map<String, String> NAMES = Map.of("UA", "Ukraine", "RU", "Russia", "BY", "Belarus",
            "MD", "Moldova", "PL", "Poland", "RO", "Romania", "GE", "Georgia");

    /** The English name of a mapped country's code (the code itself when unmapped). */
    static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** The alpha-2 code of a country name ("Ukraine" → UA), or null. */
    static String code(String country) {
        return country == null ? null : CODES.get(country.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The party of an actor: "Government of Russia (Soviet Union)" → RU, "Government of Ukraine" → UA,
     * "Military Forces of Russia (2000-)" → RU, "Civilians (Ukraine)" → UA; null when not a state's own.
     */
    static String actor(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        for (String prefix : new String[] {"Government of ", "Military Forces of ", "Police Forces of ",
                "Naval Forces of ", "Air Force of ", "Civilians ("}) {
            if (n.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String rest = n.substring(prefix.length());
                if (rest.endsWith(")") && prefix.endsWith("(")) {
                    rest = rest.substring(0, rest.length() - 1);
                }
                int paren = rest.indexOf(" (");
                String code = code(rest);
                if (code == null && paren > 0) {
                    code = code(rest.substring(0, paren));
                }
                return code;
            }
        }
        return null;
    }

    /** The party of a Gleditsch-Ward number, or null. */
    static String gleditschWard(String number) {
        return number == null ? null : GW.get(number.strip());
    }
}

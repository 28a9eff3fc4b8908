package org.conflictledger.ingest.imports;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/** The file formats an import understands, by the name used in {@code ?format=}. */
public enum ImportFormat {

    /** The Ukrainian Air Force daily figures ({@code missile_attacks_daily.csv}). */
    MISSILE_ATTACKS_UA("missile-attacks-ua"),
    /** UCDP's Georeferenced Event Dataset, standard column layout. */
    UCDP_GED("ucdp-ged"),
    /** ACLED's export layout. */
    ACLED("acled"),
    /** The ledger's own strike CSV (the strike list's CSV export). */
    LEDGER("ledger");

    private final String key;

    ImportFormat(String key) {
        this.key = key;
    }

    /** The name in {@code ?format=} and in job JSON, which is also the data set name of external ids. */
    @JsonValue
    public String key() {
        return key;
    }

    /** The format with this name (case-insensitive), or null. */
    public static ImportFormat byKey(String key) {
        if (key == null) {
            return null;
        }
        String wanted = key.trim();
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ImportFormat::key).toList();
    }
}

package org.conflictledger.ingest.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.conflictledger.strike.WeaponCategory;

/**
 * The weapon category of each model the Air Force data set names, written from the facts of its
 * weapon catalogue ({@code missiles_and_uav.csv}: UAV, cruise missile, ballistic missile,
 * surface-to-air missile, guided bomb) plus the few models the catalogue lacks. Choices:
 * <ul>
 * <li>UAV → DRONE, reconnaissance drones (Orlan, ZALA, Supercam, …) and loitering munitions (Lancet,
 * Kub) included: the ledger's category says how the strike was delivered, not what the drone was for;</li>
 * <li>surface-to-air missiles (S-300 / S-400, written C-300 / C-400) fired at ground targets →
 * BALLISTIC_MISSILE: used that way they fly a ballistic path, and the Air Force counts them with the
 * ballistic missiles;</li>
 * <li>"Unknown Missile" → CRUISE_MISSILE, as the catalogue files it; "Ballistic Missile" and the one
 * "Intercontinental Ballistic Missile" → BALLISTIC_MISSILE;</li>
 * <li>not in the catalogue: KAB, GBU and "Aerial Bomb" → GUIDED_BOMB; Banderol (a small cruise missile
 * launched from Orion drones) → CRUISE_MISSILE; Картограф, Привет-82, Фенікс (drones) → DRONE;</li>
 * <li>several models joined with " and " → MIXED, every model listed; a model nobody knows → UNKNOWN.</li>
 * </ul>
 */
final class WeaponCatalogue {

    private static final Map<String, WeaponCategory> MODELS = new HashMap<>();

    static {
        for (String model : List.of("Shahed-136/131", "Unknown UAV", "Reconnaissance UAV", "Mohajer-6", "Orlan-10",
                "Orlan-30", "Merlin-VR", "Orion", "Granat-4", "Supercam", "ZALA", "Lancet", "Kub", "Forpost", "Eleron",
                "Молнія", "Картограф", "Привет-82", "Фенікс")) {
            MODELS.put(key(model), WeaponCategory.DRONE);
        }
        for (String model : List.of("Unknown Missile", "X-22/X-32", "X-59/X-69", "X-59", "X-69", "X-59MK2", "Kalibr",
                "X-101/X-555", "X-22", "X-32", "X-31", "X-31P", "X-31PD", "X-35", "P-800 Oniks", "Iskander-K",
                "3M22 Zircon", "Banderol")) {
            MODELS.put(key(model), WeaponCategory.CRUISE_MISSILE);
        }
        for (String model : List.of("X-47 Kinzhal", "Iskander-M", "KN-23", "Iskander-M/KN-23", "Ballistic Missile",
                "Intercontinental Ballistic Missile", "C-300", "C-400", "C-300/C-400")) {
            MODELS.put(key(model), WeaponCategory.BALLISTIC_MISSILE);
        }
        for (String model : List.of("KAB", "GBU", "Aerial Bomb")) {
            MODELS.put(key(model), WeaponCategory.GUIDED_BOMB);
        }
    }

    private WeaponCatalogue() {
    }

    private static String key(String model) {
        return model.strip().toLowerCase(Locale.ROOT);
    }

    /** The models named in a cell: split on " and ", each trimmed. */
    static List<String> models(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : cell.split(" and ")) {
            String model = part.strip();
            if (!model.isEmpty() && !out.contains(model)) {
                out.add(model);
            }
        }
        return out;
    }

    /** The category of one model; UNKNOWN when the catalogue does not know it. */
    static WeaponCategory category(String model) {
        return MODELS.getOrDefault(key(model), WeaponCategory.UNKNOWN);
    }

    /** The category of a strike with these models: none → UNKNOWN, one → its own, several → MIXED. */
    static WeaponCategory category(List<String> models) {
        return switch (models.size()) {
            case 0 -> WeaponCategory.UNKNOWN;
            case 1 -> category(models.get(0));
            default -> WeaponCategory.MIXED;
        };
    }
}

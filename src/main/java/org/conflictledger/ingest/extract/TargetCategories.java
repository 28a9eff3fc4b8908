package org.conflictledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a strike hit or aimed at, by the words of its sentences (DOMAIN.md's target categories). */
final class TargetCategories {

    private static final Map<String, Pattern> WORDS = Map.of(
            "ENERGY", Pattern.compile("(?i)\\b(?:energy|power\\s+(?:station|plant|grid|line|infrastructure|facilit\\w+)s?"
                    + "|substations?|oil\\s+(?:depot|refinery|terminal|facilit\\w+)s?|refiner(?:y|ies)|gas\\s+(?:facilit\\w+"
                    + "|infrastructure|pipeline)|fuel\\s+depots?|thermal\\s+plants?|hydroelectric|electricity)\\b"),
            "RESIDENTIAL", Pattern.compile("(?i)\\b(?:residential|apartment|homes?|houses?|dormitor\\w+|high-rise"
                    + "|housing)\\b"),
            "PORT", Pattern.compile("(?i)\\b(?:ports?|harbou?rs?|grain\\s+terminals?)\\b"),
            "TRANSPORT", Pattern.compile("(?i)\\b(?:railways?|rail\\s+\\w+|railroad|bridges?|train\\s+stations?"
                    + "|airports?)\\b"),
            "MILITARY", Pattern.compile("(?i)\\b(?:military\\s+(?:targets?|facilit\\w+|base|airfield|units?)|air\\s?bases?"
                    + "|airfields?|ammunition|arms\\s+depots?|command\\s+posts?|barracks)\\b"),
            "INDUSTRIAL", Pattern.compile("(?i)\\b(?:factor(?:y|ies)|industrial|plants?\\b(?!\\s+(?:of|in)\\b)|enterprises?)\\b"),
            "GOVERNMENT", Pattern.compile("(?i)\\b(?:government\\s+(?:building|quarter|headquarters)|administration"
                    + "\\s+building|parliament|ministry\\s+building)\\b"));
    private static final List<String> ORDER = List.of("ENERGY", "RESIDENTIAL", "PORT", "TRANSPORT", "MILITARY",
            "INDUSTRIAL", "GOVERNMENT");

    private TargetCategories() {
    }

    static List<String> of(List<String> sentences) {
        List<String> found = new ArrayList<>();
        String text = String.join("\n", sentences);
        for (String category : ORDER) {
            if (WORDS.get(category).matcher(text).find()) {
                found.add(category);
            }
        }
        // "power plant" is energy, not industry
        if (found.contains("ENERGY") && found.contains("INDUSTRIAL")
                && !Pattern.compile("(?i)\\b(?:factor(?:y|ies)|industrial|enterprises?)\\b").matcher(text).find()) {
            found.remove("INDUSTRIAL");
        }
        return found;
    }
}

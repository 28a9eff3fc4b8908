package org.conflictledger.ingest.extract;

import static org.conflictledger.ingest.extract.Vocabulary.*;
import static org.conflictledger.ingest.extract.StrikeReader.*;
import static org.conflictledger.ingest.extract.StrikeFigures.*;
import static org.conflictledger.ingest.extract.StrikeSides.*;
import static org.conflictledger.ingest.extract.CeasefireReader.*;
import static org.conflictledger.ingest.extract.NegotiationReader.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who took part in one negotiation event, from everyone its sentences name: people named in a sentence
 * of the talks themselves (a meeting, a call, talks), not those who only speak about them ("Peskov
 * said") or are named in passing; an unnamed office ("the president") of a party someone is named for
 * is that person, not another participant.
 */
final class Participants {

    /** A speaker: the name followed by a verb of saying, or introduced as one. */
    private static final Pattern SAYS_AFTER = Pattern.compile("^(?:'s)?(?:,[^,]{0,60},)?\\s+(?:has\\s+|had\\s+)?"
            + "(?:said|says|told|tweeted|wrote|added|noted|stressed|warned|argued|claimed|posted|reminded|emphasi[sz]ed"
            + "|announced|confirmed|stated)\\b");
    private static final Pattern SAYS_BEFORE = Pattern.compile("(?i)(?:according\\s+to|said|says|told\\s+by"
            + "|spokes(?:man|woman|person)|aide|adviser|advisor)\\s+(?:\\S+\\s+){0,3}$");

    /** "Blinken's visit to Kyiv": the visitor takes part in the talks of the visit. */
    private static final Pattern VISIT = Pattern.compile("(?i)\\bvisit(?:s|ed|ing)?\\b");

    private Participants() {
    }

    static List<Extracted<Person>> ofEvent(List<Extracted<Person>> people, List<String> sentences) {
        List<String> talks = sentences.stream().filter(s -> TALKS_OR_MEETING.matcher(s).find()
                || EventSegmenter.COUNTERPART_CONTACT.matcher(s).find() || VISIT.matcher(s).find()).toList();
        List<Extracted<Person>> out = new ArrayList<>();
        for (Extracted<Person> p : people) {
            Person person = p.value();
            if (person.name() == null) {
                continue;
            }
            if (takesPart(person.name(), talks)) {
                out.add(p);
            }
        }
        Set<String> namedParties = out.stream().map(p -> p.value().party()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (Extracted<Person> p : people) {
            Person person = p.value();
            if (person.name() == null && (person.party() == null || !namedParties.contains(person.party()))
                    && talks.stream().anyMatch(s -> s.contains(person.title()) || s.toLowerCase(java.util.Locale.ROOT)
                    .contains(person.title()))) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            // only speakers named ("in a readout of the call, President Biden said"): they are who we know took part
            people.stream().filter(p -> p.value().name() != null).forEach(out::add);
        }
        return out;
    }

    /** Named in a sentence of the talks other than as its speaker. */
    private static boolean takesPart(String name, List<String> talks) {
        String[] parts = name.split("\\s+");
        String surname = parts[parts.length - 1];
        Pattern mention = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b");
        for (String s : talks) {
            Matcher m = mention.matcher(s);
            while (m.find()) {
                String after = s.substring(m.end());
                String before = s.substring(0, m.start());
                int first = before.lastIndexOf(parts[0]);
                String lead = first >= 0 && parts.length > 1 ? s.substring(0, first) : before;
                // "Putin told his French counterpart Macron": a contact, not a statement
                boolean contact = EventSegmenter.COUNTERPART_CONTACT.matcher(after).lookingAt()
                        || after.matches("(?s)^\\s+\\S+\\s+(?:his|her|their)\\s+(?:\\S+\\s+){0,2}?counterparts?\\b.*");
                if (contact || !SAYS_AFTER.matcher(after).find() && !SAYS_BEFORE.matcher(lead).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.sitrep.coder.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.coder.data.DataLines;

/**
 * The event nouns Sitrep codes ("invasion" codes as "invade"), read from its event.nouns file.
 * Mapping a noun to a verb keeps each CAMEO code and its patterns in the verb dictionary only.
 */
public final class EventNouns {
    private static final String HEADER = "sitrep-event-nouns 1";

    private final Map<String, String> verbByNoun;

    private EventNouns(Map<String, String> verbByNoun) {
        this.verbByNoun = Map.copyOf(verbByNoun);
    }

    public static EventNouns bundled() {
        Map<String, String> map = new HashMap<>();
        for (DataLines.Line line : DataLines.bundled("nouns/event.nouns", HEADER)) {
            String[] parts = line.content().split("=>");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw line.error("expected \"NOUN => VERB\", got \"" + line.content() + "\"");
            }
            map.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip().toLowerCase(Locale.ROOT));
        }
        return new EventNouns(map);
    }

    public Optional<String> verbFor(String nounLemma) {
        return Optional.ofNullable(verbByNoun.get(nounLemma.toLowerCase(Locale.ROOT)));
    }
}

package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.eval.petrarch.ValidationOptions;
import org.sitrep.eval.score.EventTriple;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;

/**
 * Writes Sitrep's events as a validation file writes them, under the record's options: a missing or
 * unresolved actor is "---", or its quoted upper-case words when new_actor_length allows that many words;
 * with require_dyad an event missing either actor is not written at all, and without it an event with no target
 * phrase is not written either.
 * Every modality counts: PETRARCH codes what its dictionaries match, and negation has its own patterns there.
 */
final class EventTriples {
    private EventTriples() {
    }

    static List<EventTriple> of(List<Event> events, ValidationOptions options) {
        List<EventTriple> out = new ArrayList<>();
        for (Event e : events) {
            if (whyUnwritten(e, options) == null) out.add(triple(e, options));
        }
        return out;
    }

    /**
     * Why a validation file would not list this event, or null when it would. PETRARCH codes a verb only
     * with a phrase after it, so an event without any target phrase is left out even when require_dyad is
     * off ("a Bree official said today" codes nothing, "... said on Saturday" codes BREGOV --- 023; see the
     * note of record COMMA-06).
     */
    static String whyUnwritten(Event e, ValidationOptions options) {
        if (!written(triple(e, options), options)) return "require_dyad: an actor is missing";
        // The rule lists the roles the coder found: "target=obj" with no target left is the actor acting on
        // itself ("burned down its embassy"), which PETRARCH writes as "---".
        if (e.target() == null && !e.rule().contains("target=")) return "no target phrase: PETRARCH codes a verb only with one";
        return null;
    }

    static EventTriple triple(Event e, ValidationOptions options) {
        return new EventTriple(actor(e.source(), options.newActorLength()), actor(e.target(), options.newActorLength()),
                e.cameo().code());
    }

    /** False for an event require_dyad leaves out. */
    private static boolean written(EventTriple t, ValidationOptions options) {
        return !options.requireDyad()
                || !t.source().equals(EventTriple.NO_ACTOR) && !t.target().equals(EventTriple.NO_ACTOR);
    }

    static String actor(ActorRef ref, int newActorLength) {
        if (ref == null) return EventTriple.NO_ACTOR;
        if (ref.code() != null) return ref.code();
        if (newActorLength <= 0 || ref.text() == null) return EventTriple.NO_ACTOR;
        List<String> words = new ArrayList<>();
        for (String w : ref.text().split("\\s+")) {
            String word = w.replaceAll("['\u2019]s$", "").replaceAll("[^\\p{L}\\p{N}.'-]", "");
            if (!word.isEmpty()) words.add(word.toUpperCase(Locale.ROOT));
        }
        if (words.isEmpty() || words.size() > newActorLength) return EventTriple.NO_ACTOR;
        return "\"" + String.join(" ", words) + "\"";
    }
}

package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.discard.Discard;
import org.sitrep.dictionaries.discard.DiscardList;
import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.eval.score.EventTriple;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * Says, for each missed and spurious event of a record, the most likely reason, from what the coder found:
 * the actor mentions of the sentence and the events it did produce.
 * The reasons are first guesses for a reader of --verbose; the failure analysis in docs/evaluation.md goes deeper.
 */
final class Explanations {
    private final DiscardList discards;

    Explanations(DiscardList discards) {
        this.discards = discards;
    }

    /** One line per missed expected event, in order. */
    List<String> missed(RecordOutcome o) {
        List<String> out = new ArrayList<>();
        for (EventTriple e : o.score().missed()) out.add(e + ": " + whyMissed(o, e));
        return out;
    }

    /** One line per spurious produced event, in order. */
    List<String> spurious(RecordOutcome o) {
        List<String> out = new ArrayList<>();
        for (EventTriple p : o.score().spurious()) out.add(p + ": " + whySpurious(o, p));
        return out;
    }

    private String whyMissed(RecordOutcome o, EventTriple e) {
        if (!e.code().matches("\\d{2,4}")) {
            return "code " + e.code() + " is not 2 to 4 digits; Sitrep's verb reader skips patterns with such codes";
        }
        for (String actor : List.of(e.source(), e.target())) {
            String special = specialActor(actor);
            if (special != null) return special;
        }
        if (o.coded() == null) return "record not coded";
        Set<String> codes = actorCodes(o);
        List<Event> events = o.coded().events();
        for (Event ev : events) {
            EventTriple p = triple(o, ev);
            if (p.source().equals(e.source()) && p.target().equals(e.target())) return "coded " + p.code() + " instead";
        }
        for (Event ev : events) {
            EventTriple p = triple(o, ev);
            if (p.source().equals(e.target()) && p.target().equals(e.source()) && p.code().equals(e.code())) {
                return "source and target reversed";
            }
        }
        for (Event ev : events) {
            EventTriple p = triple(o, ev);
            if (p.code().equals(e.code()) && p.source().equals(e.source())) {
                return "target " + role(o, ev, p.target(), e.target(), codes);
            }
            if (p.code().equals(e.code()) && p.target().equals(e.target())) {
                return "source " + role(o, ev, p.source(), e.source(), codes);
            }
        }
        for (Event ev : events) {
            EventTriple p = triple(o, ev);
            if (p.source().equals(e.source())) {
                return "coded " + p.code() + " with target " + role(o, ev, p.target(), e.target(), codes);
            }
            if (p.target().equals(e.target())) {
                return "coded " + p.code() + " with source " + role(o, ev, p.source(), e.source(), codes);
            }
        }
        for (String actor : List.of(e.source(), e.target())) {
            if (!actor.equals(EventTriple.NO_ACTOR) && !codes.contains(actor)) {
                return "no actor mention coded " + actor + " (mentions: "
                        + (codes.isEmpty() ? "none" : String.join(" ", codes)) + ")";
            }
        }
        if (events.isEmpty()) {
            return "no event at all: no dictionary verb or event noun, or none with a coded actor in its roles";
        }
        return "no event with code " + e.code() + " or these actors";
    }

    private static EventTriple triple(RecordOutcome o, Event e) {
        return EventTriples.triple(e, o.record().options());
    }

    /** What the coder put in a role instead of the expected actor, and where that actor hangs from the trigger. */
    private static String role(RecordOutcome o, Event event, String found, String expected, Set<String> mentions) {
        if (!found.equals(EventTriple.NO_ACTOR)) return found + " instead of " + expected;
        if (!mentions.contains(expected)) return "missing: no actor mention coded " + expected;
        String path = path(o, event, expected);
        return "missing: " + expected + " is mentioned but not found in this role"
                + (path == null ? "" : " (" + path + ")");
    }

    private static String path(RecordOutcome o, Event event, String code) {
        if (o.parse() == null || event.trigger() == null) return null;
        for (Mention m : o.coded().mentions()) {
            if (m.kind() == Mention.Kind.ACTOR && code.equals(m.value()) && m.sentence() == event.sentence()) {
                return DependencyPath.between(o.parse().sentences().get(event.sentence()), event.trigger(), m.span());
            }
        }
        return null;
    }

    private String whySpurious(RecordOutcome o, EventTriple p) {
        ValidationRecord r = o.record();
        if (r.error() != null) {
            List<String> words = PhraseKey.words(RecordArticle.text(r));
            Optional<Discard> d = discards.find(words, Discard.Scope.STORY)
                    .or(() -> discards.find(words, Discard.Scope.SENTENCE));
            return "expected error " + r.error() + (d.isPresent() ? " (discard phrase \"" + d.get().phrase() + "\"; "
                    + "the coder kept the text)" : "");
        }
        if (r.noEvents()) return "the record expects no events";
        for (EventTriple e : o.score().missed()) {
            if (p.source().equals(e.source()) && p.target().equals(e.target())) return "expected code " + e.code();
        }
        for (EventTriple e : r.expected()) {
            if (p.equals(e)) return "expected fewer times";
        }
        return "not expected";
    }

    /** Actor codes the coder can never write, and why. */
    private static String specialActor(String actor) {
        if (actor.startsWith("\"")) {
            return "needs the unknown phrase " + actor + " as actor (new_actor_length); Sitrep writes an unresolved "
                    + "actor's head phrase, and parses only sentences with a coded actor";
        }
        if (actor.startsWith(EventTriple.NO_ACTOR) && actor.length() > EventTriple.NO_ACTOR.length()) {
            return "needs " + actor + ", a role with no country, written only for words the coder put in a role and "
                    + "found a dictionary agent on, and nothing else";
        }
        if (!actor.equals(EventTriple.NO_ACTOR) && !actor.matches("([A-Z0-9]{3})+")) {
            return "needs " + actor + ", which is not an actor code Sitrep can load";
        }
        return null;
    }

    private static Set<String> actorCodes(RecordOutcome o) {
        Set<String> codes = new LinkedHashSet<>();
        for (Mention m : o.coded().mentions()) {
            if (m.kind() == Mention.Kind.ACTOR && m.value() != null) codes.add(m.value());
        }
        return codes;
    }
}

package org.sitrep.coder.place;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.GazetteerEntry;
import org.sitrep.places.Precision;

/**
 * Places an event: the place its sentence ties to the trigger ("bombings ... in the Al Bukamal area",
 * the city visited), else the most specific place the sentence names as a place ("in Iraq"), else the
 * country its actors imply (the target's for protest and force, the source's otherwise); each with its basis.
 * A country-level guess is said to be one, so maps do not pretend to precision they lack.
 */
public final class EventPlacer {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "on", "inside", "outside",
            "around", "across", "within", "into", "throughout", "along");
    private static final Set<String> PLACE_PHRASE = Set.of("compound", "amod", "appos", "flat", "nummod");
    private static final int MAX_DEPTH = 5;
    private static final List<Precision> SPECIFIC_FIRST = List.of(Precision.CITY, Precision.ADMIN1,
            Precision.COUNTRY, Precision.REGION);

    private final Gazetteer gazetteer;

    public EventPlacer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Place place(Sentence s, int trigger, Event e, List<SentencePlace> places) {
        List<SentencePlace> resolved = places.stream().filter(p -> p.resolved().resolved()).toList();
        SentencePlace attached = attached(s, trigger, resolved);
        if (attached == null && e.cameo().root().equals("04")) attached = visited(e, resolved);
        if (attached != null) return attached.resolved().place().withBasis("attached");
        SentencePlace best = null;
        for (SentencePlace p : resolved) {
            if (!isLocative(s, p)) continue;
            if (best == null || rank(p) < rank(best)
                    || rank(p) == rank(best) && distance(p, trigger) < distance(best, trigger)) {
                best = p;
            }
        }
        if (best != null) return best.resolved().place().withBasis("sentence");
        boolean atTarget = e.cameo().root().compareTo("14") >= 0;
        Optional<Place> implied = countryOf(atTarget ? e.target() : e.source())
                .or(() -> countryOf(atTarget ? e.source() : e.target()));
        return implied.orElse(null);
    }

    /**
     * A place the sentence uses as a place ("in Iraq", "near the border"), not as an actor ("the Iraqi
     * Congress asked the United States"): one of its tokens hangs from a locative preposition.
     */
    private static boolean isLocative(Sentence s, SentencePlace p) {
        for (int t = p.firstToken(); t <= p.lastToken(); t++) {
            for (Dependency d : s.incoming(t)) {
                boolean nominal = d.base().equals("obl") || d.base().equals("nmod");
                if (nominal && LOCATIVE.contains(d.subtype())) return true;
            }
        }
        return false;
    }

    /** A visit or a meeting happens where its target is, when the target is a city ("visiting Tehran"). */
    private static SentencePlace visited(Event e, List<SentencePlace> places) {
        for (ActorRef party : new ActorRef[] {e.target(), e.source()}) { // the host of a paired 043 is its source
            if (party == null || party.span() == null) continue;
            for (SentencePlace p : places) {
                org.sitrep.model.Span span = p.resolved().query().span();
                boolean overlaps = party.span().start() < span.end() && span.start() < party.span().end();
                Precision precision = p.resolved().precision();
                if (overlaps && (precision == Precision.CITY || precision == Precision.ADMIN1)) return p;
            }
        }
        return null;
    }

    private Optional<Place> countryOf(ActorRef actor) {
        if (actor == null || actor.code() == null || actor.code().length() < 3) return Optional.empty();
        return gazetteer.country(actor.code().substring(0, 3)).map(GazetteerEntry::toPlace)
                .map(p -> p.withBasis("actors"));
    }

    /** The most specific place reached from the trigger through a path with at least one locative edge. */
    private static SentencePlace attached(Sentence s, int trigger, List<SentencePlace> places) {
        BitSet reach = new BitSet();
        BitSet seen = new BitSet();
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {trigger, 0, 0});
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            for (Dependency d : s.outgoing(cur[0])) {
                boolean nominal = d.base().equals("obl") || d.base().equals("nmod");
                boolean locative = nominal && LOCATIVE.contains(d.subtype());
                boolean toObject = d.relation().equals("obj") || d.relation().equals("iobj")
                        || d.relation().equals("nmod:of");
                boolean withinPlace = d.base().equals("nmod") || PLACE_PHRASE.contains(d.relation());
                int via;
                if (cur[2] == 1 && withinPlace || locative) {
                    via = 1; // "bombings of border posts ... in the Al Bukamal area"
                } else if (cur[2] == 0 && toObject) {
                    via = 0; // the place of the event's object is the event's place
                } else {
                    continue;
                }
                if (via == 1) reach.set(d.dependent());
                int key = d.dependent() * 2 + via;
                if (seen.get(key) || cur[1] + 1 >= MAX_DEPTH) continue;
                seen.set(key);
                todo.add(new int[] {d.dependent(), cur[1] + 1, via});
            }
        }
        SentencePlace best = null;
        for (SentencePlace p : places) {
            for (int t = p.firstToken(); t <= p.lastToken(); t++) {
                if (reach.get(t) && (best == null || rank(p) < rank(best))) best = p;
            }
        }
        return best;
    }

    private static int rank(SentencePlace p) {
        return SPECIFIC_FIRST.indexOf(p.resolved().precision());
    }

    private static int distance(SentencePlace p, int token) {
        return Math.min(Math.abs(p.firstToken() - token), Math.abs(p.lastToken() - token));
    }
}

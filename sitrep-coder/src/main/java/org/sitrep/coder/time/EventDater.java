package org.sitrep.coder.time;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventDate;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;
import org.sitrep.coder.modality.Attribution;

/**
 * Dates an event, in this order: the time expression governing its trigger in the dependency graph;
 * the only date of its sentence; the date of the sentence just before, which narrates the same episode
 * (basis context); the publication date (basis published); else unknown. A statement ("said", "told")
 * takes only a date of its own: what it reports may be dated, the reporting is not.
 * Stamping every event with the publication date is what made older data sets misdate history.
 */
public final class EventDater {
    /** Edges a date hangs from: "in 2003", "this Thursday", "at the end of last year". */
    private static final Set<String> TIME_EDGES = Set.of("obl", "nmod", "obl:tmod", "nmod:tmod", "advmod",
            "obl:npmod", "nmod:npmod");
    private static final Set<String> SHARED_CLAUSE_EDGES = Set.of("conj", "dep", "xcomp");
    private static final int MAX_DEPTH = 3;

    /**
     * The date of an event triggered at a token.
     *
     * @param dates the sentence's time expressions that resolved to a calendar range
     * @param context the date the previous sentence narrated, or null
     */
    public EventDate date(Sentence sentence, int trigger, Map<TimeExpression, EventDate> dates, EventDate context,
                          LocalDate published) {
        TimeExpression attached = attached(sentence, trigger, dates);
        if (attached == null) {
            // "Biden was present on February 19 and ... said": a verb sharing its clause's subject shares its date.
            Dependency up = sentence.governorEdge(trigger);
            if (up != null && SHARED_CLAUSE_EDGES.contains(up.base())) {
                attached = attached(sentence, up.governor(), dates);
            }
        }
        if (attached != null) return dates.get(attached);
        // "UNHCR said ... since 1893": a statement is made when reported unless a date is its own
        boolean statement = Attribution.isSpeechVerb(sentence.token(trigger).lemma());
        if (dates.size() == 1 && !statement) return dates.values().iterator().next();
        if (context != null && context.isKnown() && !statement) return context.withBasis(EventDate.Basis.CONTEXT);
        if (published != null) return EventDate.of(published, published, EventDate.Basis.PUBLISHED, null, null);
        return EventDate.unknown();
    }

    private static TimeExpression attached(Sentence s, int trigger, Map<TimeExpression, EventDate> dates) {
        BitSet reach = new BitSet();
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {trigger, 0});
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            for (Dependency d : s.outgoing(cur[0])) {
                if (!(TIME_EDGES.contains(d.relation()) || TIME_EDGES.contains(d.base()))) continue;
                if (reach.get(d.dependent())) continue;
                reach.set(d.dependent());
                if (cur[1] + 1 < MAX_DEPTH) todo.add(new int[] {d.dependent(), cur[1] + 1});
            }
        }
        for (TimeExpression t : dates.keySet()) {
            for (int k = t.firstToken(); k <= t.lastToken(); k++) {
                if (reach.get(k)) return t;
            }
        }
        return null;
    }

}

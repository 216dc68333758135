package org.sitrep.coder.time;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.EventDate;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;

/**
 * Dates an event by the time expression that governs its trigger in the dependency graph,
 * else by the publication date, saying which it used.
 * Stamping every event with the publication date is what made older data sets misdate history.
 */
public final class EventDater {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    /** Edges a date hangs from: "in 2003", "this Thursday", "at the end of last year". */
    private static final Set<String> TIME_EDGES = Set.of("obl", "nmod", "obl:tmod", "nmod:tmod", "advmod",
            "obl:npmod", "nmod:npmod");
    private static final int MAX_DEPTH = 3;
    private static final Set<String> SHARED_CLAUSE_EDGES = Set.of("conj", "dep", "xcomp");

    /** The date of an event triggered at a token of a sentence. */
    public EventDate date(Sentence sentence, int trigger, List<TimeExpression> times, LocalDate published) {
        TimeExpression attached = attached(sentence, trigger, times);
        if (attached == null) {
            // "Biden was present on February 19 and ... said": a verb sharing its clause's subject shares its date.
            Dependency up = governor(sentence, trigger);
            if (up != null && SHARED_CLAUSE_EDGES.contains(up.base())) attached = attached(sentence, up.governor(), times);
        }
        if (attached != null) {
            EventDate d = parse(attached.value(), attached);
            if (d != null && (published == null || !startsAfter(d.value(), published))) return d;
        }
        if (published != null) {
            return new EventDate(published.toString(), EventDate.Precision.DAY, EventDate.Basis.PUBLISHED, null);
        }
        return EventDate.unknown();
    }

    private static TimeExpression attached(Sentence s, int trigger, List<TimeExpression> times) {
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
        for (TimeExpression t : times) {
            if (!"DATE".equals(t.type())) continue;
            for (int k = t.firstToken(); k <= t.lastToken(); k++) {
                if (reach.get(k)) return t;
            }
        }
        return null;
    }

    private static Dependency governor(Sentence s, int token) {
        for (Dependency d : s.incoming(token)) {
            if (d.governor() >= 0 && !d.base().equals("ref")) return d;
        }
        return null;
    }

    /** An EventDate for a TIMEX3 value such as 2020-01, or null when the value names no calendar date. */
    static EventDate parse(String value, TimeExpression from) {
        if (value == null) return null;
        Matcher m = ISO.matcher(value);
        if (!m.matches()) return null;
        EventDate.Precision p = m.group(3) != null ? EventDate.Precision.DAY
                : m.group(2) != null ? EventDate.Precision.MONTH : EventDate.Precision.YEAR;
        return new EventDate(value, p, EventDate.Basis.TEXT, from.span());
    }

    /** The first day an event date covers, for resolving dated actor roles; the fallback when unknown. */
    public static LocalDate firstDay(EventDate date, LocalDate fallback) {
        if (date.value() == null) return fallback;
        Matcher m = ISO.matcher(date.value());
        if (!m.matches()) return fallback;
        return LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    }

    private static boolean startsAfter(String isoValue, LocalDate published) {
        String[] parts = isoValue.split("-");
        LocalDate start = LocalDate.of(Integer.parseInt(parts[0]),
                parts.length > 1 ? Integer.parseInt(parts[1]) : 1, parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
        return start.isAfter(published);
    }
}

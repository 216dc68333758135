package org.sitrep.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The shortest dependency path between two tokens, written "restore -obj-> ties -nmod:with-> Gondor".
 * It shows where an expected actor hangs relative to the trigger, which is what role finding gets wrong.
 */
final class DependencyPath {
    private DependencyPath() {
    }

    /** The path from the token at trigger to the head of the words at actor, or null when either is not found. */
    static String between(Sentence s, Span trigger, Span actor) {
        int from = tokenAt(s, trigger);
        int to = head(s, actor);
        if (from < 0 || to < 0) return null;
        return path(s, from, to);
    }

    private static int tokenAt(Sentence s, Span span) {
        for (Token t : s.tokens()) {
            if (t.span().start() == span.start()) return t.index();
        }
        return -1;
    }

    /** The token of the span whose governor lies outside it. */
    private static int head(Sentence s, Span span) {
        int fallback = -1;
        for (Token t : s.tokens()) {
            if (!span.contains(t.span())) continue;
            if (fallback < 0) fallback = t.index();
            for (Dependency d : s.incoming(t.index())) {
                if (d.base().equals("ref")) continue;
                if (d.governor() < 0 || !span.contains(s.token(d.governor()).span())) return t.index();
            }
        }
        return fallback;
    }

    private static String path(Sentence s, int from, int to) {
        Map<Integer, Dependency> via = new HashMap<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(from);
        via.put(from, null);
        while (!todo.isEmpty() && !via.containsKey(to)) {
            int t = todo.poll();
            for (Dependency d : s.dependencies()) {
                if (d.governor() < 0 || d.base().equals("ref")) continue;
                int next = d.governor() == t ? d.dependent() : d.dependent() == t ? d.governor() : -1;
                if (next >= 0 && !via.containsKey(next)) {
                    via.put(next, d);
                    todo.add(next);
                }
            }
        }
        if (!via.containsKey(to)) return null;
        List<String> steps = new ArrayList<>();
        for (int t = to; t != from; ) {
            Dependency d = via.get(t);
            boolean down = d.dependent() == t;
            steps.add((down ? " -" + d.relation() + "-> " : " <-" + d.relation() + "- ") + s.token(t).word());
            t = down ? d.governor() : d.dependent();
        }
        Collections.reverse(steps);
        return s.token(from).word() + String.join("", steps);
    }
}

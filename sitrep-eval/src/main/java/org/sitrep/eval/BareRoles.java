package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * Writes an unresolved actor as PETRARCH writes a role with no country ("---GOV") when the coder found a
 * dictionary agent, and nothing else, on the words it put in that role ("officials", "students").
 * Validation files expect bare roles; Sitrep's own output leaves them uncoded, so only the harness does this.
 */
final class BareRoles {
    private final Map<String, String> agentCodeByOrigin = new HashMap<>();

    BareRoles(Dictionaries dictionaries) {
        for (AgentEntry a : dictionaries.agents()) {
            if (a.origin() != null && a.placement() == AgentEntry.Placement.SUFFIX) {
                agentCodeByOrigin.put(a.origin(), a.code());
            }
        }
    }

    Coding write(Coding coding) {
        List<Event> events = new ArrayList<>();
        for (Event e : coding.events()) {
            ActorRef source = role(e.source(), e, coding.mentions());
            ActorRef target = role(e.target(), e, coding.mentions());
            events.add(source == e.source() && target == e.target() ? e
                    : new Event(e.id(), e.articleId(), e.sentence(), e.span(), e.text(), e.date(), source, target,
                            e.cameo(), e.plover(), e.place(), e.modality(), e.attribution(), e.trigger(), e.rule()));
        }
        return new Coding(events, coding.mentions());
    }

    private ActorRef role(ActorRef ref, Event e, List<Mention> mentions) {
        if (ref == null || ref.code() != null || ref.span() == null) return ref;
        Span phrase = phrase(ref, e);
        String role = null;
        for (Mention m : mentions) {
            boolean onHead = m.span().start() <= ref.span().start() && m.span().end() >= ref.span().end();
            boolean inPhrase = m.span().start() >= phrase.start() && m.span().end() <= phrase.end();
            if (m.kind() != Mention.Kind.ACTOR || !onHead && !inPhrase) continue;
            if (m.value() != null) return ref;
            String code = agentCodeByOrigin.get(m.resolvedBy());
            if (code != null) role = code;
        }
        return role == null ? ref : new ActorRef("---" + role, ref.text(), ref.span());
    }

    /**
     * Where the role's words stand ("the primary official news agency WFNA" around its head "agency"): PETRARCH
     * finds an agent anywhere in the noun phrase. The head's own span when the words are not found around it.
     */
    private static Span phrase(ActorRef ref, Event e) {
        String sentence = e.text();
        for (int i = sentence.indexOf(ref.text()); i >= 0 && ref.text().length() > 0;
             i = sentence.indexOf(ref.text(), i + 1)) {
            int start = e.span().start() + i;
            int end = start + ref.text().length();
            if (start <= ref.span().start() && ref.span().end() <= end) return new Span(start, end);
        }
        return ref.span();
    }
}

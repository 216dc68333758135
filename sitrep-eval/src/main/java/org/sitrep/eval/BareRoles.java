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
            ActorRef source = role(e.source(), coding.mentions());
            ActorRef target = role(e.target(), coding.mentions());
            events.add(source == e.source() && target == e.target() ? e
                    : new Event(e.id(), e.articleId(), e.sentence(), e.span(), e.text(), e.date(), source, target,
                            e.cameo(), e.plover(), e.place(), e.modality(), e.attribution(), e.trigger(), e.rule()));
        }
        return new Coding(events, coding.mentions());
    }

    private ActorRef role(ActorRef ref, List<Mention> mentions) {
        if (ref == null || ref.code() != null || ref.span() == null) return ref;
        String role = null;
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.ACTOR || m.span().start() > ref.span().start()
                    || m.span().end() < ref.span().end()) {
                continue;
            }
            if (m.value() != null) return ref;
            String code = agentCodeByOrigin.get(m.resolvedBy());
            if (code != null) role = code;
        }
        return role == null ? ref : new ActorRef("---" + role, ref.text(), ref.span());
    }
}

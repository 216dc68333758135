package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.petrarch.ValidationOptions;
import org.sitrep.eval.score.EventTriple;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCoding;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Modality;
import org.sitrep.model.Span;

/** How Sitrep's events are written for comparison under a record's require_dyad and new_actor_length. */
class EventTriplesTest {
    private static final ValidationOptions DEFAULTS = ValidationOptions.defaults();

    private static Event event(ActorRef source, ActorRef target, Modality modality) {
        return event(source, target, modality, "verb restore; source=nsubj target=obj");
    }

    private static Event event(ActorRef source, ActorRef target, Modality modality, String rule) {
        Span s = new Span(0, 10);
        return new Event("e", "a", 0, s, "0123456789",
                EventDate.of(LocalDate.of(1995, 1, 1), LocalDate.of(1995, 1, 1), EventDate.Basis.PUBLISHED, null, null),
                source, target, new CameoCoding("064", "06", Double.NaN, 0), null, null, modality, null, s, rule);
    }

    private static ActorRef coded(String code) {
        return new ActorRef(code, code, new Span(0, 1));
    }

    private static ActorRef unknown(String text) {
        return new ActorRef(null, text, new Span(0, 1));
    }

    @Test
    void everyModalityIsWritten() {
        List<Event> events = List.of(event(coded("ARN"), coded("GON"), Modality.NEGATED),
                event(coded("GON"), coded("ARN"), Modality.HYPOTHETICAL));
        assertThat(EventTriples.of(events, DEFAULTS)).containsExactly(new EventTriple("ARN", "GON", "064"),
                new EventTriple("GON", "ARN", "064"));
    }

    @Test
    void requireDyadDropsEventsMissingAnActor() {
        List<Event> events = List.of(event(coded("ARN"), null, Modality.ASSERTED),
                event(unknown("the crowds"), coded("GON"), Modality.ASSERTED));
        assertThat(EventTriples.of(events, DEFAULTS)).isEmpty();
        assertThat(EventTriples.of(events, DEFAULTS.with("require_dyad", "False")))
                .containsExactly(new EventTriple("ARN", "---", "064"), new EventTriple("---", "GON", "064"));
    }

    @Test
    void anEventWithNoTargetPhraseIsNotWrittenEvenWithoutRequireDyad() {
        ValidationOptions noDyad = DEFAULTS.with("require_dyad", "False");
        Event saidToday = event(coded("BREGOV"), null, Modality.ASSERTED, "verb said; source=nsubj");
        Event saidOnSaturday = event(coded("BREGOV"), unknown("Saturday"), Modality.ASSERTED,
                "verb said; source=nsubj target=obl:on");
        assertThat(EventTriples.of(List.of(saidToday, saidOnSaturday), noDyad))
                .containsExactly(new EventTriple("BREGOV", "---", "064"));
        assertThat(EventTriples.whyUnwritten(saidToday, noDyad)).contains("no target phrase");
    }

    @Test
    void newActorLengthQuotesShortUnknownPhrases() {
        ValidationOptions four = DEFAULTS.with("new_actor_length", "4");
        Event e = event(unknown("Gryffindor's head Minerva McGonagall"), coded("GON"), Modality.ASSERTED);
        assertThat(EventTriples.of(List.of(e), four))
                .containsExactly(new EventTriple("\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"", "GON", "064"));
        assertThat(EventTriples.of(List.of(e), DEFAULTS.with("new_actor_length", "3"))).isEmpty();
        assertThat(EventTriples.of(List.of(e), DEFAULTS)).isEmpty();
    }
}

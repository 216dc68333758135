package org.sitrep.model;

/**
 * One coded event with its provenance: who did what to whom, when, where, and from which characters.
 * Source or target may be null, never both; cameo is always present (no default code is invented).
 * attribution is who the text says reported the event ("Kirby said", "according to Reuters"), or null.
 */
public record Event(
        String id,
        String articleId,
        int sentence,
        Span span,
        String text,
        EventDate date,
        ActorRef source,
        ActorRef target,
        CameoCoding cameo,
        PloverCoding plover,
        Place place,
        Modality modality,
        ActorRef attribution,
        Span trigger,
        String rule) {

    /** The same event placed. */
    public Event withPlace(Place newPlace) {
        return new Event(id, articleId, sentence, span, text, date, source, target, cameo, plover, newPlace, modality,
                attribution, trigger, rule);
    }
}

package org.sitrep.model;

import java.util.List;

/**
 * The result of coding one article: its events and the mentions found on the way.
 * This is what the one Article-to-events function returns, for the CLI, the store and later the server.
 */
public record CodedArticle(Article article, int sentenceCount, List<Mention> mentions, List<TimeMention> times,
                           List<PlaceMention> places, List<Event> events) {
    public CodedArticle {
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        places = List.copyOf(places);
        events = List.copyOf(events);
    }
}

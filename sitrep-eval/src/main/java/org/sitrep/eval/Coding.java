package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * What the evaluation keeps of a coded record: the events, and the actor mentions that explain them.
 * Keeping only these leaves the harness independent of what else a CodedArticle carries (times, places).
 */
public record Coding(List<Event> events, List<Mention> mentions) {
    public Coding {
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
    }

    static Coding of(CodedArticle coded) {
        return new Coding(coded.events(), coded.mentions());
    }
}

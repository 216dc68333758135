package org.sitrep.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.coder.actor.ActorMatcher;
import org.sitrep.coder.actor.ActorMention;
import org.sitrep.coder.event.EventCoder;
import org.sitrep.coder.event.EventNouns;
import org.sitrep.coder.time.TimeNormalizer;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Mention;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;

/**
 * The one function from an Article to its coded events and mentions: NLP, actors, times, events.
 * The CLI, the store and (later) the server and the Spark job all call this, so they code alike.
 */
public final class ArticleCoder {
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private final NlpPipeline nlp;
    private final ActorMatcher actors;
    private final EventCoder events;
    private final TimeNormalizer timeNormalizer = new TimeNormalizer();

    public ArticleCoder(NlpPipeline nlp, Dictionaries dictionaries, EventNouns nouns) {
        this.nlp = nlp;
        this.actors = new ActorMatcher(dictionaries);
        this.events = new EventCoder(dictionaries, nouns);
    }

    private static ArticleCoder shared;

    /** The JVM-wide coder: the shared CoreNLP pipeline and the bundled dictionaries, built on first use. */
    public static synchronized ArticleCoder shared() {
        if (shared == null) {
            shared = new ArticleCoder(NlpPipeline.shared(), Dictionaries.bundled(), EventNouns.bundled());
        }
        return shared;
    }

    public CodedArticle code(Article article) {
        LocalDate published = article.published();
        AnnotatedText doc = nlp.annotate(article.text(), published);
        List<Mention> mentions = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<Event> coded = new ArrayList<>();
        Set<String> sentencesSeen = new HashSet<>();
        EventDate context = null;
        for (Sentence s : doc.sentences()) {
            Map<LocalDate, List<ActorMention>> byDate = new HashMap<>();
            List<ActorMention> asPublished = actors.find(s, article.text(), published);
            byDate.put(published, asPublished);
            for (ActorMention m : asPublished) {
                mentions.add(new Mention(Mention.Kind.ACTOR, s.index(), m.span(), m.text(),
                        m.agentOnly() ? null : m.code(), m.resolvedBy()));
            }
            Map<TimeExpression, EventDate> dates = new LinkedHashMap<>();
            for (TimeExpression t : doc.timesIn(s.index())) {
                TimeMention tm = timeNormalizer.mention(t, s, published);
                times.add(tm);
                mentions.add(new Mention(Mention.Kind.TIME, s.index(), t.span(), t.text(),
                        tm.resolved() == null ? null : tm.resolved().value(), tm.timexValue() + ": " + tm.reason()));
                if (tm.resolved() != null) dates.put(t, tm.resolved());
            }
            if (!sentencesSeen.add(s.span().of(article.text()))) {
                continue; // a headline repeated in the body states its events once
            }
            List<Event> sentenceEvents = events.code(article.id(), article.text(), s,
                    date -> byDate.computeIfAbsent(date, d -> actors.find(s, article.text(), d)), dates, context,
                    published);
            coded.addAll(sentenceEvents);
            context = narrated(sentenceEvents, dates);
        }
        for (EntityMention e : doc.entities()) {
            if (PLACE_TYPES.contains(e.type())) {
                mentions.add(new Mention(Mention.Kind.PLACE, e.sentence(), e.span(), e.text(), null,
                        "ner:" + e.type() + " (not resolved: no gazetteer yet)"));
            }
        }
        return new CodedArticle(article, doc.sentences().size(), mentions, times, coded);
    }

    /** The date a sentence narrates, for the next sentence to inherit: its events' text date, else its only date. */
    private static EventDate narrated(List<Event> sentenceEvents, Map<TimeExpression, EventDate> dates) {
        for (int i = sentenceEvents.size() - 1; i >= 0; i--) {
            EventDate d = sentenceEvents.get(i).date();
            if (d.basis() == EventDate.Basis.TEXT || d.basis() == EventDate.Basis.CONTEXT) return d;
        }
        return dates.size() == 1 ? dates.values().iterator().next() : null;
    }
}

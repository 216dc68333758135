package org.sitrep.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.coder.actor.ActorMatcher;
import org.sitrep.coder.actor.ActorMention;
import org.sitrep.coder.event.EventCoder;
import org.sitrep.coder.event.EventNouns;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
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
        List<Event> coded = new ArrayList<>();
        Set<String> sentencesSeen = new java.util.HashSet<>();
        for (Sentence s : doc.sentences()) {
            boolean repeated = !sentencesSeen.add(s.span().of(article.text()));
            Map<LocalDate, List<ActorMention>> byDate = new HashMap<>();
            List<ActorMention> asPublished = actors.find(s, article.text(), published);
            byDate.put(published, asPublished);
            for (ActorMention m : asPublished) {
                mentions.add(new Mention(Mention.Kind.ACTOR, s.index(), m.span(), m.text(),
                        m.agentOnly() ? null : m.code(), m.resolvedBy()));
            }
            if (repeated) continue; // a headline repeated in the body states its events once
            List<TimeExpression> times = doc.timesIn(s.index());
            coded.addAll(events.code(article.id(), article.text(), s,
                    date -> byDate.computeIfAbsent(date, d -> actors.find(s, article.text(), d)), times, published));
        }
        for (TimeExpression t : doc.times()) {
            mentions.add(new Mention(Mention.Kind.TIME, t.sentence(), t.span(), t.text(), t.value(),
                    "sutime:" + t.type() + (t.modifier() == null ? "" : " mod=" + t.modifier())));
        }
        for (EntityMention e : doc.entities()) {
            if (PLACE_TYPES.contains(e.type())) {
                mentions.add(new Mention(Mention.Kind.PLACE, e.sentence(), e.span(), e.text(), null,
                        "ner:" + e.type() + " (not resolved: no gazetteer yet)"));
            }
        }
        return new CodedArticle(article, doc.sentences().size(), mentions, coded);
    }
}

package org.sitrep.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.sitrep.coder.actor.ActorMatcher;
import org.sitrep.coder.actor.ActorMention;
import org.sitrep.coder.actor.ArticleActors;
import org.sitrep.coder.actor.Descriptions;
import org.sitrep.coder.event.EventCoder;
import org.sitrep.coder.event.EventNouns;
import org.sitrep.coder.event.EventTrace;
import org.sitrep.coder.place.EventPlacer;
import org.sitrep.coder.place.PlaceMentions;
import org.sitrep.coder.place.SentencePlace;
import org.sitrep.coder.time.TermPeriods;
import org.sitrep.coder.time.TimeNormalizer;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.discard.Discard;
import org.sitrep.dictionaries.discard.DiscardList;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Mention;
import org.sitrep.model.PlaceMention;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.PlaceResolver;
import org.sitrep.places.ResolvedPlace;
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
    private static final Set<String> UNKNOWN_ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION");

    private final NlpPipeline nlp;
    private final ActorMatcher actors;
    private final Descriptions descriptions;
    private final EventCoder events;
    private final TimeNormalizer timeNormalizer = new TimeNormalizer();
    private final TermPeriods termPeriods;
    private final DiscardList discards;

    private final PlaceMentions placeMentions = new PlaceMentions();
    private final PlaceResolver placeResolver;
    private final EventPlacer placer;

    private final StageClock clock;

    public ArticleCoder(NlpPipeline nlp, Dictionaries dictionaries, EventNouns nouns, Descriptions descriptions,
                        Gazetteer gazetteer) {
        this(nlp, dictionaries, nouns, descriptions, gazetteer, StageClock.OFF);
    }

    /** A coder that adds the time of each stage to a clock (for `sitrep bench`). */
    public ArticleCoder(NlpPipeline nlp, Dictionaries dictionaries, EventNouns nouns, Descriptions descriptions,
                        Gazetteer gazetteer, StageClock clock) {
        this(nlp, dictionaries, descriptions, gazetteer, clock, new EventCoder(dictionaries, nouns));
    }

    private ArticleCoder(NlpPipeline nlp, Dictionaries dictionaries, Descriptions descriptions, Gazetteer gazetteer,
                         StageClock clock, EventCoder events) {
        this.clock = clock;
        this.placeResolver = new PlaceResolver(gazetteer);
        this.placer = new EventPlacer(gazetteer);
        this.nlp = nlp;
        this.actors = new ActorMatcher(dictionaries);
        this.descriptions = descriptions;
        this.termPeriods = new TermPeriods(dictionaries);
        this.events = events;
        this.discards = dictionaries.discards();
    }

    private static ArticleCoder shared;

    /** The JVM-wide coder: the shared CoreNLP pipeline and the bundled dictionaries, built on first use. */
    public static synchronized ArticleCoder shared() {
        if (shared == null) {
            shared = withDictionaries(Dictionaries.bundled());
        }
        return shared;
    }

    /** A coder with the shared CoreNLP pipeline and the given dictionaries (e.g. bundled plus a user's). */
    public static ArticleCoder withDictionaries(Dictionaries dictionaries) {
        return new ArticleCoder(NlpPipeline.shared(), dictionaries, EventNouns.bundled(), Descriptions.bundled(),
                Gazetteer.bundled());
    }

    /**
     * A coder that also returns events none of whose actors has a code, for scoring against PETRARCH validation
     * records that list them (require_dyad off); see {@link EventCoder#keepingUncoded}.
     */
    public static ArticleCoder keepingUncodedEvents(Dictionaries dictionaries) {
        return new ArticleCoder(NlpPipeline.shared(), dictionaries, Descriptions.bundled(), Gazetteer.bundled(),
                StageClock.OFF, EventCoder.keepingUncoded(dictionaries, EventNouns.bundled()));
    }

    public CodedArticle code(Article article) {
        return code(article, EventTrace.NONE);
    }

    /** Codes an article, telling the trace what was found and why each event was or was not coded. */
    public CodedArticle code(Article article, EventTrace trace) {
        return code(article, annotate(article), trace);
    }

    /** The NLP stage alone, as code() runs it: only sentences that could yield an event are parsed. */
    public AnnotatedText annotate(Article article) {
        return clock.time("nlp", () -> nlp.annotate(article.text(), article.published(),
                unparsed -> worthParsing(unparsed, article.published())));
    }

    /**
     * A sentence is parsed only if it could yield an event: a candidate trigger, and an actor with a code to
     * fill a role (named, or referred to by a pronoun or a description). A code on the publication date or on
     * any date counts: the event's own date is known only once the sentence is parsed.
     */
    private IntPredicate worthParsing(AnnotatedText annotated, LocalDate published) {
        ArticleActors found = new ArticleActors(actors, descriptions, annotated, published);
        return i -> events.mayTrigger(annotated.sentences().get(i).tokens())
                && (hasCode(found.in(i, published)) || hasCode(found.in(i, null)));
    }

    private static boolean hasCode(List<ActorMention> mentions) {
        return mentions.stream().anyMatch(m -> !m.agentOnly() && m.code() != null);
    }

    /**
     * Codes an article whose NLP annotations are given, e.g. converted from a gold-standard parse, so an
     * evaluation can separate parser errors from coder errors.
     */
    public CodedArticle code(Article article, AnnotatedText doc, EventTrace trace) {
        LocalDate published = article.published();
        List<Mention> mentions = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<Event> coded = new ArrayList<>();
        Set<String> sentencesSeen = new HashSet<>();
        EventDate context = null;
        Optional<Discard> storyDiscard = storyDiscard(doc);
        ArticleActors articleActors = new ArticleActors(actors, descriptions, doc, published);
        Map<Integer, List<SentencePlace>> placesBySentence = resolvePlaces(doc, articleActors, published);
        Function<Integer, List<ActorMention>> actorsAsPublished =
                i -> clock.time("actors", () -> articleActors.in(i, published));
        List<PlaceMention> places = new ArrayList<>();
        placesBySentence.values().forEach(list -> list.forEach(p -> {
            ResolvedPlace r = p.resolved();
            places.add(new PlaceMention(p.sentence(), r.query().span(), r.query().text(), r.place(), r.reason()));
            mentions.add(new Mention(Mention.Kind.PLACE, p.sentence(), r.query().span(), r.query().text(),
                    r.resolved() ? r.entry().name() + (r.entry().geonamesId() == null ? "" : " (geonames "
                            + r.entry().geonamesId() + ")") : null, r.reason()));
        }));
        for (Sentence s : doc.sentences()) {
            List<ActorMention> sentenceActors = actorsAsPublished.apply(s.index());
            for (ActorMention m : sentenceActors) {
                mentions.add(new Mention(Mention.Kind.ACTOR, s.index(), m.span(), m.text(),
                        m.agentOnly() ? null : m.code(), m.resolvedBy()));
            }
            List<ActorMention> anyDate = articleActors.in(s.index(), null); // Soleimani has no code after his death
            for (EntityMention e : doc.entitiesIn(s.index())) {
                if (UNKNOWN_ACTOR_TYPES.contains(e.type()) && anyDate.stream().noneMatch(
                        m -> !m.agentOnly() && m.firstToken() <= e.lastToken() && e.firstToken() <= m.lastToken())) {
                    mentions.add(new Mention(Mention.Kind.ACTOR, s.index(), e.span(), e.text(), null,
                            "ner:" + e.type() + ", in no actor dictionary"));
                }
            }
            Map<TimeExpression, EventDate> dates = new LinkedHashMap<>();
            for (TimeExpression t : doc.timesIn(s.index())) {
                TimeMention tm = clock.time("times", () -> timeNormalizer.mention(t, s, published));
                times.add(tm);
                mentions.add(new Mention(Mention.Kind.TIME, s.index(), t.span(), t.text(),
                        tm.resolved() == null ? null : tm.resolved().value(), tm.timexValue() + ": " + tm.reason()));
                if (tm.resolved() != null) dates.put(t, tm.resolved());
            }
            for (TermPeriods.Period p : clock.time("times", () -> termPeriods.find(article.text(), s, published))) {
                times.add(p.mention());
                mentions.add(new Mention(Mention.Kind.TIME, s.index(), p.mention().span(), p.mention().text(),
                        p.mention().resolved().value(), p.mention().reason()));
                dates.put(p.expression(), p.mention().resolved());
            }
            if (!sentencesSeen.add(s.span().of(article.text()))) {
                continue; // a headline repeated in the body states its events once
            }
            if (trace.enabled()) noteSentence(trace, article.text(), s, sentenceActors, dates);
            Optional<Discard> discard = storyDiscard.isPresent() ? storyDiscard
                    : discards.find(words(s), Discard.Scope.SENTENCE);
            if (discard.isPresent()) {
                trace.note("discarded: " + (storyDiscard.isPresent() ? "the story" : "the sentence") + " has \""
                        + discard.get().phrase() + "\" (" + discard.get().origin() + "); no events coded");
                continue;
            }
            EventDate narratedBefore = context;
            List<Event> sentenceEvents = clock.time("events", () -> events.code(article.id(), article.text(), s,
                    date -> articleActors.in(s.index(), date), dates, narratedBefore, published, trace));
            List<SentencePlace> here = placesBySentence.getOrDefault(s.index(), List.of());
            for (Event e : sentenceEvents) {
                coded.add(e.withPlace(clock.time("places", () -> placer.place(s, tokenAt(s, e.trigger().start()), e, here))));
            }
            context = narrated(sentenceEvents, dates);
        }
        return new CodedArticle(article, doc.sentences().size(), mentions, times, places, coded);
    }

    private Optional<Discard> storyDiscard(AnnotatedText doc) {
        if (discards.isEmpty()) return Optional.empty();
        for (Sentence s : doc.sentences()) {
            Optional<Discard> d = discards.find(words(s), Discard.Scope.STORY);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static List<String> words(Sentence s) {
        List<String> out = new ArrayList<>();
        for (org.sitrep.nlp.Token t : s.tokens()) out.addAll(PhraseKey.words(t.word()));
        return out;
    }

    private static void noteSentence(EventTrace trace, String text, Sentence s, List<ActorMention> actors,
                                     Map<TimeExpression, EventDate> dates) {
        trace.note("sentence " + s.index() + " [" + s.span().start() + ", " + s.span().end() + "): "
                + s.span().of(text));
        StringBuilder tokens = new StringBuilder("tokens:");
        for (org.sitrep.nlp.Token t : s.tokens()) {
            tokens.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.pos());
            if (!t.lemma().equals(t.word())) tokens.append('/').append(t.lemma());
            if (!"O".equals(t.ner())) tokens.append('/').append(t.ner());
        }
        trace.note(tokens.toString());
        StringBuilder deps = new StringBuilder("dependencies:");
        for (org.sitrep.nlp.Dependency d : s.dependencies()) {
            deps.append(' ').append(d.relation()).append('(')
                    .append(d.governor() < 0 ? "ROOT" : s.token(d.governor()).word() + "-" + d.governor()).append(", ")
                    .append(s.token(d.dependent()).word()).append('-').append(d.dependent()).append(')');
        }
        trace.note(deps.toString());
        for (ActorMention m : actors) {
            trace.note("actor \"" + m.text() + "\" [" + m.span().start() + ", " + m.span().end() + ") -> "
                    + (m.agentOnly() ? "role " + m.code() + " (no country)" : m.code()) + " from " + m.resolvedBy());
        }
        dates.forEach((t, d) -> trace.note("time \"" + t.text() + "\" -> " + d.value() + " (" + d.start() + ".."
                + d.end() + ")"));
    }

    /**
     * Resolves every place mention of the article in one call, so each name is read in the context of the
     * others and of the countries the article's actors belong to.
     */
    private Map<Integer, List<SentencePlace>> resolvePlaces(AnnotatedText doc, ArticleActors articleActors,
                                                            LocalDate published) {
        List<PlaceMentions.Found> found = placeMentions.find(doc);
        List<String> actorCountries = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (ActorMention m : clock.time("actors", () -> articleActors.in(s.index(), published))) {
                if (m.agentOnly() || m.code() == null || m.code().length() < 3) continue;
                placeResolver.gazetteer().country(m.code().substring(0, 3))
                        .ifPresent(c -> actorCountries.add(c.country()));
            }
        }
        List<ResolvedPlace> resolved = clock.time("places", () -> placeResolver.resolve(
                found.stream().map(PlaceMentions.Found::query).toList(), actorCountries));
        Map<Integer, List<SentencePlace>> out = new java.util.TreeMap<>();
        for (int i = 0; i < found.size(); i++) {
            PlaceMentions.Found f = found.get(i);
            out.computeIfAbsent(f.sentence(), k -> new ArrayList<>())
                    .add(new SentencePlace(f.sentence(), f.firstToken(), f.lastToken(), resolved.get(i)));
        }
        return out;
    }

    private static int tokenAt(Sentence s, int offset) {
        for (org.sitrep.nlp.Token t : s.tokens()) {
            if (t.span().start() == offset) return t.index();
        }
        return 0;
    }

    /**
     * The date a sentence narrates, for the next sentence to inherit: its events' text date, else its only date.
     * A date inherited is not passed on: "since the 2008 war" dated a whole article when it was.
     */
    private static EventDate narrated(List<Event> sentenceEvents, Map<TimeExpression, EventDate> dates) {
        for (int i = sentenceEvents.size() - 1; i >= 0; i--) {
            EventDate d = sentenceEvents.get(i).date();
            if (d.basis() == EventDate.Basis.TEXT) return d;
        }
        return dates.size() == 1 ? dates.values().iterator().next() : null;
    }
}

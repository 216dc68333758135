package org.sitrep.coder.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.coder.actor.ActorMention;
import org.sitrep.coder.modality.Attribution;
import org.sitrep.coder.modality.ModalityDetector;
import org.sitrep.coder.time.EventDater;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.codes.CodeInfo;
import org.sitrep.dictionaries.verb.Term;
import org.sitrep.dictionaries.verb.VerbPattern;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCoding;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Modality;
import org.sitrep.model.PloverCoding;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;
import org.sitrep.nlp.Token;

/**
 * Codes the events of one sentence: each verb or event noun in the verb dictionary, its source and target
 * from the dependency graph, its CAMEO code from the verb's block or its most specific pattern.
 * Nothing matched means no event: no default code is ever invented, and every code is checked
 * against the codebook so dictionary typos cannot leak into output.
 */
public final class EventCoder {
    private final VerbLexicon lexicon;
    private final EventNouns nouns;
    private final PatternSelector patterns;
    private final Codebook codebook;
    private final EventDater dater = new EventDater();
    private final ModalityDetector modality = new ModalityDetector();
    private final PloverModes modes = PloverModes.bundled();

    /** Whether events none of whose actors has a code are kept (see {@link #keepingUncoded}). */
    private final boolean keepUncoded;

    public EventCoder(Dictionaries dictionaries, EventNouns nouns) {
        this(dictionaries, nouns, false);
    }

    /**
     * A coder that also keeps events none of whose actors resolved to a code ("an official said on Saturday").
     * Users get only events with a coded actor; PETRARCH's validation files list these when require_dyad is off.
     */
    public static EventCoder keepingUncoded(Dictionaries dictionaries, EventNouns nouns) {
        return new EventCoder(dictionaries, nouns, true);
    }

    private EventCoder(Dictionaries dictionaries, EventNouns nouns, boolean keepUncoded) {
        this.keepUncoded = keepUncoded;
        this.lexicon = new VerbLexicon(dictionaries.verbBlocks());
        this.nouns = nouns;
        this.patterns = new PatternSelector(dictionaries.synsets());
        this.codebook = dictionaries.codebook();
    }

    /** The events of one sentence, given the actors already found in it. */
    public List<Event> code(String articleId, String text, Sentence s,
                            Function<LocalDate, List<ActorMention>> actorsOn, Map<TimeExpression, EventDate> dates,
                            EventDate context, LocalDate published, EventTrace trace) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, ActorRef> nounSources = new HashMap<>();
        for (Token t : s.tokens()) {
            Trigger trigger = trigger(s, t);
            if (trigger == null) {
                if (trace.enabled() && t.isVerb()) trace.note("\"" + t.word() + "\" (verb " + t.lemma() + "): not in the verb dictionary");
                continue;
            }
            if (trace.enabled()) {
                trace.note("\"" + t.word() + "\" (" + (trigger.noun() ? "event noun -> verb " : "verb ") + trigger.lemma()
                        + "): blocks " + trigger.senses().stream().map(x -> x.block().name() + " "
                        + (x.defaultCode() == null ? "---" : x.defaultCode())).distinct().toList());
            }
            if (!trigger.noun() && DescriptiveClauses.describesANoun(s, t)) {
                trace.note("  skipped: a participle describing a noun (\"groups linked to Iran\"), not an event");
                continue;
            }
            if (governsCodedIntent(s, t)) {
                trace.note("  skipped: an intent verb whose complement is itself coded (its modality, not an event)");
                continue;
            }
            Roles.Found roles = trigger.noun() ? Roles.ofNoun(s, t.index())
                    : aboutComplement(s, t, withParticleObject(s, t, trigger, Roles.ofVerb(s, t.index())));
            Coding coding = coding(trigger, s, t.index(), trace);
            if (coding == null) continue;
            roles = withoutTimes(markedRoles(s, t.index(), roles, coding), dates.keySet());
            if (!trigger.noun() && carriesOutItsObject(s, t, coding)) {
                trace.note("  skipped: its object is an event noun coded alike (\"carried out an attack\" is the attack)");
                continue;
            }
            EventDate date = dater.date(s, t.index(), dates, context, published);
            List<ActorMention> actors = actorsOn.apply(date.start() != null ? date.start() : published);
            List<ActorRef> sources = preferCoded(refs(text, s, roles.sources(), actors, trigger.noun() ? t.index() : -1,
                    false));
            List<ActorRef> targets = preferCoded(refs(text, s, withoutTopics(s, t, patternTargets(s, t.index(),
                    roles.targets(), coding), actors), actors, -1));
            if (!trigger.noun()) {
                Filled filled = withFallbackTargets(text, s, t, coding, actors, new Filled(sources, targets, roles));
                sources = filled.sources();
                targets = filled.targets();
                roles = filled.roles();
            }
            if (trigger.noun() && !sources.isEmpty()) nounSources.put(t.index(), sources.get(0));
            sources = inheritFromEventNouns(s, roles.sources(), sources, nounSources, text, actors);
            int speaker = Attribution.speaker(s, t.index());
            ActorRef attribution = speaker < 0 ? null
                    : refs(text, s, List.of(speaker), actors, -1, false).stream().findFirst().orElse(null);
            if (trace.enabled()) {
                trace.note("  roles: " + (roles.how().isEmpty() ? "none found" : roles.how()) + "; sources " + show(sources)
                        + ", targets " + show(targets));
                trace.note("  date: " + (date.value() == null ? "unknown" : date.value()) + " ("
                        + date.basis().name().toLowerCase() + ")");
            }
            int before = events.size();
            int k = 0;
            // "Arnor and Gondor agreed" codes each toward the other; "Eriador agrees with the Philippines and
            // France" has a source, so each member is only a target.
            List<ActorRef> among = coding.amongBefore() ? coded(sources)
                    : coding.amongAfter() && coded(sources).isEmpty() ? coded(targets)
                    : coded(targets).isEmpty() && Reciprocity.reciprocal(s, t) ? coded(sources) : List.of();
            if (among.size() >= 2) {
                for (ActorRef a : among) {
                    for (ActorRef b : among) {
                        if (a != b && !a.code().equals(b.code())) {
                            k = emit(events, seen, articleId, text, s, t, attribution, coding.code(), a, b, date,
                                    coding.rule(roles) + " (among the compound actor)", k);
                        }
                    }
                }
                sources = List.of();
                targets = List.of();
            }
            for (ActorRef src : sources.isEmpty() && !targets.isEmpty() ? nullList() : sources) {
                for (ActorRef target : targets.isEmpty() ? nullList() : targets) {
                    ActorRef tgt = target;
                    if (!hasCode(src) && !hasCode(tgt) && !keepUncoded) continue;
                    if (hasCode(src) && hasCode(tgt) && src.code().equals(tgt.code())) {
                        tgt = null; // "NATO would increase its troops": the actor acting on itself
                    }
                    k = emit(events, seen, articleId, text, s, t, attribution, coding.code(), src, tgt, date, coding.rule(roles), k);
                    if (coding.pairedCode() != null && (hasCode(src) && hasCode(tgt) || keepUncoded)) {
                        // "held talks on Thursday": a reply needs a party on each side, not a day or a topic
                        k = emit(events, seen, articleId, text, s, t, attribution, coding.pairedCode(), tgt, src, date,
                                coding.rule(roles) + " (paired)", k);
                    }
                }
            }
            if (trace.enabled()) {
                if (events.size() == before) {
                    trace.note("  no event: " + (sources.stream().noneMatch(EventCoder::hasCode)
                            && targets.stream().noneMatch(EventCoder::hasCode)
                            ? "neither source nor target resolved to an actor code"
                            : "dropped (duplicate, a report by a news agency, or a code outside the codebook)"));
                }
                for (Event e : events.subList(before, events.size())) {
                    trace.note("  -> event " + codeOf(e.source()) + " " + e.cameo().code() + " " + codeOf(e.target())
                            + ", " + e.modality().label()
                            + (e.attribution() == null ? "" : ", attributed to " + e.attribution().text()));
                }
            }
        }
        return events;
    }

    private static String codeOf(ActorRef r) {
        return r == null || r.code() == null ? "-" : r.code();
    }

    private static String show(List<ActorRef> refs) {
        if (refs.isEmpty()) return "none";
        return refs.stream().map(r -> "\"" + r.text() + "\"=" + (r.code() == null ? "?" : r.code())).toList().toString();
    }

    private int emit(List<Event> out, Set<String> seen, String articleId, String text, Sentence s, Token t,
                     ActorRef attribution, String code,
                     ActorRef src, ActorRef tgt, EventDate date, String rule, int k) {
        if (code.equals("140") && t.lemma().equalsIgnoreCase("protest") && speaksForAState(src)
                && codebook.lookup("114").isPresent()) {
            code = "114"; // "Belarus protested against the exercise": a state complains officially, it does not rally
            rule = rule + " (a state's protest: 114)";
        }
        Optional<CodeInfo> info = codebook.lookup(code);
        if (info.isEmpty()) {
            // With a codebook, a code it lacks is a dictionary typo and never leaks out. Without one (a user's
            // own ontology, e.g. the PETRARCH validation dictionaries), codes are taken as the dictionary says.
            if (!codebook.isEmpty() || !code.matches("\\d{2,4}")) return k;
            info = Optional.of(new CodeInfo(code, "", Double.NaN, 0, null, null, null));
        }
        if (code.startsWith("01") && src != null && src.code() != null && src.code().endsWith("MED")) {
            return k; // "Reuters reported ...": a news agency is the source of a report, not an actor of events
        }
        if (!hasCode(src) && !hasCode(tgt) && !keepUncoded) return k;
        // Unresolved subjects of one trigger are told apart by their words: "clerics and lawmakers believe".
        String subject = src == null ? "" : src.code() != null ? src.code() : "?" + t.index() + ":" + src.text();
        String key = code + "|" + subject + "|" + (tgt == null ? "" : tgt.code());
        if (!seen.add(key)) return k;
        CodeInfo ci = info.get();
        CameoCoding cameo = new CameoCoding(ci.code(), ci.root(), ci.goldstein(), ci.quadClass());
        out.add(new Event(articleId + "-" + s.index() + "-" + t.index() + "-" + k, articleId, s.index(), s.span(),
                s.span().of(text), date, src, tgt, cameo, plover(ci, s, t), null, modalityOf(s, t, attribution), attribution,
                t.span(), rule));
        return k + 1;
    }

    /** An attributed event ("according to Reuters") is reported, unless its clause says more. */
    private Modality modalityOf(Sentence s, Token t, ActorRef attribution) {
        Modality m = modality.detect(s, t.index());
        return m == Modality.ASSERTED && attribution != null ? Modality.REPORTED : m;
    }

    private PloverCoding plover(CodeInfo ci, Sentence s, Token t) {
        PloverCoding mapped = ci.ploverType() != null
                ? new PloverCoding(ci.ploverType(), ci.ploverMode(), ci.ploverContext())
                : codebook.lookup(ci.root()).filter(r -> r.ploverType() != null)
                        .map(r -> new PloverCoding(r.ploverType(), null, null)).orElse(null);
        if (mapped == null) return null;
        return modes.modeFor(mapped.type(), phraseWords(s, t.index()))
                .map(mode -> new PloverCoding(mapped.type(), mode, mapped.context())).orElse(mapped);
    }

    /** The folded words of the trigger, its modifiers, subject and object ("warplanes attacked"), in order. */
    private static List<String> phraseWords(Sentence s, int trigger) {
        BitSet phrase = new BitSet();
        phrase.set(trigger);
        for (Dependency d : s.outgoing(trigger)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("amod") || r.equals("obj") || r.equals("nsubj") || r.equals("nmod:by")
                    || r.equals("obl:with") || r.equals("nmod:with")) {
                phrase.or(Graph.nounPhrase(s, d.dependent()));
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
            words.addAll(org.sitrep.dictionaries.PhraseKey.words(s.token(i).word()));
        }
        return words;
    }

    /** Sectors of a state or an organisation of states, whose protests are official complaints. */
    private static final Set<String> STATE_SECTORS = Set.of("", "GOV", "MIL", "LEG", "JUD", "COP", "SPY");

    private static boolean speaksForAState(ActorRef r) {
        if (!hasCode(r) || r.code().length() < 3) return false;
        return r.code().startsWith("IGO") || !r.code().startsWith("NGO") && !r.code().startsWith("IMG")
                && STATE_SECTORS.contains(r.code().substring(3));
    }

    private static boolean hasCode(ActorRef r) {
        return r != null && r.code() != null;
    }

    private static List<ActorRef> nullList() {
        List<ActorRef> l = new ArrayList<>();
        l.add(null);
        return l;
    }

    /**
     * Whether any token could trigger an event (a dictionary verb, a phrasal verb with its particle next to
     * it, an event noun), judged without a parse so that sentences without one need not be parsed.
     */
    public boolean mayTrigger(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.isVerb()) {
                if (!lexicon.lookup(lemma).isEmpty() || !lexicon.lookup(t.word().toLowerCase(Locale.ROOT)).isEmpty()) {
                    return true;
                }
                for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                    if ((tokens.get(j).pos().equals("RP") || j == i + 1 && tokens.get(j).pos().equals("IN"))
                            && !lexicon.lookup(lemma + " " + tokens.get(j).word().toLowerCase(Locale.ROOT)).isEmpty()) {
                        return true;
                    }
                }
            } else if (t.isNoun() && nounVerb(i > 0 ? tokens.get(i - 1) : null, t).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "NATO plans to increase its forces" states one event, the increase, marked intended; the
     * planning verb is its modality, not a second event.
     */
    private boolean governsCodedIntent(Sentence s, Token t) {
        if (!ModalityDetector.isIntentVerb(t.lemma())) return false;
        for (int child : Graph.dependents(s, t.index(), "xcomp")) {
            if (trigger(s, s.token(child)) != null) return true;
        }
        return false;
    }

    /**
     * "Gollum allowed that Mordor isn't a pleasant place": a verb without an object whose that-clause states
     * no event of its own is about that clause's subject. Speech verbs only report their clause.
     */
    private Roles.Found aboutComplement(Sentence s, Token t, Roles.Found roles) {
        int clause = complementWithoutEvent(s, t);
        if (!roles.targets().isEmpty() || clause < 0) return roles;
        List<Integer> targets = new ArrayList<>();
        for (Dependency d : s.outgoing(clause)) {
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) targets.add(d.dependent());
        }
        if (targets.isEmpty()) return roles;
        return new Roles.Found(roles.sources(), targets,
                (roles.how().isEmpty() ? "" : roles.how() + " ") + "target=ccomp:nsubj");
    }

    /** Verbs whose object is what is talked about, not whom: "discussed the war in Ukraine". */
    private static final Set<String> TOPIC_VERBS = Set.of("discuss", "debate", "review", "examine", "study", "address");

    /**
     * "discussed the war in Ukraine", "will discuss a report on Iran's programme": the object of a topic verb is a
     * target only when it names an actor itself; the parties behind it are what the talk is about.
     */
    private static List<Integer> withoutTopics(Sentence s, Token t, List<Integer> heads, List<ActorMention> actors) {
        if (!TOPIC_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) return heads;
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            boolean object = s.incoming(h).stream().anyMatch(d -> d.governor() == t.index() && d.base().equals("obj"));
            if (!object || actorFor(s, h, actors) != null) out.add(h);
        }
        return out;
    }

    /**
     * "agreed on Thursday": a time expression names when, never who. Only SUTime's own expressions count (they
     * have a value); "the Trump administration" dates an episode but still names an actor.
     */
    private static Roles.Found withoutTimes(Roles.Found roles, Set<TimeExpression> times) {
        java.util.function.Predicate<Integer> isTime = h -> times.stream()
                .anyMatch(x -> x.value() != null && x.firstToken() <= h && h <= x.lastToken());
        List<Integer> sources = roles.sources().stream().filter(isTime.negate()).toList();
        List<Integer> targets = roles.targets().stream().filter(isTime.negate()).toList();
        return sources.size() == roles.sources().size() && targets.size() == roles.targets().size() ? roles
                : new Roles.Found(sources, targets, roles.how());
    }

    /** "cordoned off the roads": the phrasal verb's object, parsed as a prepositional phrase, is its target. */
    private static Roles.Found withParticleObject(Sentence s, Token t, Trigger trigger, Roles.Found roles) {
        if (!trigger.lemma().contains(" ")) return roles;
        List<Integer> targets = new ArrayList<>(roles.targets());
        String how = roles.how();
        for (int object : particleObjects(s, t.index())) {
            if (targets.contains(object)) continue;
            targets.add(0, object);
            how += " target=obl(particle)";
        }
        return new Roles.Found(roles.sources(), targets, how.strip());
    }

    /**
     * "signed an accord to supply Gondor", "vowed to wage war on the Rohans": a purpose that is no event of its
     * own says whom the act is aimed at when the verb's own roles name no one.
     */
    private Roles.Found purposeTargets(Sentence s, int verb) {
        int purpose = purposeWithoutEvent(s, verb);
        if (purpose < 0) return new Roles.Found(List.of(), List.of(), "");
        Roles.Found inner = Roles.ofVerb(s, purpose);
        return new Roles.Found(List.of(), inner.targets(), "target=purpose(" + inner.how() + ")");
    }

    /** The verb's to-infinitive purpose or complement when it is no dictionary event itself, else -1. */
    private int purposeWithoutEvent(Sentence s, int verb) {
        for (Dependency d : s.outgoing(verb)) {
            if ((d.relation().equals("xcomp") || d.relation().equals("advcl:to")) && s.token(d.dependent()).isVerb()
                    && trigger(s, s.token(d.dependent())) == null) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The head of the verb's that-clause when it has no object and the clause codes no event, else -1. */
    private int complementWithoutEvent(Sentence s, Token t) {
        if (!t.isVerb() || Attribution.isSpeechVerb(t.lemma()) || !Graph.dependents(s, t.index(), "obj").isEmpty()) {
            return -1;
        }
        List<Integer> clauses = Graph.dependents(s, t.index(), "ccomp");
        if (clauses.size() != 1) return -1;
        int clause = clauses.get(0);
        return trigger(s, s.token(clause)) == null ? clause : -1;
    }

    private boolean carriesOutItsObject(Sentence s, Token verb, Coding coding) {
        for (int obj : Graph.dependents(s, verb.index(), "obj")) {
            Trigger noun = trigger(s, s.token(obj));
            if (noun == null || !noun.noun()) continue;
            Coding nounCoding = coding(noun, s, obj);
            if (nounCoding != null && nounCoding.code().substring(0, 2).equals(coding.code().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** A dictionary verb or event noun at this token, with the senses that may code it. */
    private record Trigger(boolean noun, String lemma, List<VerbLexicon.Sense> senses) {
    }

    private Trigger trigger(Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.isVerb()) {
            for (Dependency d : s.outgoing(t.index())) {
                if (d.relation().equals("compound:prt")) {
                    String phrasal = lemma + " " + s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                    List<VerbLexicon.Sense> senses = lexicon.lookup(phrasal);
                    if (!senses.isEmpty()) return new Trigger(false, phrasal, senses);
                }
            }
            if (!particleObjects(s, t.index()).isEmpty()) {
                String phrasal = lemma + " " + s.token(t.index() + 1).word().toLowerCase(Locale.ROOT);
                List<VerbLexicon.Sense> senses = lexicon.lookup(phrasal);
                if (!senses.isEmpty()) return new Trigger(false, phrasal, senses);
            }
            // A dictionary may list an inflected form as a verb of its own ("LEFT" for departures, apart
            // from "LEAVE"): the form as written wins over its lemma.
            String written = t.word().toLowerCase(Locale.ROOT);
            List<VerbLexicon.Sense> asWritten = written.equals(lemma) ? List.of() : lexicon.lookup(written);
            if (!asWritten.isEmpty()) return new Trigger(false, written, asWritten);
            List<VerbLexicon.Sense> senses = lexicon.lookup(lemma);
            return senses.isEmpty() ? null : new Trigger(false, lemma, senses);
        }
        if (t.isNoun()) {
            boolean compound = t.index() > 0 && Graph.dependents(s, t.index(), "compound").contains(t.index() - 1);
            Optional<String> verb = nounVerb(compound ? s.token(t.index() - 1) : null, t);
            if (verb.isPresent()) {
                List<VerbLexicon.Sense> senses = lexicon.lookup(verb.get());
                if (!senses.isEmpty()) return new Trigger(true, verb.get(), senses);
            }
        }
        return null;
    }

    /**
     * The verb an event noun stands for, trying first the two-word noun it ends ("an air strike") when the word
     * before it is given, then the noun's lemma and its written form.
     */
    private Optional<String> nounVerb(Token before, Token noun) {
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        Optional<String> twoWords = before == null ? Optional.empty()
                : nouns.verbFor(before.word().toLowerCase(Locale.ROOT) + " " + lemma);
        return twoWords.or(() -> nouns.verbFor(lemma)).or(() -> nouns.verbFor(noun.word()));
    }

    /**
     * "cordoned off the roads", parsed as a prepositional phrase "off the roads" right after the verb: its noun is
     * the phrasal verb's object when the dictionary has the phrasal verb.
     */
    private static List<Integer> particleObjects(Sentence s, int verb) {
        if (verb + 1 >= s.tokens().size()) return List.of();
        List<Integer> objects = new ArrayList<>();
        for (Dependency d : s.outgoing(verb)) {
            if (!d.base().equals("obl") || !d.subtype().equals(s.token(verb + 1).word().toLowerCase(Locale.ROOT))) continue;
            if (Graph.dependents(s, d.dependent(), "case").contains(verb + 1)) objects.add(d.dependent());
        }
        return objects;
    }

    /**
     * The code chosen for a trigger and the rule that chose it; amongBefore/amongAfter mark a compound-actor
     * pattern (%), whose members act on each other ("Arnor and Gondor agreed": each agreed with the other).
     */
    private record Coding(String code, String pairedCode, String ruleText, boolean amongBefore, boolean amongAfter,
                          Set<String> targetPreps, Set<String> sourcePreps, boolean subjectIsTarget,
                          Map<String, Integer> skippedPreps) {
        Coding(String code, String pairedCode, String ruleText) {
            this(code, pairedCode, ruleText, false, false, Set.of(), Set.of(), false, Map.of());
        }

        String rule(Roles.Found roles) {
            return ruleText + (roles.how().isEmpty() ? "" : "; " + roles.how());
        }
    }

    /**
     * A matching pattern of any sense wins over every default code; among senses, later dictionary
     * definitions (Sitrep's own, a user's) come first.
     */
    private Coding coding(Trigger trigger, Sentence s, int t, EventTrace trace) {
        Coding c = coding(trigger, s, t);
        if (trace.enabled()) {
            PatternSelector.Context context = context(s, t);
            for (VerbLexicon.Sense sense : trigger.senses()) {
                for (String line : patterns.explain(sense.block().patterns(), context)) {
                    trace.note("  " + sense.block().name() + " " + line);
                }
            }
            trace.note(c == null ? "  no code: no pattern matched and the block codes nothing by itself ([---]), "
                    + "or the matching pattern says no event" : "  code " + c.code()
                    + (c.pairedCode() == null ? "" : " and paired " + c.pairedCode()) + " by " + c.ruleText());
        }
        return c;
    }

    private Coding coding(Trigger trigger, Sentence s, int t) {
        PatternSelector.Context context = context(s, t);
        List<VerbLexicon.Sense> senses = new ArrayList<>(trigger.senses());
        java.util.Collections.reverse(senses);
        String kind = trigger.noun() ? "noun" : "verb";
        List<PatternSelector.Choice> choices = senses.stream()
                .map(sense -> patterns.choose(sense.block().patterns(), context)).toList();
        int bestIndex = -1;
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).score() > (bestIndex < 0 ? 0 : choices.get(bestIndex).score())) bestIndex = i;
        }
        if (bestIndex >= 0) {
            VerbPattern p = choices.get(bestIndex).best();
            if (p.code() == null) return null;
            return new Coding(p.code(), p.pairedCode(),
                    kind + " " + trigger.lemma() + " [" + senses.get(bestIndex).block().name() + "] pattern " + p.origin(),
                    PatternSelector.compound(p.before()), PatternSelector.compound(p.after())
                    || p.preps().stream().anyMatch(pp -> PatternSelector.compound(pp.object())),
                    markedPreps(p, Term.Target.class), markedPreps(p, Term.Source.class),
                    p.before().stream().anyMatch(x -> x instanceof Term.Target), skippedPreps(p));
        }
        for (int i = 0; i < senses.size(); i++) {
            VerbLexicon.Sense sense = senses.get(i);
            VerbPattern p = choices.get(i).catchAll();
            if (p != null) {
                if (p.code() == null) return null;
                return new Coding(p.code(), p.pairedCode(),
                        kind + " " + trigger.lemma() + " [" + sense.block().name() + "] pattern " + p.origin());
            }
            String code = sense.defaultCode();
            if (code != null) {
                String paired = null;
                int colon = code.indexOf(':');
                if (colon >= 0) {
                    paired = code.substring(colon + 1);
                    code = code.substring(0, colon);
                }
                return new Coding(code, paired == null || paired.isEmpty() ? null : paired,
                        kind + " " + trigger.lemma() + " [" + sense.block().name() + "] " + sense.verb().origin());
            }
        }
        return null;
    }

    /**
     * The prepositions a pattern locates a role with: its prepositional phrases ("(from $)" for the source, the
     * others for the target) and a word right before the role's marker ("* THEIR ^ ABOUT +", "+ * FROM $").
     */
    private static Set<String> markedPreps(VerbPattern p, Class<? extends Term> marker) {
        Set<String> preps = new HashSet<>();
        for (org.sitrep.dictionaries.verb.PrepPhrase pp : p.preps()) {
            boolean source = pp.object().stream().anyMatch(x -> x instanceof Term.Source);
            if (source == (marker == Term.Source.class)) {
                preps.add(org.sitrep.dictionaries.PhraseKey.token(pp.preposition()).replace(' ', '_'));
            }
        }
        for (int i = 0; i + 1 < p.after().size(); i++) {
            if (p.after().get(i) instanceof Term.Word w && marker.isInstance(p.after().get(i + 1))) {
                preps.add(org.sitrep.dictionaries.PhraseKey.token(w.word()).replace(' ', '_'));
            }
        }
        return preps;
    }

    /** "* AT ^ +": prepositions whose phrase the pattern skips, with how many phrases (^) lie before the target. */
    private static Map<String, Integer> skippedPreps(VerbPattern p) {
        Map<String, Integer> preps = new HashMap<>();
        List<Term> after = p.after();
        for (int i = 0; i + 2 < after.size(); i++) {
            if (!(after.get(i) instanceof Term.Word w)) continue;
            int j = i + 1;
            while (j < after.size() && after.get(j) instanceof Term.Marker m && m.symbol().equals("^")) j++;
            if (j > i + 1 && j < after.size() && after.get(j) instanceof Term.Target) {
                preps.put(org.sitrep.dictionaries.PhraseKey.token(w.word()).replace(' ', '_'), j - i - 1);
            }
        }
        return preps;
    }

    /**
     * "+ * FROM $": "Ithilen's militia was freed from Barad-dur" was done by Barad-dur, to the subject. The
     * pattern moves the roles only when the sentence has the phrase it names.
     */
    private static Roles.Found markedRoles(Sentence s, int trigger, Roles.Found roles, Coding coding) {
        if (coding.sourcePreps().isEmpty()) return roles;
        List<Integer> sources = new ArrayList<>();
        for (Dependency d : s.outgoing(trigger)) {
            if (d.base().equals("obl") && coding.sourcePreps().contains(d.subtype())) sources.add(d.dependent());
        }
        if (sources.isEmpty()) return roles;
        List<Integer> targets = new ArrayList<>(roles.targets());
        if (coding.subjectIsTarget()) {
            targets.removeAll(sources);
            for (Dependency d : s.outgoing(trigger)) {
                if (d.base().equals("nsubj") && !targets.contains(d.dependent())) targets.add(0, d.dependent());
            }
        }
        targets.removeAll(sources);
        return new Roles.Found(sources, targets, roles.how() + " source=pattern:" + String.join("|", coding.sourcePreps()));
    }

    /** Whether the trigger's dependents of this kind are several ("Arnor and Gondor agreed"). */
    private static boolean coordinated(Sentence s, int t, String base) {
        int heads = 0;
        for (Dependency d : s.outgoing(t)) {
            if (!d.base().equals(base)) continue;
            heads++;
            for (Dependency c : s.outgoing(d.dependent())) {
                if (c.base().equals("conj")) heads++;
            }
        }
        return heads >= 2;
    }

    private static boolean isCatchAll(VerbPattern p) {
        return p.before().isEmpty() && p.after().isEmpty() && p.preps().isEmpty();
    }

    /**
     * What patterns see around a trigger: its subject before, its object (or that-clause) after, its
     * prepositional phrases. For an event noun, its modifiers ("a drone attack") are not its object and stay out.
     */
    private PatternSelector.Context context(Sentence s, int t) {
        boolean noun = s.token(t).isNoun();
        BitSet before = new BitSet();
        BitSet after = new BitSet();
        BitSet heads = new BitSet();
        Map<String, WordBag> preps = new HashMap<>();
        for (Dependency d : s.outgoing(t)) {
            String base = d.base();
            BitSet phrase = Graph.phrase(s, d.dependent());
            if (base.equals("nsubj") || base.equals("csubj") || base.equals("obl") && d.subtype().equals("agent")) {
                before.or(phrase);
                for (int loose : Graph.dependents(s, d.dependent(), "dep")) {
                    // CoreNLP's "[Eriador]'s death and injury toll has risen": nouns it left hanging off the
                    // subject still stand before the verb in its noun phrase ("- DEATH TOLL *").
                    if (loose < t && s.token(loose).isNoun()) before.or(Graph.phrase(s, loose));
                }
            } else if (base.equals("obj") || base.equals("iobj") || base.equals("xcomp")) {
                after.or(phrase);
                heads.set(d.dependent());
            } else if (!noun && (base.equals("aux") || base.equals("advmod") || base.equals("cop"))
                    && d.dependent() < t) {
                before.or(phrase); // "didn't clash": patterns name the auxiliaries before the verb
            } else if (!noun && (d.relation().equals("compound:prt") || base.equals("advmod"))) {
                after.or(phrase);
            } else if (!noun && base.equals("dep") && d.dependent() > t && s.token(d.dependent()).pos().equals("VBN")) {
                after.or(phrase); // CoreNLP's "welcomed [cultural memos sent by Bree]" as a dep clause
                for (int subject : Graph.dependents(s, d.dependent(), "nsubj")) after.or(Graph.phrase(s, subject));
            } else if (noun && d.relation().equals("nmod:of")) {
                after.or(phrase); // "the invasion of Iraq": the noun's object
                heads.set(d.dependent());
            }
            if ((base.equals("obl") || base.equals("nmod")) && !d.subtype().isEmpty()) {
                BitSet head = new BitSet();
                head.set(d.dependent());
                preps.put(d.subtype(), WordBag.of(s, phrase, head));
                after.or(phrase);
            }
        }
        if (!noun) {
            // "called on Israel to stop", parsed as a particle and an object: the pattern "* (on)" names that phrase
            for (int particle : Graph.dependents(s, t, "compound:prt")) {
                for (int object : Graph.dependents(s, t, "obj")) {
                    if (object < particle) continue;
                    BitSet head = new BitSet();
                    head.set(object);
                    preps.putIfAbsent(s.token(particle).word().toLowerCase(Locale.ROOT),
                            WordBag.of(s, Graph.phrase(s, object), head));
                }
            }
        }
        Dependency up = noun ? null : s.governorEdge(t);
        if (up != null && up.relation().equals("ccomp") && up.governor() < t) {
            before.set(up.governor()); // "- INDICATED * [123]": the verb that reports this one
        }
        if (up != null && up.relation().equals("xcomp") && up.governor() < t && s.token(up.governor()).isVerb()) {
            // "unexpectedly won't try to clash": the auxiliaries and adverbs of the verb it completes
            before.set(up.governor());
            for (Dependency d : s.outgoing(up.governor())) {
                if ((d.base().equals("aux") || d.base().equals("advmod")) && d.dependent() < up.governor()) {
                    before.or(Graph.phrase(s, d.dependent()));
                }
            }
        }
        int clause = complementWithoutEvent(s, s.token(t));
        if (clause >= 0) after.or(Graph.phrase(s, clause)); // "allowed that Mordor isn't a really pleasant place"
        int purpose = noun ? -1 : purposeWithoutEvent(s, t);
        if (purpose >= 0) after.or(Graph.phrase(s, purpose)); // "vowed to wage war"
        return new PatternSelector.Context(WordBag.of(s, before, heads), WordBag.of(s, after, heads), preps,
                coordinated(s, t, "nsubj"), coordinated(s, t, "obj") || coordinated(s, t, "obl"));
    }

    /** A verb's actors as filled so far, with how their roles were found. */
    private record Filled(List<ActorRef> sources, List<ActorRef> targets, Roles.Found roles) {
        Filled withTargets(List<ActorRef> found, String how) {
            return new Filled(sources, found, appended(how));
        }

        Filled withSources(List<ActorRef> found, List<ActorRef> newTargets, String how) {
            return new Filled(found, newTargets, appended(how));
        }

        private Roles.Found appended(String how) {
            return new Roles.Found(roles.sources(), roles.targets(), roles.how() + " " + how);
        }
    }

    /**
     * When a verb's own roles name no one to act on, the first of these that finds coded actors fills its
     * target: the parties of the situation it happens in, its purpose, its other phrases, the subject of its
     * object's that-clause, whoever made its object.
     * Each looks further from the verb than the last, so it is tried only when the nearer ones found no one.
     */
    private Filled withFallbackTargets(String text, Sentence s, Token t, Coding coding, List<ActorMention> actors,
                                       Filled f) {
        if (coded(f.targets()).isEmpty()) f = orSame(f, partiesOfSituation(s, t, actors, f));
        if (coded(f.targets()).isEmpty()) f = orSame(f, purpose(text, s, t, actors, f));
        if (onlyThemselves(f.sources(), f.targets()) && !hasObject(s, t.index())) {
            f = orSame(f, otherPhrases(text, s, t, coding, actors, f));
        }
        if (onlyThemselves(f.sources(), f.targets())) f = orSame(f, thatClauseSubject(text, s, t, actors, f));
        if (onlyThemselves(f.sources(), f.targets()) && ModalityDetector.isRequestVerb(t.lemma())
                && !Attribution.isSpeechVerb(t.lemma())) {
            f = orSame(f, whoIsAsked(text, s, t, actors, f));
        }
        if (onlyThemselves(f.sources(), f.targets())) f = orSame(f, objectMaker(text, s, t, actors, f));
        if (onlyThemselves(f.sources(), f.targets())) f = orSame(f, whereObjectLeads(text, s, f, actors));
        if (onlyThemselves(f.sources(), f.targets()) && Attribution.isSpeechVerb(t.lemma())) {
            f = orSame(f, partiesOfStatement(text, s, t, actors, f));
        }
        return f;
    }

    /**
     * "Gondor said an embargo against the Mordor police would not work": a statement whose clause codes no event
     * of its own is about the parties its subject and object are about.
     */
    private Filled partiesOfStatement(String text, Sentence s, Token t, List<ActorMention> actors, Filled f) {
        if (coded(f.sources()).isEmpty()) return null; // "he said ..." about someone is no event of anyone's
        List<ActorRef> parties = new ArrayList<>();
        for (int clause : Graph.dependents(s, t.index(), "ccomp")) {
            Trigger inner = trigger(s, s.token(clause));
            if (inner != null && coding(inner, s, clause) != null) continue;
            for (Dependency d : s.outgoing(clause)) {
                if (!d.relation().equals("nsubj") && !d.relation().equals("obj")) continue;
                if (actorFor(s, d.dependent(), actors) != null) continue;
                for (ActorMention p : partiesBehind(s, d.dependent(), actors)) {
                    parties.add(new ActorRef(p.code(), p.text(), p.span()));
                }
            }
        }
        return parties.isEmpty() ? null : f.withTargets(parties, "target=ccomp(parties)");
    }

    /** Prepositions of a participle that say where its noun leads ("the roads leading into Mordor"). */
    private static final Set<String> LEADING_PREPS = Set.of("into", "to", "toward", "towards");

    /** "cordoned off the roads leading into Mordor": where the object leads is whom the act is aimed at. */
    private static Filled whereObjectLeads(String text, Sentence s, Filled f, List<ActorMention> actors) {
        List<Integer> heads = new ArrayList<>();
        for (int target : f.roles().targets()) {
            for (int participle : Graph.dependents(s, target, "acl")) {
                if (participle < target || !s.token(participle).pos().equals("VBG")) continue;
                for (Dependency d : s.outgoing(participle)) {
                    if (d.base().equals("obl") && LEADING_PREPS.contains(d.subtype())) heads.add(d.dependent());
                }
            }
        }
        List<ActorRef> reached = coded(refs(text, s, heads, actors, -1));
        return reached.isEmpty() ? null : f.withTargets(reached, "target=obj:acl:obl");
    }

    private static Filled orSame(Filled f, Filled found) {
        return found == null ? f : found;
    }

    /** "has risen in the dispute with Osgiliath": the parties of the situation the verb happens in. */
    private static Filled partiesOfSituation(Sentence s, Token t, List<ActorMention> actors, Filled f) {
        List<ActorRef> parties = new ArrayList<>();
        for (int in : Graph.dependents(s, t.index(), "obl:in")) {
            if (actorFor(s, in, actors) != null) continue;
            for (ActorMention p : partiesBehind(s, in, actors)) {
                parties.add(new ActorRef(p.code(), p.text(), p.span()));
            }
        }
        return parties.isEmpty() ? null : f.withTargets(parties, "target=obl:in(party)");
    }

    private Filled purpose(String text, Sentence s, Token t, List<ActorMention> actors, Filled f) {
        Roles.Found aimed = purposeTargets(s, t.index());
        List<ActorRef> found = coded(refs(text, s, aimed.targets(), actors, -1));
        return found.isEmpty() ? null : f.withTargets(found, aimed.how());
    }

    /**
     * "departs from Libya", and for a visit with its host "arrived in Gondor": a verb without an object takes
     * its other phrases.
     */
    private static Filled otherPhrases(String text, Sentence s, Token t, Coding coding, List<ActorMention> actors,
                                       Filled f) {
        List<Integer> heads = new ArrayList<>();
        for (Dependency d : s.outgoing(t.index())) {
            if (d.base().equals("obl") && (ARGUMENT_PREPS.contains(d.subtype())
                    || coding.pairedCode() != null && HOST_PREPS.contains(d.subtype()))) {
                heads.add(d.dependent());
            }
        }
        List<ActorRef> argued = coded(refs(text, s, heads, actors, -1));
        if (argued.isEmpty()) return null;
        // "+ * MONEY $": "Eriador received money from Osgiliath" names the giver in its phrase.
        return coding.subjectIsTarget() ? f.withSources(argued, f.sources(), "source=obl(argument)")
                : f.withTargets(argued, "target=obl(argument)");
    }

    /** "expressed hopes that Osgiliath could be drawn into the peace process": whom the hope is about. */
    private static Filled thatClauseSubject(String text, Sentence s, Token t, List<ActorMention> actors, Filled f) {
        List<Integer> heads = new ArrayList<>();
        for (int o : Graph.dependents(s, t.index(), "obj")) {
            for (int clause : Graph.dependents(s, o, "ccomp")) {
                heads.addAll(Graph.dependents(s, clause, "nsubj"));
                heads.addAll(Graph.dependents(s, clause, "nsubj:pass"));
            }
        }
        List<ActorRef> about = coded(refs(text, s, heads, actors, -1));
        return about.isEmpty() ? null : f.withTargets(about, "target=obj:ccomp:nsubj");
    }

    /** "demanded that Ankara halt its operations": the demand is made of the clause's subject. */
    private static Filled whoIsAsked(String text, Sentence s, Token t, List<ActorMention> actors, Filled f) {
        List<Integer> heads = new ArrayList<>();
        for (int clause : Graph.dependents(s, t.index(), "ccomp")) heads.addAll(Graph.dependents(s, clause, "nsubj"));
        List<ActorRef> asked = coded(refs(text, s, heads, actors, -1));
        return asked.isEmpty() ? null : f.withTargets(asked, "target=ccomp:nsubj(asked)");
    }

    /** "rejected the proposal made by Iran": whoever made the object is the party dealt with. */
    private static Filled objectMaker(String text, Sentence s, Token t, List<ActorMention> actors, Filled f) {
        List<Integer> participles = new ArrayList<>();
        for (int o : Graph.dependents(s, t.index(), "obj")) participles.addAll(Graph.dependents(s, o, "acl"));
        for (int p : Graph.dependents(s, t.index(), "dep")) {
            // CoreNLP's "welcomed [memos sent by Bree]": a dep participle with the object as its subject
            if (!Graph.dependents(s, p, "nsubj").isEmpty()) participles.add(p);
        }
        List<Integer> heads = new ArrayList<>();
        for (int p : participles) {
            if (p < t.index() || !s.token(p).pos().equals("VBN")) continue;
            heads.addAll(Graph.dependents(s, p, "obl:by"));
            heads.addAll(Graph.dependents(s, p, "obl:agent"));
        }
        List<ActorRef> makers = coded(refs(text, s, heads, actors, -1));
        return makers.isEmpty() ? null : f.withTargets(makers, "target=participle:by");
    }

    /**
     * Actor refs for role heads: the actor covering the head, else the nearest one in its noun phrase.
     * Unresolved heads are kept as text (code null) so users see what was not coded, except the
     * modifiers before an event noun ("a recent rocket attack") and pronouns, which name no one.
     */
    private static List<ActorRef> refs(String text, Sentence s, List<Integer> heads, List<ActorMention> actors,
                                       int eventNoun) {
        return refs(text, s, heads, actors, eventNoun, true);
    }

    /**
     * As above; placed says whether a role noun naming no one may stand for the place it is in. It may for a
     * target ("criticized the closure of guest houses in Bree"), never for a source ("Analysts in Nairobi said"
     * are not Kenya).
     */
    private static List<ActorRef> refs(String text, Sentence s, List<Integer> heads, List<ActorMention> actors,
                                       int eventNoun, boolean placed) {
        List<ActorRef> out = new ArrayList<>();
        // Parties reached through a role noun ("ties with Gondor") count only when no head names an actor itself:
        // "left for Minas Tirith ... for meetings with Arnor" went to Minas Tirith.
        List<ActorMention> direct = heads.stream().map(h -> {
            ActorMention m = actorFor(s, h, actors);
            return m != null && ownerPronoun(s, h, m) && !partnersOf(s, h, actors).isEmpty() ? null : m;
        }).toList();
        boolean anyDirect = direct.stream().anyMatch(java.util.Objects::nonNull);
        for (int i = 0; i < heads.size(); i++) {
            int h = heads.get(i);
            ActorMention m = direct.get(i);
            Token head = s.token(h);
            List<ActorMention> partners = m == null && !anyDirect
                    ? placed ? partnersOf(s, h, actors) : partiesBehind(s, h, actors)
                    : List.of();
            if (m != null) {
                for (ActorMention same : coveringAlike(s, h, m, actors)) {
                    out.add(new ActorRef(same.code(), same.text(), same.span()));
                }
            } else if (!partners.isEmpty()) {
                for (ActorMention p : partners) out.add(new ActorRef(p.code(), p.text(), p.span()));
            } else if (!(eventNoun >= 0 && h < eventNoun) && !head.pos().startsWith("W")
                    && !head.pos().startsWith("PRP")) {
                out.add(new ActorRef(null, headText(text, s, h), head.span()));
            }
        }
        return out;
    }

    /**
     * "left for Minas Tirith ... for talks with Arnor" matched "* (FOR)": the pattern names where its target is,
     * so other prepositional phrases are not targets. Without such a pattern every target role counts.
     */
    private static List<Integer> patternTargets(Sentence s, int trigger, List<Integer> heads, Coding coding) {
        for (Dependency d : s.outgoing(trigger)) {
            Integer skipped = coding.skippedPreps().get(d.subtype());
            if (!d.base().equals("obl") || skipped == null) continue;
            // "warned at the Gondor of the Prince": the noun phrases after the skipped phrase's own words
            int end = d.dependent();
            for (Dependency m : s.outgoing(d.dependent())) {
                if (Set.of("det", "amod", "compound", "flat", "nummod").contains(m.base())) {
                    end = Math.max(end, Graph.phrase(s, m.dependent()).length() - 1);
                }
            }
            int phrases = 1;
            for (int k = end + 1; k < s.tokens().size(); k++) {
                if (s.token(k).isVerb() || s.token(k).pos().equals(",")) break;
                if (!s.token(k).isNoun() || k > end + 1 && s.token(k - 1).isNoun()) continue;
                if (phrases == skipped) return List.of(k);
                phrases++;
            }
        }
        if (coding.targetPreps().isEmpty()) return heads;
        List<Integer> named = new ArrayList<>();
        for (int h : heads) {
            for (Dependency d : s.incoming(h)) {
                if (d.governor() == trigger && coding.targetPreps().contains(d.subtype())) named.add(h);
            }
        }
        return named.isEmpty() ? heads : named;
    }

    private static List<ActorRef> coded(List<ActorRef> refs) {
        return refs.stream().filter(EventCoder::hasCode).toList();
    }

    private static List<ActorRef> preferCoded(List<ActorRef> refs) {
        List<ActorRef> coded = refs.stream().filter(EventCoder::hasCode).toList();
        return coded.isEmpty() ? refs : coded;
    }

    /** Prepositions that, after a verb without an object, mark the party it deals with rather than a setting. */
    private static final Set<String> ARGUMENT_PREPS = Set.of("from", "with_respect_to", "regarding", "concerning");
    /** Where a visit happens is its host: these count only for codes paired with a reply (032:033). */
    private static final Set<String> HOST_PREPS = Set.of("in", "inside", "within");

    /** Whether no target has a code other than a source's ("on his visit" is the subject again). */
    private static boolean onlyThemselves(List<ActorRef> sources, List<ActorRef> targets) {
        Set<String> own = new HashSet<>();
        for (ActorRef r : coded(sources)) own.add(r.code());
        return coded(targets).stream().allMatch(r -> own.contains(r.code()));
    }

    private static boolean hasObject(Sentence s, int v) {
        return s.outgoing(v).stream().anyMatch(d -> d.relation().equals("obj") || d.relation().equals("iobj")
                || d.relation().equals("nsubj:pass") || d.relation().equals("ccomp") || d.relation().equals("xcomp"));
    }

    /** Prepositions whose object is the party a role noun relates to ("ties with Gondor", "talks between X and Y"). */
    private static final Set<String> PARTNER_PREPS = Set.of("with", "between", "among", "to", "against", "by", "on", "about",
            "of", "toward", "towards", "from");
    /** Deeper down, only prepositions that name a party, not a place ("posts of the resistance on the border"). */
    private static final Set<String> DEEP_PARTNER_PREPS = Set.of("with", "between", "among", "against", "to");

    /**
     * The actors a role noun that names no one is about: "restore ties with Gondor" has Gondor as its target.
     * Searched through prepositional modifiers and their conjuncts, nearest first, two levels deep; failing
     * those, the place the noun is in ("criticized the closure of guest houses in Bree").
     */
    private static List<ActorMention> partnersOf(Sentence s, int head, List<ActorMention> actors) {
        List<ActorMention> parties = partiesBehind(s, head, actors);
        if (!parties.isEmpty() || GATHERINGS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) return parties;
        return partnersOf(s, head, actors, List.of(Set.of("in")));
    }

    /** The parties a role noun is about through its prepositions ("ties with Gondor"), not the place it is in. */
    private static List<ActorMention> partiesBehind(Sentence s, int head, List<ActorMention> actors) {
        return partnersOf(s, head, actors, List.of(PARTNER_PREPS, DEEP_PARTNER_PREPS));
    }

    /** Nouns whose "in" phrase is where people gathered ("talks in Brussels"), not whom they dealt with. */
    private static final Set<String> GATHERINGS = Set.of("talk", "talks", "meeting", "conference", "summit", "session",
            "negotiation", "negotiations", "visit", "ceremony", "forum", "gathering", "round");

    /** Partners through the given prepositions, one set per level. */
    private static List<ActorMention> partnersOf(Sentence s, int head, List<ActorMention> actors,
                                                 List<Set<String>> prepsByDepth) {
        List<Integer> frontier = List.of(head);
        for (Set<String> preps : prepsByDepth) {
            List<Integer> next = new ArrayList<>();
            for (int t : frontier) {
                for (Dependency d : s.outgoing(t)) {
                    if (d.base().equals("nmod") && preps.contains(d.subtype())) next.add(d.dependent());
                }
            }
            List<ActorMention> found = new ArrayList<>();
            for (int t : next) {
                List<Integer> withConjuncts = new ArrayList<>(List.of(t));
                for (Dependency d : s.outgoing(t)) {
                    if (d.base().equals("conj")) withConjuncts.add(d.dependent());
                }
                for (int c : withConjuncts) {
                    ActorMention m = actorFor(s, c, actors);
                    if (m == null) continue;
                    for (ActorMention joint : jointly(m, actors)) {
                        if (!found.contains(joint)) found.add(joint);
                    }
                }
            }
            if (!found.isEmpty()) return found;
            frontier = next;
        }
        return List.of();
    }

    /** The actor found for a head, with the others composed on the same role ("ambassadors of A, B and C"). */
    private static List<ActorMention> coveringAlike(Sentence s, int head, ActorMention found, List<ActorMention> actors) {
        List<ActorMention> out = new ArrayList<>();
        out.add(found);
        if (!found.covers(head)) {
            // "Eriadori and Calenardhon leaders": each coordinated modifier names its own party.
            for (Dependency d : s.outgoing(head)) {
                if (!d.base().equals("compound") && !d.base().equals("amod")) continue;
                if (found.covers(d.dependent()) || !coordinatedWith(s, d.dependent(), found)) continue;
                for (ActorMention other : actors) {
                    if (!other.agentOnly() && other.code() != null && other.covers(d.dependent())
                            && out.stream().noneMatch(o -> o.code().equals(other.code()))) {
                        out.add(other);
                    }
                }
            }
            return out;
        }
        for (ActorMention other : actors) {
            if (other != found && !other.agentOnly() && other.covers(head)
                    && out.stream().noneMatch(o -> o.code().equals(other.code()))) {
                out.add(other);
            }
        }
        return out;
    }

    private static boolean coordinatedWith(Sentence s, int token, ActorMention m) {
        for (Dependency d : s.incoming(token)) {
            if (d.base().equals("conj") && m.covers(d.governor())) return true;
        }
        for (Dependency d : s.outgoing(token)) {
            if (d.base().equals("conj") && m.covers(d.dependent())) return true;
        }
        return false;
    }

    /**
     * "rescheduled his trip in the White Downs": a possessive pronoun that owns the phrase names an actor
     * already in the sentence, so a party the phrase names otherwise comes first.
     */
    private static boolean ownerPronoun(Sentence s, int head, ActorMention m) {
        if (m.covers(head) || m.firstToken() != m.lastToken() || !s.token(m.firstToken()).pos().equals("PRP$")) {
            return false;
        }
        for (int owner = head; ; ) { // "his gardener's license": possessives all the way down
            List<Integer> poss = Graph.dependents(s, owner, "nmod:poss");
            if (poss.isEmpty()) return false;
            owner = poss.get(0);
            if (owner == m.firstToken()) return true;
        }
    }

    /** The mention with those of the same words, which name several actors at once ("the Shire"). */
    private static List<ActorMention> jointly(ActorMention m, List<ActorMention> actors) {
        return actors.stream().filter(o -> o == m || !o.agentOnly() && o.firstToken() == m.firstToken()
                && o.lastToken() == m.lastToken() && o.resolvedBy().equals(m.resolvedBy())).toList();
    }

    static ActorMention actorFor(Sentence s, int head, List<ActorMention> actors) {
        ActorMention covering = null;
        for (ActorMention m : actors) {
            if (m.covers(head) && !m.agentOnly()) {
                if (m.firstToken() == head || m.lastToken() == head) return m;
                if (covering == null) covering = m;
            }
        }
        if (covering != null) return covering;
        BitSet phrase = Graph.nounPhrase(s, head);
        ActorMention best = null;
        for (ActorMention m : actors) {
            if (m.agentOnly() || !phrase.get(m.firstToken())) continue;
            if (best == null || gap(m, head) < gap(best, head)) best = m;
        }
        return best;
    }

    /**
     * How far a mention stands from a head, counted from its nearer end; at the same distance one before the head
     * comes first, its owner ("The UN special envoy for Yemen" is the UN's).
     */
    private static double gap(ActorMention m, int head) {
        return m.lastToken() < head ? head - m.lastToken() : m.firstToken() - head + 0.5;
    }

    private static String headText(String text, Sentence s, int h) {
        int first = h;
        int last = h;
        for (Dependency d : s.outgoing(h)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("amod") || r.equals("det") || r.equals("nummod")
                    || r.equals("nmod:poss")) {
                first = Math.min(first, d.dependent());
                last = Math.max(last, d.dependent());
            }
        }
        // "Gryffindor's head Minerva McGonagall": a name set right after the head, with no comma, is its name.
        for (Dependency d : s.outgoing(h)) {
            if (!(d.relation().equals("appos") || d.relation().equals("dep")) || d.dependent() <= last) continue;
            BitSet name = Graph.nounPhrase(s, d.dependent());
            boolean adjacent = name.nextSetBit(0) == last + 1 && name.cardinality() == name.length() - last - 1
                    && name.stream().allMatch(i -> s.token(i).pos().startsWith("NNP"));
            if (adjacent) last = name.length() - 1;
        }
        return s.textOf(text, first, last);
    }

    /** A subject that is itself an event noun ("the attack killed") takes that noun's source. */
    private static List<ActorRef> inheritFromEventNouns(Sentence s, List<Integer> heads, List<ActorRef> refs,
                                                        Map<Integer, ActorRef> nounSources, String text,
                                                        List<ActorMention> actors) {
        List<ActorRef> out = new ArrayList<>(refs);
        for (int i = 0; i < heads.size() && i < out.size(); i++) {
            ActorRef inherited = nounSources.get(heads.get(i));
            if (inherited != null && (out.get(i) == null || out.get(i).code() == null)) out.set(i, inherited);
        }
        return out;
    }
}

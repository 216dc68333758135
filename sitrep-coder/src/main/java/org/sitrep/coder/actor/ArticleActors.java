package org.sitrep.coder.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.coder.modality.Attribution;

/**
 * The actor mentions of one article, sentence by sentence and date by date: dictionary matches, then
 * references resolved in context (pronouns, "the organization", "the Arab country") and roles composed
 * through the dependency graph ("its troops", "the government of Iraq").
 * An article names its actors once and then refers back to them; coding only names loses most events.
 */
public final class ArticleActors {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself");
    /** "its" only: "they" and "their" too often mean people no dictionary names ("the Democrats"). */
    private static final Set<String> GROUP_PRONOUNS = Set.of("its", "itself");
    private static final Set<String> REPORTED_PRONOUNS = Set.of("it", "they");
    private static final Set<String> DETERMINERS = Set.of("the", "that", "this", "these", "those");
    /** "its troops", "the government of Iraq", "soldiers from Gondor", "activists in Arnor". */
    private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "nmod:of", "nmod:from", "nmod:in");
    private static final int PRONOUN_WINDOW = 2;
    private static final int DESCRIPTION_WINDOW = 5;
    /** How far back "the agency" looks for an actor named with that word (the whole of most articles). */
    private static final int NAMED_DESCRIPTION_WINDOW = 40;
    /** Heads an institution's own name ends in, so that "the agency" is the one so named ("group" is too common). */
    private static final Set<String> INSTITUTION_HEADS = Set.of("agency", "organization", "organisation", "alliance",
            "council", "commission", "court", "union", "bloc", "mission", "fund", "programme", "program", "bank",
            "committee", "tribunal");

    private final ActorMatcher matcher;
    private final Descriptions descriptions;
    private final AnnotatedText doc;
    private final LocalDate published;
    private final Map<Integer, Map<LocalDate, List<ActorMention>>> named = new HashMap<>();
    private final Map<Integer, List<Reference>> references = new HashMap<>();
    private final Map<Integer, Map<LocalDate, List<ActorMention>>> resolved = new HashMap<>();

    /** A span that refers to an actor named elsewhere: the antecedent is found by its first token. */
    private record Reference(int sentence, int first, int last, int antecedentSentence, int antecedentToken,
                             String agent, String why) {
    }

    public ArticleActors(ActorMatcher matcher, Descriptions descriptions, AnnotatedText doc, LocalDate published) {
        this.matcher = matcher;
        this.descriptions = descriptions;
        this.doc = doc;
        this.published = published;
    }

    /** Every actor mention of a sentence, with codes as they were on the given date. */
    public List<ActorMention> in(int sentence, LocalDate date) {
        return resolved.computeIfAbsent(sentence, k -> new HashMap<>())
                .computeIfAbsent(date, d -> composeThroughDependencies(doc.sentences().get(sentence),
                        withReferences(sentence, d, references(sentence))));
    }

    /** Dictionary matches only, cached per sentence and date. */
    private List<ActorMention> named(int sentence, LocalDate date) {
        return named.computeIfAbsent(sentence, k -> new HashMap<>())
                .computeIfAbsent(date, d -> matcher.find(doc.sentences().get(sentence), doc.text(), d));
    }

    /** The named mentions of a sentence plus its references, each taking its antecedent's code on the date. */
    private List<ActorMention> withReferences(int sentence, LocalDate date, List<Reference> refs) {
        Sentence s = doc.sentences().get(sentence);
        List<ActorMention> out = new ArrayList<>(named(sentence, date));
        for (Reference r : refs) {
            List<ActorMention> pool = r.antecedentSentence() == sentence ? out : in(r.antecedentSentence(), date);
            ActorMention antecedent = null;
            for (ActorMention m : pool) {
                if (m.firstToken() == r.antecedentToken() && !m.agentOnly()) antecedent = m;
            }
            if (antecedent == null) continue;
            String code = r.agent() == null ? antecedent.code() : antecedent.code().substring(0, 3) + r.agent();
            out.add(new ActorMention(sentence, r.first(), r.last(), s.spanOf(r.first(), r.last()),
                    s.textOf(doc.text(), r.first(), r.last()), code, null,
                    r.why() + " \"" + antecedent.text() + "\" (sentence " + r.antecedentSentence() + ", "
                            + antecedent.resolvedBy() + ")"));
        }
        return out;
    }

    /** References of a sentence, found once (on the publication date) in article order. */
    private List<Reference> references(int sentence) {
        List<Reference> refs = references.get(sentence);
        if (refs == null) {
            refs = findReferences(sentence);
            references.put(sentence, refs);
        }
        return refs;
    }

    /**
     * Left to right, so that "the organization would increase its troops" resolves "the organization"
     * first and "its" to it.
     */
    private List<Reference> findReferences(int sentence) {
        Sentence s = doc.sentences().get(sentence);
        List<ActorMention> named = named(sentence, published);
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            if (covered(named, i)) continue;
            Reference r = description(sentence, s, i, out);
            if (r == null) r = reportedSubject(sentence, s, i, out);
            if (r == null) r = pronoun(sentence, s, i, out);
            if (r != null) {
                out.add(r);
                i = r.last();
            }
        }
        return out;
    }

    /**
     * "Ethiopia indicated it deplored Libya": "it", subject of what a verb reports, is that verb's subject when
     * the subject is a coded actor and no person; "he" likewise when it is a person or a role ("Egypt's president").
     */
    private Reference reportedSubject(int sentence, Sentence s, int i, List<Reference> earlier) {
        Token t = s.token(i);
        String word = t.word().toLowerCase(java.util.Locale.ROOT);
        boolean person = word.equals("he") || word.equals("she");
        if (!t.pos().equals("PRP") || !person && !REPORTED_PRONOUNS.contains(word)) return null;
        Dependency subject = s.governorEdge(i);
        if (subject == null || !subject.base().equals("nsubj")) return null;
        Dependency reported = s.governorEdge(subject.governor());
        if (reported == null || !reported.relation().equals("ccomp")) return null;
        for (Dependency d : s.outgoing(reported.governor())) {
            if (!d.relation().equals("nsubj")) continue;
            for (ActorMention m : withReferences(sentence, published, earlier)) {
                if (m.covers(d.dependent()) && m.lastToken() < i && !m.agentOnly() && m.code() != null
                        && (person ? isPerson(m) || m.code().length() > 3 : !isPerson(m))) {
                    return new Reference(sentence, i, i, sentence, m.firstToken(), null, "pronoun \"" + t.word()
                            + "\", subject of what \"" + s.token(reported.governor()).word() + "\" reports, refers to");
                }
            }
        }
        return null;
    }

    private Reference pronoun(int sentence, Sentence s, int i, List<Reference> earlier) {
        Token t = s.token(i);
        String word = t.word().toLowerCase(java.util.Locale.ROOT);
        if (!t.pos().startsWith("PRP")) return null;
        boolean person = PERSON_PRONOUNS.contains(word);
        if (!person && !GROUP_PRONOUNS.contains(word)) return null;
        int accuser = t.pos().equals("PRP$") ? accuserAbove(s, i) : -1;
        if (accuser >= 0) {
            // "Iran accused Israel of killing its scientist": the harm complained of is the accuser's own
            for (ActorMention m : withReferences(sentence, published, earlier)) {
                if (m.covers(accuser) && !m.agentOnly() && m.code() != null && person == isPerson(m)) {
                    return new Reference(sentence, i, i, sentence, m.firstToken(), null, "pronoun \"" + t.word()
                            + "\", in what its accuser charges, refers to");
                }
            }
        }
        return antecedent(sentence, i, i, PRONOUN_WINDOW, earlier, m -> person == isPerson(m), null,
                "pronoun \"" + t.word() + "\" refers to");
    }

    /** The subject of an accusation whose charged act holds this token ("accused Israel of killing its ..."), or -1. */
    private static int accuserAbove(Sentence s, int token) {
        int t = token;
        for (int climb = 0; climb < 6; climb++) {
            Dependency up = s.governorEdge(t);
            if (up == null) return -1;
            if (s.token(t).isVerb() && !Attribution.hasNoSubject(s, t)) return -1;
            if (Attribution.isAccusation(s, up)) {
                for (Dependency d : s.outgoing(up.governor())) {
                    if (d.relation().equals("nsubj")) return d.dependent();
                }
                return -1;
            }
            t = up.governor();
        }
        return -1;
    }

    private Reference description(int sentence, Sentence s, int i, List<Reference> earlier) {
        if (i == 0 || !DETERMINERS.contains(s.token(i - 1).word().toLowerCase(java.util.Locale.ROOT))) return null;
        for (Descriptions.Description d : descriptions.entries()) {
            List<String> words = d.words();
            if (i + words.size() > s.tokens().size() || !matchesAt(s, i, words)) continue;
            int last = i + words.size() - 1;
            if (last + 1 < s.tokens().size() && s.token(last + 1).isNoun()) continue; // "the state media"
            String why = "\"" + s.textOf(doc.text(), i - 1, last) + "\" (" + d.origin() + ") refers to";
            // "the agency" is first the International Atomic Energy Agency, if the window names it
            String head = words.get(words.size() - 1);
            Reference r = !INSTITUTION_HEADS.contains(head) ? null
                    : antecedent(sentence, i - 1, last, NAMED_DESCRIPTION_WINDOW, earlier,
                    m -> !isPerson(m) && d.fits(m.code()) && PhraseKey.words(m.text()).contains(head), d.agent(), why);
            if (r == null) {
                r = antecedent(sentence, i - 1, last, DESCRIPTION_WINDOW, earlier, m -> !isPerson(m) && d.fits(m.code()),
                        d.agent(), why);
            }
            if (r != null) return r;
        }
        return null;
    }

    private Reference antecedent(int sentence, int first, int last, int window, List<Reference> earlier,
                                 java.util.function.Predicate<ActorMention> fits, String agent, String why) {
        for (int k = sentence; k >= Math.max(0, sentence - window); k--) {
            List<ActorMention> candidates = k == sentence
                    ? withReferences(sentence, published, earlier) : in(k, published);
            ActorMention best = null;
            for (ActorMention m : candidates) {
                if (k == sentence && m.lastToken() >= first) continue;
                if (m.agentOnly() || m.code() == null || !fits.test(m)) continue;
                if (best == null || m.lastToken() > best.lastToken()) best = m;
            }
            if (best != null) return new Reference(sentence, first, last, k, best.firstToken(), agent, why);
        }
        return null;
    }

    private boolean isPerson(ActorMention m) {
        Sentence s = doc.sentences().get(m.sentence());
        for (int t = m.firstToken(); t <= m.lastToken(); t++) {
            if ("PERSON".equals(s.token(t).ner())) return true;
        }
        return false;
    }

    private static boolean matchesAt(Sentence s, int start, List<String> words) {
        for (int w = 0; w < words.size(); w++) {
            if (!PhraseKey.token(s.token(start + w).word()).equals(words.get(w))
                    && !PhraseKey.token(s.token(start + w).lemma()).equals(words.get(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<ActorMention> mentions, int token) {
        for (ActorMention m : mentions) {
            if (m.covers(token) && !m.agentOnly()) return true;
        }
        return false;
    }

    /**
     * A bare role whose owner is named through the graph takes the owner's country: "its troops" after
     * "the United States", "the government of the Arab country".
     */
    private List<ActorMention> composeThroughDependencies(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            List<ActorMention> composed = new ArrayList<>();
            if (m.agentOnly()) {
                // Enhanced++ repeats the owner edge for each conjunct: "ambassadors of Arnor, Osgiliath and Gondor".
                for (int t = m.firstToken(); t <= m.lastToken(); t++) {
                    for (Dependency d : ownerEdges(s, t)) {
                        if (!OWNER_RELATIONS.contains(d.relation())) continue;
                        if (d.relation().equals("nmod:in") && postedAbroad(s, t, mentions)) continue;
                        ActorMention owner = owner(mentions, d.dependent());
                        if (owner == null || composed.stream().anyMatch(c -> c.code().startsWith(
                                owner.code().substring(0, 3)) && c.resolvedBy().contains("\"" + owner.text() + "\""))) {
                            continue;
                        }
                        int first = Math.min(m.firstToken(), owner.firstToken());
                        int last = Math.max(m.lastToken(), owner.lastToken());
                        composed.add(new ActorMention(m.sentence(), first, last, s.spanOf(first, last),
                                s.textOf(doc.text(), first, last),
                                formerly(s, m) ? owner.code() + "ELI" : m.agent().composeWith(owner.code().substring(0, 3)), null,
                                m.resolvedBy() + " + " + d.relation() + " owner \"" + owner.text() + "\" ("
                                        + owner.resolvedBy() + ")"));
                    }
                }
            }
            if (composed.isEmpty() && m.agentOnly()) {
                // "Danish media and government": a role coordinated with a country's role is that country's too.
                ActorMention partner = coordinatedCountryRole(s, mentions, m);
                if (partner != null) {
                    composed.add(new ActorMention(m.sentence(), m.firstToken(), m.lastToken(), m.span(), m.text(),
                            m.agent().composeWith(partner.code().substring(0, 3)), null,
                            m.resolvedBy() + " + conj of \"" + partner.text() + "\" (" + partner.resolvedBy() + ")"));
                }
            }
            if (composed.isEmpty()) out.add(m);
            else out.addAll(composed);
        }
        return out;
    }

    /** Roles whose holders are posted where they are: "a diplomat in Vienna" is not Austria's. */
    private static final Set<String> POSTED_ROLES = Set.of("diplomat", "envoy", "ambassador", "correspondent",
            "journalist", "reporter", "observer", "monitor", "delegate", "delegation", "mission", "embassy");

    /**
     * Whether "in PLACE" says where a role is posted rather than whose it is: a posted role, or one with its own
     * proper adjective or named owner ("a Western diplomat in Vienna", "a NATO spokeswoman in Brussels").
     */
    private static boolean postedAbroad(Sentence s, int role, List<ActorMention> mentions) {
        if (POSTED_ROLES.contains(s.token(role).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        for (Dependency d : s.outgoing(role)) {
            // "a NATO spokeswoman in Brussels", "a UN spokesman in New York": the role already has its owner
            if (d.relation().equals("compound") && owner(mentions, d.dependent()) != null
                    || d.relation().equals("compound") && mentions.stream().anyMatch(m -> m.covers(d.dependent())
                    && !m.agentOnly() && m.code() != null && m.code().startsWith("IGO"))) {
                return true;
            }
            int adjective = d.dependent();
            // capitalised inside the sentence, so a proper adjective, not "Former" opening it
            if (d.relation().equals("amod") && adjective > 0 && Character.isUpperCase(s.token(adjective).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static ActorMention coordinatedCountryRole(Sentence s, List<ActorMention> mentions, ActorMention role) {
        for (int t = role.firstToken(); t <= role.lastToken(); t++) {
            for (Dependency d : s.incoming(t)) {
                if (!d.base().equals("conj") || d.governor() >= role.firstToken()) continue;
                for (ActorMention m : mentions) {
                    if (!m.agentOnly() && m.code() != null && m.code().length() > 3 && m.lastToken() == d.governor()
                            && m.firstToken() < d.governor()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** "Former security officials in the White House": a former office-holder is elite, not the office. */
    private static boolean formerly(Sentence s, ActorMention role) {
        for (int t = Math.max(0, role.firstToken() - 1); t <= role.lastToken(); t++) {
            if (s.token(t).word().equalsIgnoreCase("former")) return true;
        }
        return false;
    }

    /**
     * The owner edges of a role noun, else those of the role noun it is coordinated with: "lawmakers and officials
     * in Fornost" are both Fornost's.
     */
    private static List<Dependency> ownerEdges(Sentence s, int token) {
        List<Dependency> own = s.outgoing(token).stream().filter(d -> OWNER_RELATIONS.contains(d.relation())).toList();
        if (!own.isEmpty()) return own;
        List<Integer> partners = new ArrayList<>();
        for (Dependency d : s.incoming(token)) {
            if (d.base().equals("conj")) partners.add(d.governor());
        }
        for (Dependency d : s.outgoing(token)) {
            if (d.base().equals("conj")) partners.add(d.dependent());
        }
        List<Dependency> shared = new ArrayList<>();
        for (int p : partners) {
            if (!s.token(p).isNoun()) continue;
            for (Dependency d : s.outgoing(p)) {
                if (OWNER_RELATIONS.contains(d.relation()) && !d.relation().equals("nmod:poss")) shared.add(d);
            }
        }
        return shared;
    }

    private static ActorMention owner(List<ActorMention> mentions, int token) {
        for (ActorMention o : mentions) {
            if (!o.agentOnly() && o.covers(token) && o.code() != null && o.code().length() >= 3
                    && Character.isLetter(o.code().charAt(0)) && !o.code().startsWith("IGO")
                    && !o.code().startsWith("NGO")) {
                return o;
            }
        }
        return null;
    }
}

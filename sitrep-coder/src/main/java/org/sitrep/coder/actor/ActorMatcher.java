package org.sitrep.coder.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds actor and agent phrases in a sentence (longest match first) and composes country plus agent
 * ("Iraqi" + "officials" = IRQGOV).
 * Codes are resolved on the event's date, because people change roles.
 */
public final class ActorMatcher {
    private final PhraseTrie<ActorEntry> actors = new PhraseTrie<>();
    private final PhraseTrie<AgentEntry> agents = new PhraseTrie<>();

    public ActorMatcher(Dictionaries dictionaries) {
        for (ActorEntry a : dictionaries.actors()) {
            for (String p : a.phrases()) actors.add(PhraseKey.words(p), a);
        }
        // "the Islamic State" is also written "Islamic State": index names without their article, where free.
        // The first entry to take such a name keeps it, with the entries of its own line.
        Map<List<String>, List<ActorEntry>> withoutArticle = new LinkedHashMap<>();
        for (ActorEntry a : dictionaries.actors()) {
            for (String p : a.phrases()) {
                List<String> words = PhraseKey.words(p);
                if (words.size() < 2 || !words.get(0).equals("the") || actors.contains(words.subList(1, words.size()))) {
                    continue;
                }
                List<ActorEntry> taken = withoutArticle.computeIfAbsent(words.subList(1, words.size()),
                        k -> new ArrayList<>());
                if (taken.isEmpty() || a.origin() != null && a.origin().equals(taken.get(0).origin())) taken.add(a);
            }
        }
        withoutArticle.forEach((words, entries) -> entries.forEach(a -> actors.add(words, a)));
        for (AgentEntry a : dictionaries.agents()) {
            for (String p : a.phrases()) agents.add(PhraseKey.words(p), a);
        }
    }

    /** Actor mentions of a sentence, left to right, not overlapping (except the actors one phrase names jointly). */
    public List<ActorMention> find(Sentence sentence, String text, LocalDate date) {
        FoldedTokens folded = FoldedTokens.of(sentence);
        List<ActorMention> found = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            PhraseTrie.Match<ActorEntry> actor = actors.longestAt(folded.words(), i);
            PhraseTrie.Match<AgentEntry> agent = agents.longestAt(folded.words(), i);
            if (actor != null && overtaken(folded, i, actor.length())) {
                i++; // "the US Department of Defense": a longer name starts inside "the US"
                continue;
            }
            if (actor != null && !hasPronoun(sentence, folded, actor.start(), actor.length())
                    && namesSomething(sentence, folded, actor.start(), actor.length())
                    && !beginsAPersonsName(sentence, folded, actor.start(), actor.length())
                    && (agent == null || actor.length() >= agent.length())) {
                List<ActorMention> named = new ArrayList<>();
                for (ActorEntry entry : jointly(actor.values())) {
                    entry.codeOn(date).ifPresent(code -> named.add(mention(sentence, text, folded, actor.start(),
                            actor.length(), code, null, entry.origin())));
                }
                if (!named.isEmpty()) {
                    found.addAll(named);
                    i += actor.length();
                    continue;
                }
            }
            if (agent != null && !hasPronoun(sentence, folded, agent.start(), agent.length())) {
                AgentEntry entry = agent.values().get(agent.values().size() - 1);
                found.add(mention(sentence, text, folded, agent.start(), agent.length(), entry.code(), entry,
                        entry.origin()));
                i += agent.length();
                continue;
            }
            i++;
        }
        return titled(sentence, text, compose(sentence, text, found));
    }

    /**
     * The entry a phrase names (the last one read wins), with the entries read from the same line as it: a
     * dictionary line may name several actors at once ("the Shire" = FRO, BIL and SAM).
     */
    private static List<ActorEntry> jointly(List<ActorEntry> entries) {
        ActorEntry last = entries.get(entries.size() - 1);
        if (last.origin() == null) return List.of(last);
        // distinct: a line's name reached by several spellings ("US", "U.S.", "the US") is one actor
        return entries.stream().filter(e -> last.origin().equals(e.origin())).distinct().toList();
    }

    /**
     * "Bree Prime Minister Romendacil": a name right after its country's title takes the title's role, the
     * more specific code (BREGOV, not the name's own BRE).
     */
    private static List<ActorMention> titled(Sentence sentence, String text, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention title = mentions.get(k);
            ActorMention name = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            if (name != null && !title.agentOnly() && !name.agentOnly() && name.firstToken() == title.lastToken() + 1
                    && title.code().length() > name.code().length() && title.code().startsWith(name.code())) {
                out.add(new ActorMention(title.sentence(), title.firstToken(), name.lastToken(),
                        sentence.spanOf(title.firstToken(), name.lastToken()),
                        sentence.textOf(text, title.firstToken(), name.lastToken()), title.code(), null,
                        title.resolvedBy() + " (title) + " + name.resolvedBy()));
                k++;
            } else {
                out.add(title);
            }
        }
        return out;
    }

    /** True when a name starting inside [start, start+length) reaches further than this one. */
    private boolean overtaken(FoldedTokens folded, int start, int length) {
        for (int j = start + 1; j < start + length; j++) {
            PhraseTrie.Match<ActorEntry> other = actors.longestAt(folded.words(), j);
            if (other != null && j + other.length() > start + length) return true;
        }
        return false;
    }

    /**
     * Joins a country-level actor directly followed by an agent into one mention, and a prefix agent directly
     * before it ("MSF Arnor" = NGOARN, "an MSF Arnor diplomat" = NGOARNGOV).
     */
    private static List<ActorMention> compose(Sentence sentence, String text, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention prefix = mentions.get(k);
            boolean prefixed = prefix.agentOnly() && prefix.agent().placement() == AgentEntry.Placement.PREFIX
                    && k + 1 < mentions.size() && isCountry(mentions.get(k + 1))
                    && adjacent(sentence, prefix.lastToken(), mentions.get(k + 1).firstToken());
            if (prefixed) k++;
            ActorMention m = mentions.get(k);
            ActorMention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            ActorMention first = prefixed ? prefix : m;
            if (isCountry(m) && next != null && next.agentOnly()
                    && adjacent(sentence, m.lastToken(), next.firstToken())) {
                String code = formerly(sentence, m.firstToken(), next.lastToken())
                        ? m.code() + "ELI" : next.agent().composeWith(m.code());
                out.add(joined(sentence, text, first, next, prefixed ? prefix.agent().composeWith(code) : code));
                k++;
            } else if (prefixed) {
                out.add(joined(sentence, text, prefix, m, prefix.agent().composeWith(m.code())));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isCountry(ActorMention m) {
        return !m.agentOnly() && m.code().length() == 3;
    }

    /** One mention from the first to the last of several, with their provenance joined. */
    private static ActorMention joined(Sentence sentence, String text, ActorMention first, ActorMention last, String code) {
        return new ActorMention(first.sentence(), first.firstToken(), last.lastToken(),
                sentence.spanOf(first.firstToken(), last.lastToken()),
                sentence.textOf(text, first.firstToken(), last.lastToken()), code, null,
                first.resolvedBy() + " + " + last.resolvedBy());
    }

    /** "former security officials", "Arnor former officials": a former office-holder is elite, not the office. */
    private static boolean formerly(Sentence sentence, int first, int last) {
        for (int t = Math.max(0, first - 1); t <= last; t++) {
            if (sentence.token(t).word().equalsIgnoreCase("former")) return true;
        }
        return false;
    }

    /** True when only adjectives, modifiers or a possessive stand between ("Iraqi political officials", "Gondor's"). */
    private static boolean adjacent(Sentence sentence, int last, int first) {
        for (int t = last + 1; t < first; t++) {
            String pos = sentence.token(t).pos();
            if (!(pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("NN") || pos.equals("POS"))) return false;
        }
        return first - last <= 3;
    }

    /**
     * A named actor is written as a name: at least one capitalised word. Lower-case common nouns that
     * happen to be dictionary aliases ("organization") name nothing by themselves.
     */
    private static boolean namesSomething(Sentence sentence, FoldedTokens folded, int start, int length) {
        for (int w = start; w < start + length; w++) {
            String word = sentence.token(folded.token(w)).word();
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) return true;
        }
        return false;
    }

    /**
     * "Foreign Minister Amal Haddad", "Germán Restrepo": a name that is the start of a longer personal name is
     * that person's, not the Amal movement or Germany. A person's own dictionary entry matches the whole name.
     */
    private static boolean beginsAPersonsName(Sentence sentence, FoldedTokens folded, int start, int length) {
        for (int w = start; w < start + length; w++) {
            if (!"PERSON".equals(sentence.token(folded.token(w)).ner())) return false;
        }
        int next = folded.token(start + length - 1) + 1;
        return next < sentence.tokens().size() && "PERSON".equals(sentence.token(next).ner());
    }

    private static boolean hasPronoun(Sentence sentence, FoldedTokens folded, int start, int length) {
        for (int w = start; w < start + length; w++) {
            String pos = sentence.token(folded.token(w)).pos();
            if (pos.startsWith("PRP") || pos.startsWith("W") || pos.equals("DT") && length == 1) return true;
        }
        return false;
    }

    private static ActorMention mention(Sentence sentence, String text, FoldedTokens folded, int start, int length,
                                        String code, AgentEntry agent, String origin) {
        int first = folded.token(start);
        int last = folded.token(start + length - 1);
        return new ActorMention(sentence.index(), first, last, sentence.spanOf(first, last),
                sentence.textOf(text, first, last), code, agent, origin);
    }

    /** The sentence's tokens as folded words, skipping tokens that fold to nothing (dashes, quotes). */
    private record FoldedTokens(List<String> words, List<Integer> tokenIndex) {
        static FoldedTokens of(Sentence s) {
            List<String> words = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (t.pos().equals("POS")) continue;
                for (String w : PhraseKey.words(t.word())) {
                    words.add(w);
                    index.add(t.index());
                }
            }
            return new FoldedTokens(words, index);
        }

        int size() {
            return words.size();
        }

        int token(int word) {
            return tokenIndex.get(word);
        }
    }
}

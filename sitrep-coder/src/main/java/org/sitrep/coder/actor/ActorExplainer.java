package org.sitrep.coder.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.DatedCode;
import org.sitrep.model.Span;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Explains how a name resolves to an actor code on a date: the dictionary entries that name it, which one
 * applies, which dated code covers the date, or how country and role compose.
 * Users fixing a dictionary need to see why a name got its code, not only the code.
 */
public final class ActorExplainer {
    private final Dictionaries dictionaries;
    private final ActorMatcher matcher;

    public ActorExplainer(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.matcher = new ActorMatcher(dictionaries);
    }

    /** The explanation as lines of text; the first line gives the answer. */
    public List<String> explain(String name, LocalDate date) {
        List<String> out = new ArrayList<>();
        String on = date == null ? "with no date" : "on " + date;
        List<ActorEntry> entries = dictionaries.actorsNamed(name);
        if (!entries.isEmpty()) {
            ActorEntry applies = entries.get(entries.size() - 1);
            Optional<String> code = applies.codeOn(date);
            out.add("\"" + name + "\" " + on + " -> " + code.orElse("no code"));
            out.add("  entry: " + applies.name() + " (" + applies.origin() + ")"
                    + (applies.phrases().size() > 1 ? ", also: " + String.join(", ", applies.phrases().subList(1,
                    applies.phrases().size())) : ""));
            for (DatedCode c : applies.codes()) {
                out.add("  code " + c.code() + " " + range(c) + why(c, date, applies, code.orElse(null)));
            }
            if (entries.size() > 1) {
                out.add("  overridden (later definitions win):");
                for (int i = 0; i < entries.size() - 1; i++) {
                    ActorEntry e = entries.get(i);
                    out.add("    " + e.name() + " (" + e.origin() + ") -> " + e.codeOn(date).orElse("no code"));
                }
            }
            return out;
        }
        List<ActorMention> found = matcher.find(pseudoSentence(name), name, date);
        if (found.isEmpty()) {
            out.add("\"" + name + "\" " + on + " -> no actor: no dictionary entry or role names it");
            return out;
        }
        ActorMention best = found.stream().filter(m -> !m.agentOnly()).findFirst().orElse(found.get(0));
        out.add("\"" + name + "\" " + on + " -> " + (best.agentOnly() ? "no country: role " + best.code() + " only"
                : best.code()));
        for (ActorMention m : found) {
            out.add("  \"" + m.text() + "\" -> " + m.code() + (m.agentOnly() ? " (role, needs a country)" : "")
                    + " from " + m.resolvedBy());
        }
        return out;
    }

    private static String range(DatedCode c) {
        if (c.isDefault()) return "(default)";
        return (c.from() == null ? "" : c.from().toString()) + ".." + (c.to() == null ? "" : c.to().toString());
    }

    private static String why(DatedCode c, LocalDate date, ActorEntry entry, String chosen) {
        if (date == null || !c.code().equals(chosen)) return "";
        if (!c.isDefault() && c.covers(date)) return "  <- covers " + date;
        if (c.isDefault() && entry.codes().stream().noneMatch(d -> !d.isDefault() && d.covers(date))) {
            return "  <- no dated code covers " + date;
        }
        return "";
    }

    /** The name as a sentence of words, capitalised ones taken as proper nouns, so roles can compose. */
    private static Sentence pseudoSentence(String name) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String word : name.split("\\s+")) {
            if (word.isEmpty()) continue;
            int start = name.indexOf(word, pos);
            pos = start + word.length();
            boolean proper = Character.isUpperCase(word.codePointAt(0));
            tokens.add(new Token(tokens.size(), new Span(start, pos), word,
                    PhraseKey.token(word), proper ? "NNP" : "NN", "O"));
        }
        return new Sentence(0, new Span(0, name.length()), tokens, List.of());
    }
}

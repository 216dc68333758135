package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * One sentence: its span in the article, tokens, and UD enhanced++ dependency edges.
 * Navigation helpers answer "which edges leave or enter this token", the questions the coder asks.
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Edges whose governor is the token. */
    public List<Dependency> outgoing(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) out.add(d);
        }
        return out;
    }

    /** Edges whose dependent is the token. */
    public List<Dependency> incoming(int token) {
        List<Dependency> in = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == token) in.add(d);
        }
        return in;
    }

    /**
     * The edge by which a token hangs from its governor (the first, when enhanced++ gives several), or null for
     * the root; "ref" edges, which point a relative pronoun at its antecedent, are not governors.
     */
    public Dependency governorEdge(int token) {
        for (Dependency d : dependencies) {
            if (d.dependent() == token && d.governor() >= 0 && !d.base().equals("ref")) return d;
        }
        return null;
    }

    /** The text of tokens first..last (inclusive) as it stands in the article. */
    public String textOf(String articleText, int first, int last) {
        return articleText.substring(tokens.get(first).span().start(), tokens.get(last).span().end());
    }

    public Span spanOf(int first, int last) {
        return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    }
}

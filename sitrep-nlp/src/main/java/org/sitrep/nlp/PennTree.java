package org.sitrep.nlp;

import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Span;

/**
 * A Penn Treebank constituency parse of one sentence as given with a text (e.g. PETRARCH's validation
 * records): its words and part-of-speech tags, and where each word stands in the text.
 * Reading it once and checking it against the text lets a caller decide whether the gold parse fits the
 * text before asking CoreNLP for anything.
 */
public final class PennTree {
    /** Treebank spellings of brackets and quotes, and the characters a text may have instead. */
    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("-LRB-", List.of("(")), Map.entry("-RRB-", List.of(")")),
            Map.entry("-LCB-", List.of("{")), Map.entry("-RCB-", List.of("}")),
            Map.entry("-LSB-", List.of("[")), Map.entry("-RSB-", List.of("]")),
            Map.entry("``", List.of("\"", "``", "\u201C", "\u2018", "'")),
            Map.entry("''", List.of("\"", "''", "\u201D", "\u2019", "'")),
            Map.entry("`", List.of("`", "'", "\u2018")),
            Map.entry("'", List.of("'", "\u2019")),
            Map.entry("--", List.of("--", "\u2014", "\u2013")),
            Map.entry("...", List.of("...", "\u2026")));

    private final String source;
    private final List<String> leaves;
    private final List<String> tags;

    private PennTree(String source, List<String> leaves, List<String> tags) {
        this.source = source;
        this.leaves = List.copyOf(leaves);
        this.tags = List.copyOf(tags);
    }

    /**
     * Reads a bracketed parse such as "(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))".
     *
     * @throws IllegalArgumentException with the reason when the brackets do not balance or there are no words
     */
    public static PennTree read(String bracketed) {
        if (bracketed == null || bracketed.isBlank()) throw new IllegalArgumentException("the parse is empty");
        checkBalance(bracketed);
        Tree tree;
        try {
            tree = Tree.valueOf(bracketed.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the parse cannot be read: " + e.getMessage());
        }
        if (tree == null || tree.getLeaves().isEmpty()) throw new IllegalArgumentException("the parse has no words");
        List<String> leaves = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (Tree leaf : tree.getLeaves()) {
            Tree preterminal = leaf.parent(tree);
            if (preterminal == null || !preterminal.isPreTerminal()) {
                throw new IllegalArgumentException("word \"" + leaf.value() + "\" has no part-of-speech tag");
            }
            leaves.add(leaf.value());
            tags.add(preterminal.value());
        }
        return new PennTree(bracketed.strip(), leaves, tags);
    }

    private static void checkBalance(String s) {
        int depth = 0;
        int opened = 0;
        int closed = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
                opened++;
            } else if (c == ')') {
                depth--;
                closed++;
                if (depth < 0) throw new IllegalArgumentException("unbalanced brackets: a ')' at offset " + i
                        + " closes nothing");
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced brackets: " + opened + " '(' but " + closed + " ')'");
        }
    }

    /** A fresh CoreNLP tree (callers index and convert it, which changes it), its root labelled ROOT. */
    Tree tree() {
        Tree tree = Tree.valueOf(source);
        if (tree.value() == null || tree.value().isEmpty()) tree.setValue("ROOT");
        return tree;
    }

    /** The leaves as the treebank writes them ("-LRB-", "``", "n't"). */
    public List<String> leaves() {
        return leaves;
    }

    public List<String> tags() {
        return tags;
    }

    /** The words as plain text, one space between words: a text that the parse always fits. */
    public String text() {
        List<String> words = new ArrayList<>(leaves.size());
        for (String leaf : leaves) words.add(SPELLINGS.getOrDefault(leaf, List.of(leaf)).get(0));
        return String.join(" ", words);
    }

    /**
     * Where each word stands in the text, or empty when the words do not spell the text (a word differs,
     * or text is left over): only whitespace may separate words, and bracket and quote spellings may differ.
     */
    public Optional<List<Span>> alignTo(String text) {
        List<Span> spans = new ArrayList<>(leaves.size());
        int at = 0;
        for (String leaf : leaves) {
            at = skipSpace(text, at);
            int end = matchAt(text, at, leaf);
            if (end < 0) return Optional.empty();
            spans.add(new Span(at, end));
            at = end;
        }
        return skipSpace(text, at) == text.length() ? Optional.of(spans) : Optional.empty();
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        return at;
    }

    private static int matchAt(String text, int at, String leaf) {
        List<String> candidates = new ArrayList<>(SPELLINGS.getOrDefault(leaf, List.of()));
        candidates.add(leaf);
        if (leaf.contains("'")) candidates.add(leaf.replace('\'', '\u2019'));
        for (String c : candidates) {
            if (text.startsWith(c, at)) return at + c.length();
        }
        return -1;
    }
}

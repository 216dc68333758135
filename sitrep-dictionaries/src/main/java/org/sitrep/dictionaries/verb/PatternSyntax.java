package org.sitrep.dictionaries.verb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses and prints the term part of a verb pattern, e.g. "&MILITARY * {arms shipment} (to border)".
 * PETRARCH files (upper-case words) and Sitrep files (lower-case words) share this grammar, so a converted
 * pattern prints back to text that parses to the same terms.
 */
public final class PatternSyntax {
    private static final Pattern SYNSET_NAME = Pattern.compile("[A-Z0-9_]+");
    private static final String MARKERS = "^%|";

    /** How words are spelled in the text being parsed. */
    public enum Spelling {
        /** PETRARCH: words in any case, folded to lower case; "&NAME_" loses its trailing "_". */
        PETRARCH,
        /** Sitrep: words must already be lower case and synset names upper case. */
        SITREP
    }

    /** The terms of a pattern without its code. */
    public record Parts(List<Term> before, List<Term> after, List<PrepPhrase> preps) {
        public VerbPattern withCode(CodeSpec spec, String origin) {
            return new VerbPattern(before, after, preps, spec.code(), spec.pairedCode(), origin);
        }
    }

    private PatternSyntax() {
    }

    /**
     * Parses pattern terms; exactly one "*" marks the verb and prepositional phrases must follow it.
     *
     * @throws IllegalArgumentException with a reason when the text is not a pattern Sitrep can represent
     */
    public static Parts parse(String text, Spelling spelling) {
        List<String> tokens = spelling == Spelling.PETRARCH ? splitAdjacency(tokenize(text)) : tokenize(text);
        List<Term> before = new ArrayList<>();
        List<Term> after = new ArrayList<>();
        List<PrepPhrase> preps = new ArrayList<>();
        boolean verbSeen = false;
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            switch (t) {
                case "*" -> {
                    if (verbSeen) throw new IllegalArgumentException("more than one verb marker *");
                    verbSeen = true;
                    i++;
                }
                case "(" -> {
                    if (!verbSeen) {
                        throw new IllegalArgumentException("prepositional phrase before the verb (*) is not supported");
                    }
                    int close = closing(tokens, i, "(", ")");
                    preps.add(prep(tokens.subList(i + 1, close), spelling));
                    i = close + 1;
                }
                case "{" -> {
                    int close = closing(tokens, i, "{", "}");
                    (verbSeen ? after : before).add(nounPhrase(tokens.subList(i + 1, close), spelling));
                    i = close + 1;
                }
                case ")", "}" -> throw new IllegalArgumentException("unbalanced \"" + t + "\"");
                default -> {
                    (verbSeen ? after : before).add(simpleTerm(t, spelling));
                    i++;
                }
            }
        }
        if (!verbSeen) throw new IllegalArgumentException("pattern has no verb marker *");
        return new Parts(before, after, preps);
    }

    /**
     * TABARI joins words to the verb with "_" ("FAILED_TO_*") to require adjacency; Sitrep matches pattern words
     * anywhere in their phrase, so the parts become separate terms. Joins with a synset stay whole (Term.Joined).
     */
    private static List<String> splitAdjacency(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (t.length() > 1 && t.contains("*") && t.contains("_")) {
                for (String part : t.split("_")) {
                    if (!part.isEmpty()) out.add(part);
                }
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The Sitrep text of a pattern's terms: before, "*", after, then the prepositional phrases. */
    public static String format(VerbPattern p) {
        List<String> out = new ArrayList<>();
        for (Term t : p.before()) out.add(format(t));
        out.add("*");
        for (Term t : p.after()) out.add(format(t));
        for (PrepPhrase pp : p.preps()) {
            StringBuilder sb = new StringBuilder("(").append(pp.preposition());
            for (Term t : pp.object()) sb.append(' ').append(format(t));
            out.add(sb.append(')').toString());
        }
        return String.join(" ", out);
    }

    public static String format(Term term) {
        if (term instanceof Term.Word w) return w.word();
        if (term instanceof Term.SynsetRef s) return "&" + s.name();
        if (term instanceof Term.Source) return "$";
        if (term instanceof Term.Target) return "+";
        if (term instanceof Term.Marker m) return m.symbol();
        if (term instanceof Term.Joined j) {
            List<String> parts = new ArrayList<>();
            for (Term t : j.parts()) parts.add(format(t));
            return String.join("_", parts);
        }
        Term.NounPhrase np = (Term.NounPhrase) term;
        List<String> parts = new ArrayList<>();
        for (Term t : np.terms()) parts.add(format(t));
        return "{" + String.join(" ", parts) + "}";
    }

    /** Upper-case synset name without "&" and without PETRARCH's trailing "_". */
    public static String synsetName(String raw) {
        String name = raw.strip().toUpperCase(Locale.ROOT);
        while (name.endsWith("_")) name = name.substring(0, name.length() - 1);
        return name;
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "(){}".indexOf(c) >= 0) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) tokens.add(String.valueOf(c));
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) tokens.add(word.toString());
        return tokens;
    }

    private static int closing(List<String> tokens, int open, String opener, String closer) {
        for (int j = open + 1; j < tokens.size(); j++) {
            String t = tokens.get(j);
            if (t.equals(closer)) return j;
            if (t.equals(opener)) throw new IllegalArgumentException("nested \"" + opener + "\"");
        }
        throw new IllegalArgumentException("unclosed \"" + opener + "\"");
    }

    private static PrepPhrase prep(List<String> tokens, Spelling spelling) {
        if (tokens.isEmpty()) throw new IllegalArgumentException("empty prepositional phrase ()");
        Term head = simpleTerm(tokens.get(0), spelling);
        if (!(head instanceof Term.Word w)) {
            throw new IllegalArgumentException("prepositional phrase must start with a preposition, not \"" + tokens.get(0) + "\"");
        }
        List<Term> object = new ArrayList<>();
        int i = 1;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (t.equals("{")) {
                int close = closing(tokens, i, "{", "}");
                object.add(nounPhrase(tokens.subList(i + 1, close), spelling));
                i = close + 1;
            } else if (t.equals("*")) {
                throw new IllegalArgumentException("verb marker * inside a prepositional phrase");
            } else if (t.equals("}") || t.equals("(")) {
                throw new IllegalArgumentException("unexpected \"" + t + "\" inside a prepositional phrase");
            } else {
                object.add(simpleTerm(t, spelling));
                i++;
            }
        }
        return new PrepPhrase(w.word(), object);
    }

    private static Term nounPhrase(List<String> tokens, Spelling spelling) {
        if (tokens.isEmpty()) throw new IllegalArgumentException("empty noun phrase {}");
        List<Term> terms = new ArrayList<>();
        for (String t : tokens) {
            if (t.equals("*") || t.equals("(") || t.equals(")")) {
                throw new IllegalArgumentException("unexpected \"" + t + "\" inside a noun phrase {}");
            }
            terms.add(simpleTerm(t, spelling));
        }
        return new Term.NounPhrase(terms);
    }

    private static Term simpleTerm(String t, Spelling spelling) {
        switch (t) {
            case "$":
                return new Term.Source();
            case "+":
                return new Term.Target();
            case "*":
                throw new IllegalArgumentException("verb marker * in an unexpected place");
            default:
                break;
        }
        if (t.length() == 1 && MARKERS.indexOf(t.charAt(0)) >= 0) return new Term.Marker(t);
        if (t.contains("&") && t.contains("_")) return joined(t, spelling);
        if (t.startsWith("&")) return new Term.SynsetRef(synsetRef(t.substring(1), spelling));
        if (t.contains("*") || t.contains("&")) {
            throw new IllegalArgumentException("\"" + t + "\" joins a word to * or & (TABARI adjacency), which is not supported");
        }
        for (char c : new char[] {'$', '+', '^', '%', '|', '[', ']', '='}) {
            if (t.indexOf(c) >= 0) throw new IllegalArgumentException("unexpected '" + c + "' in word \"" + t + "\"");
        }
        if (spelling == Spelling.PETRARCH) return new Term.Word(t.toLowerCase(Locale.ROOT));
        if (!t.equals(t.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("pattern word \"" + t + "\" must be lower case (upper case is for &SYNSET names)");
        }
        return new Term.Word(t);
    }

    /** "new_&TIETYPES_relations": each "_" part a word, or a synset when it starts with "&" ("&NAME_" is one). */
    private static Term joined(String t, Spelling spelling) {
        if (t.contains("*")) {
            throw new IllegalArgumentException("\"" + t + "\" joins the verb * to a synset, which is not supported");
        }
        List<Term> parts = new ArrayList<>();
        for (String part : t.split("_")) {
            if (part.isEmpty()) continue;
            parts.add(part.startsWith("&") ? new Term.SynsetRef(synsetRef(part.substring(1), spelling))
                    : simpleTerm(part, spelling));
        }
        return parts.size() == 1 ? parts.get(0) : new Term.Joined(parts);
    }

    private static String synsetRef(String raw, Spelling spelling) {
        String name = spelling == Spelling.PETRARCH ? synsetName(raw) : raw;
        if (!SYNSET_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("synset name \"&" + raw + "\" must be upper-case letters, digits and '_'");
        }
        return name;
    }
}

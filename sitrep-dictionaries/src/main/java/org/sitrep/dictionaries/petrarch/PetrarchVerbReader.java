package org.sitrep.dictionaries.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.verb.CodeSpec;
import org.sitrep.dictionaries.verb.PatternSyntax;
import org.sitrep.dictionaries.verb.PrepPhrase;
import org.sitrep.dictionaries.verb.Synset;
import org.sitrep.dictionaries.verb.Term;
import org.sitrep.dictionaries.verb.Transformation;
import org.sitrep.dictionaries.verb.VerbBlock;
import org.sitrep.dictionaries.verb.VerbDictionary;
import org.sitrep.dictionaries.verb.VerbEntry;
import org.sitrep.dictionaries.verb.VerbPattern;

/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt; also the older PETR.Validate.verbs.txt) into synsets,
 * verb blocks and raw transformation rules; lines it cannot interpret become warnings.
 *
 * <p>Two PETRARCH codes have no field in Sitrep's records and are rewritten without loss: a block code [a:b]
 * becomes block code a plus a final catch-all pattern "* => a:b"; verbs whose own code a VerbEntry cannot hold
 * ([---] in a coded block, or a paired code) move to a block "NAME:CODE" that repeats the parent's patterns.
 */
public final class PetrarchVerbReader {
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern MEMBER = Pattern.compile("([^{\\[]+?)\\s*(?:\\{([^{}]*)\\})?\\s*(?:\\[([^\\[\\]]*)\\])?");
    private static final Pattern PATTERN = Pattern.compile("-\\s*(.*?)\\s*\\[([^\\[\\]]*)\\]");

    private final String file;
    private final Codebook codebook;
    private final List<DictionaryWarning> warnings = new ArrayList<>();
    private final List<Synset> synsets = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Transformation> transformations = new ArrayList<>();
    private SynsetDraft synset;
    private Block block;

    private PetrarchVerbReader(String file, Codebook codebook) {
        this.file = file;
        this.codebook = codebook == null ? Codebook.empty() : codebook;
    }

    /** Reads the file; codes the codebook does not know are warned about and dropped (an empty codebook knows all). */
    public static Parsed<VerbDictionary> read(Path file, Codebook codebook) {
        return read(file.getFileName().toString(), PetrarchSource.read(file), codebook);
    }

    /** Reads already-decoded text; name is the file name used in origins and warnings. */
    public static Parsed<VerbDictionary> read(String name, String text, Codebook codebook) {
        return read(name, PetrarchSource.lines(text), codebook);
    }

    private static Parsed<VerbDictionary> read(String name, List<SourceLine> lines, Codebook codebook) {
        PetrarchVerbReader r = new PetrarchVerbReader(name, codebook);
        for (SourceLine line : lines) r.line(line);
        r.closeSection();
        return new Parsed<>(r.result(), r.warnings);
    }

    private void line(SourceLine line) {
        String body = PetrarchSource.stripComment(line.text()).strip();
        if (body.isEmpty()) return;
        int n = line.number();
        if (body.startsWith("---")) {
            closeSection();
            header(body, n);
        } else if (body.startsWith("&")) {
            closeSection();
            synsetHeader(body, n);
        } else if (body.startsWith("~")) {
            transformations.add(new Transformation(body.substring(1).strip(), origin(n)));
        } else if (body.startsWith("-")) {
            if (block == null) warn(n, "pattern outside a verb block");
            else pattern(body, n);
        } else if (body.startsWith("+") && synset != null) {
            synsetMember(body.substring(1), n);
        } else if (block != null) {
            member(body, n);
        } else {
            warn(n, "line outside any synset or verb block: \"" + body + "\"");
        }
    }

    private void closeSection() {
        if (synset != null) {
            if (synset.phrases.isEmpty()) warn(synset.line, "synset &" + synset.name + " has no members; skipped");
            else synsets.add(new Synset(synset.name, new ArrayList<>(synset.phrases), origin(synset.line)));
        }
        synset = null;
        if (block != null) blocks.add(block);
        block = null;
    }

    private void synsetHeader(String body, int n) {
        String name = PatternSyntax.synsetName(body.substring(1));
        if (!name.matches("[A-Z0-9_]+")) {
            warn(n, "synset name \"" + body + "\" must be letters, digits and '_'; synset skipped");
            return;
        }
        synset = new SynsetDraft(name, n);
    }

    private void synsetMember(String raw, int n) {
        if (raw.strip().startsWith("&")) {
            warn(n, "synset member \"" + raw.strip() + "\" refers to another synset, which is not supported; skipped");
            return;
        }
        String p = PetrarchText.phrase(raw);
        if (PhraseKey.words(p).isEmpty()) warn(n, "synset member \"" + raw.strip() + "\" has no words; skipped");
        else synset.phrases.add(p);
    }

    private void header(String body, int n) {
        String inner = body.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        Matcher m = BRACKETS.matcher(inner);
        List<String> codes = new ArrayList<>();
        while (m.find()) codes.add(m.group(1));
        int bracket = inner.indexOf('[');
        String name = (bracket < 0 ? inner : inner.substring(0, bracket)).strip();
        if (name.isEmpty()) {
            warn(n, "verb block header has no name; block skipped");
            return;
        }
        CodeSpec spec = CodeSpec.NONE;
        if (codes.isEmpty()) {
            warn(n, "verb block " + name + " has no [code]; read as [---]");
        } else {
            if (codes.size() > 1) warn(n, "verb block " + name + " has " + codes.size() + " codes; using the first");
            spec = spec(codes.get(0), n, "block " + name).orElse(CodeSpec.NONE);
        }
        block = new Block(name, spec, n);
    }

    private void member(String body, int n) {
        int semicolon = body.indexOf(';');
        String text = (semicolon < 0 ? body : body.substring(0, semicolon)).strip();
        Matcher m = MEMBER.matcher(text);
        if (!m.matches()) {
            warn(n, "malformed verb line \"" + body + "\"");
            return;
        }
        String lemma = verbPhrase(m.group(1));
        if (PhraseKey.words(lemma).isEmpty()) {
            warn(n, "verb \"" + m.group(1) + "\" has no words; skipped");
            return;
        }
        List<String> forms = new ArrayList<>();
        if (m.group(2) != null) {
            for (String f : m.group(2).split("[\\s,]+")) {
                String form = verbPhrase(f);
                if (!form.isEmpty() && !forms.contains(form)) forms.add(form);
            }
        }
        CodeSpec own = null;
        if (m.group(3) != null) {
            Optional<CodeSpec> s = spec(m.group(3), n, "verb " + lemma);
            if (s.isEmpty()) return;
            own = s.get();
        }
        block.members.add(new Member(lemma, forms, own, origin(n)));
    }

    private static String verbPhrase(String raw) {
        return PetrarchText.phrase(raw.replace('+', ' '));
    }

    private void pattern(String body, int n) {
        Matcher m = PATTERN.matcher(body);
        if (!m.matches()) {
            warn(n, "pattern \"" + body + "\" does not end in a [code]; skipped");
            return;
        }
        Optional<CodeSpec> spec = spec(m.group(2), n, "pattern");
        if (spec.isEmpty()) return;
        try {
            VerbPattern p = PatternSyntax.parse(m.group(1), PatternSyntax.Spelling.PETRARCH).withCode(spec.get(), origin(n));
            block.patterns.add(p);
        } catch (IllegalArgumentException e) {
            warn(n, "pattern \"" + m.group(1) + "\": " + e.getMessage() + "; skipped");
        }
    }

    private Optional<CodeSpec> spec(String text, int n, String what) {
        try {
            CodeSpec spec = CodeSpec.parse(text);
            Optional<String> unknown = spec.unknownIn(codebook);
            if (unknown.isPresent()) {
                warn(n, what + ": code " + unknown.get() + " is not in the CAMEO codebook; skipped");
                return Optional.empty();
            }
            return Optional.of(spec);
        } catch (IllegalArgumentException e) {
            warn(n, what + ": " + e.getMessage() + "; skipped");
            return Optional.empty();
        }
    }

    private VerbDictionary result() {
        Set<String> known = new HashSet<>();
        for (Synset s : synsets) known.add(s.name());
        List<VerbBlock> out = new ArrayList<>();
        for (Block b : blocks) {
            b.patterns.removeIf(p -> undefinedSynset(p, known));
            out.addAll(b.build());
        }
        return new VerbDictionary(synsets, out, transformations);
    }

    private boolean undefinedSynset(VerbPattern p, Set<String> known) {
        Set<String> refs = new LinkedHashSet<>();
        collect(p.before(), refs);
        collect(p.after(), refs);
        for (PrepPhrase pp : p.preps()) collect(pp.object(), refs);
        refs.removeAll(known);
        if (refs.isEmpty()) return false;
        warnings.add(new DictionaryWarning(p.origin(), "pattern refers to undefined synset &"
                + String.join(", &", refs) + "; skipped"));
        return true;
    }

    private static void collect(List<Term> terms, Set<String> out) {
        for (Term t : terms) {
            if (t instanceof Term.SynsetRef s) out.add(s.name());
            if (t instanceof Term.NounPhrase np) collect(np.terms(), out);
            if (t instanceof Term.Joined j) collect(j.parts(), out);
        }
    }

    private String origin(int line) {
        return file + ":" + line;
    }

    private void warn(int line, String reason) {
        warnings.add(DictionaryWarning.at(file, line, reason));
    }

    private record Member(String lemma, List<String> forms, CodeSpec own, String origin) {
    }

    private static final class SynsetDraft {
        final String name;
        final int line;
        final List<String> phrases = new ArrayList<>();

        SynsetDraft(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    /** A block as read; build() applies the rewrites described on the class. */
    private final class Block {
        final String name;
        final CodeSpec spec;
        final int line;
        final List<Member> members = new ArrayList<>();
        final List<VerbPattern> patterns = new ArrayList<>();

        Block(String name, CodeSpec spec, int line) {
            this.name = name;
            this.spec = spec;
            this.line = line;
        }

        List<VerbBlock> build() {
            List<VerbEntry> plain = new ArrayList<>();
            Map<String, List<VerbEntry>> special = new LinkedHashMap<>();
            Map<String, CodeSpec> specialSpecs = new LinkedHashMap<>();
            for (Member m : members) {
                if (representable(m.own)) {
                    String code = m.own == null ? null : m.own.code();
                    plain.add(new VerbEntry(m.lemma, m.forms, code, m.origin));
                } else {
                    String key = m.own.format();
                    special.computeIfAbsent(key, k -> new ArrayList<>()).add(new VerbEntry(m.lemma, m.forms, null, m.origin));
                    specialSpecs.put(key, m.own);
                }
            }
            List<VerbBlock> out = new ArrayList<>();
            out.add(new VerbBlock(name, spec.code(), plain, withCatchAll(spec), origin(line)));
            special.forEach((key, verbs) -> {
                CodeSpec s = specialSpecs.get(key);
                out.add(new VerbBlock(name + ":" + key, s.code(), verbs, withCatchAll(s), origin(line)));
            });
            return out;
        }

        private boolean representable(CodeSpec own) {
            if (own == null) return true;
            if (own.isPaired() || spec.isPaired()) return false;
            return own.code() != null || spec.code() == null;
        }

        private List<VerbPattern> withCatchAll(CodeSpec s) {
            if (!s.isPaired()) return patterns;
            List<VerbPattern> all = new ArrayList<>(patterns);
            all.add(new VerbPattern(List.of(), List.of(), List.of(), s.code(), s.pairedCode(), origin(line)));
            return all;
        }
    }
}

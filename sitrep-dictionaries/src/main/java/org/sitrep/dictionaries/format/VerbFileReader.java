package org.sitrep.dictionaries.format;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.verb.CodeSpec;
import org.sitrep.dictionaries.verb.PatternSyntax;
import org.sitrep.dictionaries.verb.Synset;
import org.sitrep.dictionaries.verb.Transformation;
import org.sitrep.dictionaries.verb.VerbBlock;
import org.sitrep.dictionaries.verb.VerbDictionary;
import org.sitrep.dictionaries.verb.VerbEntry;
import org.sitrep.dictionaries.verb.VerbPattern;

/**
 * Reads a Sitrep verb file ("sitrep-verbs 1"): synsets, verb blocks with verbs and patterns, transformation rules.
 * It is strict: the first malformed line, or a code missing from the given codebook, throws a DictionaryException.
 */
public final class VerbFileReader {
    static final String KIND = "sitrep-verbs";
    private static final Pattern SYNSET_NAME = Pattern.compile("[A-Z0-9_]+");
    private static final Pattern OPTION = Pattern.compile("\\s*\\[(forms|code)\\s+([^\\[\\]]*)\\]");

    private final Codebook codebook;
    private final List<Synset> synsets = new ArrayList<>();
    private final List<VerbBlock> blocks = new ArrayList<>();
    private final List<Transformation> transformations = new ArrayList<>();
    private SitrepSource.Line sectionLine;
    private String sectionName;
    private String blockCode;
    private final List<String> words = new ArrayList<>();
    private final List<VerbEntry> verbs = new ArrayList<>();
    private final List<VerbPattern> patterns = new ArrayList<>();

    private VerbFileReader(Codebook codebook) {
        this.codebook = codebook == null ? Codebook.empty() : codebook;
    }

    /** Reads the file; when codebook is not empty, every code must be in it. */
    public static VerbDictionary read(Path file, Codebook codebook) {
        return read(file.getFileName().toString(), SitrepSource.read(file), codebook);
    }

    public static VerbDictionary read(String file, InputStream in, Codebook codebook) {
        return read(file, SitrepSource.read(file, in), codebook);
    }

    /** Reads decoded text; file is the name used in origins and errors. */
    public static VerbDictionary read(String file, String text, Codebook codebook) {
        VerbFileReader r = new VerbFileReader(codebook);
        for (SitrepSource.Line line : SitrepSource.body(file, text, KIND)) r.line(line);
        r.closeSection();
        return new VerbDictionary(r.synsets, r.blocks, r.transformations);
    }

    private void line(SitrepSource.Line line) {
        String keyword = line.keyword();
        if (!line.indented()) {
            closeSection();
            switch (keyword) {
                case "synset" -> synset(line);
                case "block" -> block(line);
                case "transform" -> {
                    if (line.rest().isEmpty()) throw line.error("transform without a rule");
                    transformations.add(new Transformation(line.rest(), line.origin()));
                }
                default -> throw line.error("unknown keyword \"" + keyword + "\" (expected synset, block or transform; "
                        + "word, verb and pattern lines are indented)");
            }
            return;
        }
        boolean inSynset = sectionLine != null && sectionLine.keyword().equals("synset");
        boolean inBlock = sectionLine != null && sectionLine.keyword().equals("block");
        switch (keyword) {
            case "word" -> {
                if (!inSynset) throw line.error("\"word\" line outside a synset");
                String w = line.rest();
                if (PhraseKey.words(w).isEmpty()) throw line.error("word \"" + w + "\" has no words");
                words.add(w);
            }
            case "verb" -> {
                if (!inBlock) throw line.error("\"verb\" line outside a block");
                verbs.add(verb(line));
            }
            case "pattern" -> {
                if (!inBlock) throw line.error("\"pattern\" line outside a block");
                patterns.add(pattern(line));
            }
            default -> throw line.error("unknown keyword \"" + keyword + "\" (expected word, verb or pattern)");
        }
    }

    private void synset(SitrepSource.Line line) {
        String name = line.rest();
        if (!SYNSET_NAME.matcher(name).matches()) {
            throw line.error("synset name \"" + name + "\" must be upper-case letters, digits and '_'");
        }
        sectionLine = line;
        sectionName = name;
    }

    private void block(SitrepSource.Line line) {
        String rest = line.rest();
        int space = rest.lastIndexOf(' ');
        if (space < 0) throw line.error("block line needs a name and a code (--- for none)");
        String name = rest.substring(0, space).strip();
        CodeSpec spec = spec(line, rest.substring(space + 1));
        if (spec.isPaired()) throw line.error("block code must be --- or one event code; write paired codes on a pattern");
        sectionLine = line;
        sectionName = name;
        blockCode = spec.code();
    }

    private VerbEntry verb(SitrepSource.Line line) {
        String rest = line.rest();
        int bracket = rest.indexOf('[');
        String lemma = (bracket < 0 ? rest : rest.substring(0, bracket)).strip();
        if (lemma.isEmpty() || PhraseKey.words(lemma).isEmpty()) throw line.error("verb without a lemma");
        List<String> forms = List.of();
        String code = null;
        if (bracket >= 0) {
            String options = rest.substring(bracket);
            Matcher m = OPTION.matcher(options);
            int end = 0;
            while (m.lookingAt()) {
                if (m.group(1).equals("forms")) {
                    forms = forms(line, m.group(2));
                } else {
                    CodeSpec s = spec(line, m.group(2));
                    if (s.isPaired() || s.code() == null) throw line.error("a verb's own code must be one event code");
                    code = s.code();
                }
                end = m.end();
                m.region(end, options.length());
            }
            if (end < options.length()) {
                throw line.error("cannot read \"" + options.substring(end).strip() + "\" (expected [forms a, b] or [code 020])");
            }
        }
        return new VerbEntry(lemma, forms, code, line.origin());
    }

    private static List<String> forms(SitrepSource.Line line, String text) {
        List<String> out = new ArrayList<>();
        for (String f : text.split(",", -1)) {
            String form = f.strip();
            if (form.isEmpty() || PhraseKey.words(form).isEmpty()) throw line.error("empty verb form in [forms " + text + "]");
            out.add(form);
        }
        return out;
    }

    private VerbPattern pattern(SitrepSource.Line line) {
        String rest = line.rest();
        int arrow = rest.lastIndexOf("=>");
        if (arrow < 0) throw line.error("pattern has no \"=>\" before its code");
        CodeSpec spec = spec(line, rest.substring(arrow + 2));
        try {
            return PatternSyntax.parse(rest.substring(0, arrow), PatternSyntax.Spelling.SITREP).withCode(spec, line.origin());
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
    }

    private CodeSpec spec(SitrepSource.Line line, String text) {
        CodeSpec spec;
        try {
            spec = CodeSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
        Optional<String> unknown = spec.unknownIn(codebook);
        if (unknown.isPresent()) throw line.error("code " + unknown.get() + " is not in the CAMEO codebook");
        return spec;
    }

    private void closeSection() {
        if (sectionLine == null) return;
        if (sectionLine.keyword().equals("synset")) {
            if (words.isEmpty()) throw sectionLine.error("synset " + sectionName + " has no words");
            synsets.add(new Synset(sectionName, words, sectionLine.origin()));
        } else {
            blocks.add(new VerbBlock(sectionName, blockCode, verbs, patterns, sectionLine.origin()));
        }
        sectionLine = null;
        sectionName = null;
        blockCode = null;
        words.clear();
        verbs.clear();
        patterns.clear();
    }
}

package org.sitrep.dictionaries.format;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.dictionaries.verb.CodeSpec;
import org.sitrep.dictionaries.verb.PatternSyntax;
import org.sitrep.dictionaries.verb.Synset;
import org.sitrep.dictionaries.verb.Transformation;
import org.sitrep.dictionaries.verb.VerbBlock;
import org.sitrep.dictionaries.verb.VerbDictionary;
import org.sitrep.dictionaries.verb.VerbEntry;
import org.sitrep.dictionaries.verb.VerbPattern;

/**
 * Writes a verb dictionary as a Sitrep verb file: synsets first, then blocks, then transformation rules.
 * Output is deterministic so regenerated dictionaries diff cleanly.
 */
public final class VerbFileWriter {

    private VerbFileWriter() {
    }

    /**
     * The file text.
     *
     * @param comments lines written as "# ..." before the header (provenance, licence)
     * @param origins  when true, synset, block and transform lines end with "# origin"
     */
    public static String format(VerbDictionary verbs, List<String> comments, boolean origins) {
        StringBuilder out = new StringBuilder();
        SitrepSource.header(out, comments, VerbFileReader.KIND);
        for (Synset s : verbs.synsets()) {
            out.append("synset ").append(s.name()).append(origin(s.origin(), origins)).append('\n');
            for (String w : s.phrases()) out.append("  word ").append(SitrepSource.writable(w, "synset word")).append('\n');
            out.append('\n');
        }
        for (VerbBlock b : verbs.blocks()) {
            out.append("block ").append(SitrepSource.writable(b.name(), "block name")).append(' ')
                    .append(new CodeSpec(b.code(), null).format()).append(origin(b.origin(), origins)).append('\n');
            for (VerbEntry v : b.verbs()) out.append("  verb ").append(verb(v)).append('\n');
            for (VerbPattern p : b.patterns()) {
                out.append("  pattern ").append(PatternSyntax.format(p)).append(" => ").append(CodeSpec.of(p).format()).append('\n');
            }
            out.append('\n');
        }
        for (Transformation t : verbs.transformations()) {
            out.append("transform ").append(SitrepSource.writable(t.rule(), "transformation")).append(origin(t.origin(), origins)).append('\n');
        }
        return out.toString();
    }

    public static void write(Path file, VerbDictionary verbs, List<String> comments, boolean origins) {
        SitrepSource.write(file, format(verbs, comments, origins));
    }

    private static String verb(VerbEntry v) {
        StringBuilder sb = new StringBuilder(SitrepSource.writable(v.lemma(), "verb lemma"));
        if (v.lemma().contains("[")) throw new IllegalArgumentException("verb lemma \"" + v.lemma() + "\" contains '['");
        if (!v.forms().isEmpty()) {
            for (String f : v.forms()) {
                if (f.contains(",") || f.contains("]")) throw new IllegalArgumentException("verb form \"" + f + "\" contains ',' or ']'");
            }
            sb.append(" [forms ").append(String.join(", ", v.forms())).append(']');
        }
        if (v.code() != null) sb.append(" [code ").append(v.code()).append(']');
        return sb.toString();
    }

    private static String origin(String origin, boolean origins) {
        return origins && origin != null ? "  # " + origin : "";
    }
}

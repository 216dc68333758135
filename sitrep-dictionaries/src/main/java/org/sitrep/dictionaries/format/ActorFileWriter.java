package org.sitrep.dictionaries.format;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.DatedCode;
import org.sitrep.dictionaries.codes.CodeSyntax;

/**
 * Writes actor entries as a Sitrep actor file, one "actor" block per entry, in the given order.
 * Output is deterministic (same entries, same bytes) so regenerated dictionaries diff cleanly.
 */
public final class ActorFileWriter {

    private ActorFileWriter() {
    }

    /**
     * The file text.
     *
     * @param comments lines written as "# ..." before the header (provenance, licence)
     * @param origins  when true, each actor line ends with "# origin" naming where the entry came from
     */
    public static String format(List<ActorEntry> entries, List<String> comments, boolean origins) {
        StringBuilder out = new StringBuilder();
        SitrepSource.header(out, comments, ActorFileReader.KIND);
        for (ActorEntry e : entries) {
            out.append("actor ").append(SitrepSource.writable(e.name(), "actor phrase"));
            if (origins && e.origin() != null) out.append("  # ").append(e.origin());
            out.append('\n');
            for (String alias : e.phrases().subList(1, e.phrases().size())) {
                out.append("  alias ").append(SitrepSource.writable(alias, "alias")).append('\n');
            }
            for (DatedCode c : e.codes()) out.append("  code ").append(code(c)).append('\n');
            out.append('\n');
        }
        return out.toString();
    }

    public static void write(Path file, List<ActorEntry> entries, List<String> comments, boolean origins) {
        SitrepSource.write(file, format(entries, comments, origins));
    }

    static String code(DatedCode c) {
        if (!CodeSyntax.isActorCode(c.code())) throw new IllegalArgumentException("not an actor code: " + c.code());
        if (c.isDefault()) return c.code();
        return c.code() + " " + (c.from() == null ? "" : c.from()) + ".." + (c.to() == null ? "" : c.to());
    }
}

package org.sitrep.dictionaries.format;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.dictionaries.codes.CodeSyntax;

/**
 * Writes agent entries as a Sitrep agent file, one line per agent, in the given order.
 * Output is deterministic so regenerated dictionaries diff cleanly.
 */
public final class AgentFileWriter {

    private AgentFileWriter() {
    }

    /**
     * The file text.
     *
     * @param comments lines written as "# ..." before the header (provenance, licence)
     * @param origins  when true, each line ends with "# origin" naming where the entry came from
     */
    public static String format(List<AgentEntry> entries, List<String> comments, boolean origins) {
        StringBuilder out = new StringBuilder();
        SitrepSource.header(out, comments, AgentFileReader.KIND);
        for (AgentEntry a : entries) {
            out.append("agent ");
            for (int i = 0; i < a.phrases().size(); i++) {
                String p = SitrepSource.writable(a.phrases().get(i), "agent phrase");
                if (p.contains("|") || p.contains("=>")) throw new IllegalArgumentException("agent phrase \"" + p + "\" contains | or =>");
                out.append(i == 0 ? "" : " | ").append(p);
            }
            out.append(" => ").append(code(a));
            if (origins && a.origin() != null) out.append("  # ").append(a.origin());
            out.append('\n');
        }
        return out.toString();
    }

    public static void write(Path file, List<AgentEntry> entries, List<String> comments, boolean origins) {
        SitrepSource.write(file, format(entries, comments, origins));
    }

    private static String code(AgentEntry a) {
        String code = a.placement() == AgentEntry.Placement.SUFFIX ? "~" + a.code() : a.code() + "~";
        if (!CodeSyntax.isAgentCode(code)) throw new IllegalArgumentException("not an agent code: " + code);
        return code;
    }
}

package org.sitrep.dictionaries.format;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.dictionaries.codes.CodeSyntax;

/**
 * Reads a Sitrep agent file ("sitrep-agents 1"): one "agent PHRASE | PHRASE => ~CODE" (or "CODE~") per line.
 * It is strict: the first malformed line throws a DictionaryException naming file:line and the reason.
 */
public final class AgentFileReader {
    static final String KIND = "sitrep-agents";

    private AgentFileReader() {
    }

    public static List<AgentEntry> read(Path file) {
        return read(file.getFileName().toString(), SitrepSource.read(file));
    }

    public static List<AgentEntry> read(String file, InputStream in) {
        return read(file, SitrepSource.read(file, in));
    }

    /** Reads decoded text; file is the name used in origins and errors. */
    public static List<AgentEntry> read(String file, String text) {
        List<AgentEntry> out = new ArrayList<>();
        for (SitrepSource.Line line : SitrepSource.body(file, text, KIND)) {
            if (line.indented()) throw line.error("unexpected indented line (agent lines start at the margin)");
            if (!line.keyword().equals("agent")) throw line.error("unknown keyword \"" + line.keyword() + "\" (expected \"agent\")");
            String rest = line.rest();
            int arrow = rest.lastIndexOf("=>");
            if (arrow < 0) throw line.error("agent line has no \"=>\" before its code");
            String code = rest.substring(arrow + 2).strip();
            if (!CodeSyntax.isAgentCode(code)) {
                throw line.error("code \"" + code + "\" is not an agent code (~CODE appends to a country, CODE~ prepends; "
                        + "A-Z, 0-9, 3 characters per block)");
            }
            List<String> phrases = new ArrayList<>();
            for (String p : rest.substring(0, arrow).split("\\|", -1)) {
                String phrase = p.strip();
                if (phrase.isEmpty()) throw line.error("empty phrase between \"|\" separators");
                if (PhraseKey.words(phrase).isEmpty()) throw line.error("phrase \"" + phrase + "\" has no words");
                phrases.add(phrase);
            }
            boolean suffix = code.startsWith("~");
            String bare = suffix ? code.substring(1) : code.substring(0, code.length() - 1);
            out.add(new AgentEntry(phrases, bare, suffix ? AgentEntry.Placement.SUFFIX : AgentEntry.Placement.PREFIX,
                    line.origin()));
        }
        return out;
    }
}

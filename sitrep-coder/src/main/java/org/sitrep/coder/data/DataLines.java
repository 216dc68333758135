package org.sitrep.coder.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.dictionaries.DictionaryException;

/**
 * Reads one of the coder's small data files from the bundled dictionaries: comments and blank lines
 * dropped, the version header checked, each content line kept with its file:line for error messages.
 * Event nouns, actor descriptions and PLOVER modes share this shape; each parses only its own lines.
 */
public final class DataLines {

    /** A content line and where it stands, e.g. "sitrep.modes:12". */
    public record Line(String content, String origin) {
        public DictionaryException error(String reason) {
            return new DictionaryException(origin + ": " + reason);
        }
    }

    private DataLines() {
    }

    /** The content lines of a bundled file under org/sitrep/dictionaries/data/, after its header. */
    public static List<Line> bundled(String relativePath, String header) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        String resource = "org/sitrep/dictionaries/data/" + relativePath;
        try (InputStream in = DataLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new DictionaryException(name + ": missing from the classpath");
            return read(name, header, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DictionaryException(name + ": " + e.getMessage());
        }
    }

    public static List<Line> read(String name, String header, BufferedReader reader) throws IOException {
        List<Line> out = new ArrayList<>();
        String line;
        int n = 0;
        boolean seenHeader = false;
        while ((line = reader.readLine()) != null) {
            n++;
            String content = line.replaceFirst("#.*", "").strip();
            if (content.isEmpty()) continue;
            if (!seenHeader) {
                if (!content.equals(header)) {
                    throw new DictionaryException(name + ":" + n + ": expected header \"" + header + "\"");
                }
                seenHeader = true;
                continue;
            }
            out.add(new Line(content, name + ":" + n));
        }
        return out;
    }
}

package org.sitrep.coder.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.dictionaries.DictionaryException;

/**
 * The event nouns Sitrep codes ("invasion" codes as "invade"), read from its event.nouns file.
 * Mapping a noun to a verb keeps each CAMEO code and its patterns in the verb dictionary only.
 */
public final class EventNouns {
    static final String RESOURCE = "org/sitrep/dictionaries/data/nouns/event.nouns";
    private static final String HEADER = "sitrep-event-nouns 1";

    private final Map<String, String> verbByNoun;

    private EventNouns(Map<String, String> verbByNoun) {
        this.verbByNoun = Map.copyOf(verbByNoun);
    }

    public static EventNouns bundled() {
        try (InputStream in = EventNouns.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new DictionaryException("event.nouns: missing from the classpath");
            return read("event.nouns", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DictionaryException("event.nouns: " + e.getMessage());
        }
    }

    static EventNouns read(String name, BufferedReader reader) throws IOException {
        Map<String, String> map = new HashMap<>();
        String line;
        int n = 0;
        boolean header = false;
        while ((line = reader.readLine()) != null) {
            n++;
            String content = line.replaceFirst("#.*", "").strip();
            if (content.isEmpty()) continue;
            if (!header) {
                if (!content.equals(HEADER)) {
                    throw new DictionaryException(name + ":" + n + ": expected header \"" + HEADER + "\"");
                }
                header = true;
                continue;
            }
            String[] parts = content.split("=>");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new DictionaryException(name + ":" + n + ": expected \"NOUN => VERB\", got \"" + content + "\"");
            }
            map.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip().toLowerCase(Locale.ROOT));
        }
        return new EventNouns(map);
    }

    public Optional<String> verbFor(String nounLemma) {
        return Optional.ofNullable(verbByNoun.get(nounLemma.toLowerCase(Locale.ROOT)));
    }
}

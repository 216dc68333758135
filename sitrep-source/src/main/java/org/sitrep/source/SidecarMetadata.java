package org.sitrep.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads the optional "NAME.meta" file beside a text file (published, title, source as key = value).
 * Plain text carries no publication date, and relative dates need one.
 */
record SidecarMetadata(LocalDate published, String title, String source) {

    static final SidecarMetadata NONE = new SidecarMetadata(null, null, null);

    static Path pathFor(Path textFile) {
        String name = textFile.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return textFile.resolveSibling(stem + ".meta");
    }

    static SidecarMetadata readFor(Path textFile) throws InputException {
        Path meta = pathFor(textFile);
        if (!Files.isRegularFile(meta)) return NONE;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(meta, "unreadable metadata: " + e.getMessage());
        }
        LocalDate published = null;
        String value = p.getProperty("published");
        if (value != null && !value.isBlank()) {
            try {
                published = LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new InputException(meta, "published \"" + value.trim() + "\" is not a date (YYYY-MM-DD)");
            }
        }
        return new SidecarMetadata(published, p.getProperty("title"), p.getProperty("source"));
    }
}

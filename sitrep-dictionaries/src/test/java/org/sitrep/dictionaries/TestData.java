package org.sitrep.dictionaries;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.dictionaries.actor.ActorEntry;

/**
 * Where the tests find real data: the reference folder beside the repository and the repository's dictionaries.
 * Surefire runs in the module directory, so both are resolved from there.
 */
public final class TestData {
    public static final Path REFERENCE = Path.of("..", "..", "shared", "reference");
    public static final Path PETRARCH = REFERENCE.resolve("petrarch2");
    public static final Path DICTIONARIES = Path.of("..", "dictionaries");

    private TestData() {
    }

    /** Skips the calling test when the reference folder is absent (it is present in CI). */
    public static Path petrarch(String file) {
        assumeTrue(Files.isDirectory(PETRARCH), "reference data not found at " + REFERENCE.toAbsolutePath());
        return PETRARCH.resolve(file);
    }

    public static void assumeReference() {
        assumeTrue(Files.isDirectory(REFERENCE), "reference data not found at " + REFERENCE.toAbsolutePath());
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** The entries that have this exact phrase. */
    public static List<ActorEntry> withPhrase(List<ActorEntry> entries, String phrase) {
        return entries.stream().filter(e -> e.phrases().contains(phrase)).collect(Collectors.toList());
    }
}

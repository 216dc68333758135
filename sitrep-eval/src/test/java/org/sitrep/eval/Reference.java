package org.sitrep.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.eval.petrarch.ValidationFile;
import org.sitrep.eval.petrarch.ValidationReader;
import org.sitrep.eval.petrarch.ValidationRecord;

/**
 * Where tests find PETRARCH's validation records: the reference folder beside the repository (present in CI).
 * Surefire runs in the module directory, so the path is resolved from there; tests skip when it is absent.
 */
public final class Reference {
    public static final Path PETRARCH = Path.of("..", "..", "shared", "reference", "petrarch2");
    public static final Path RECORDS = PETRARCH.resolve("PETR.UnitTest.records.xml");
    private static ValidationFile records;

    private Reference() {
    }

    public static synchronized ValidationFile records() {
        assumeTrue(Files.isRegularFile(RECORDS), "reference data not found at " + RECORDS.toAbsolutePath());
        if (records == null) records = ValidationReader.read(RECORDS);
        return records;
    }

    public static ValidationRecord record(String id) {
        return records().records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}

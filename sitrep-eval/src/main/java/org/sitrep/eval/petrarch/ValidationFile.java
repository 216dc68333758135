package org.sitrep.eval.petrarch;

import java.nio.file.Path;
import java.util.List;

/**
 * A PETRARCH validation file read whole: where it is, the dictionaries it names, and its records in order.
 * The location matters because the named dictionaries are found beside it.
 */
public record ValidationFile(Path path, ValidationEnvironment environment, List<ValidationRecord> records) {
    public ValidationFile {
        records = List.copyOf(records);
    }

    public int expectedEvents() {
        return records.stream().mapToInt(r -> r.expected().size()).sum();
    }
}

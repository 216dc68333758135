package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The --db option shared by commands that use the store, defaulting to data/sitrep.duckdb.
 * SITREP_DB overrides the default without a flag on every call.
 */
final class DbOption {
    static final String DEFAULT = "data/sitrep.duckdb";

    @Option(names = "--db", paramLabel = "FILE",
            description = "The store (a DuckDB file; default: $SITREP_DB, else " + DEFAULT + ").")
    Path db;

    Path path() {
        if (db != null) return db;
        String env = System.getenv("SITREP_DB");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
    }
}

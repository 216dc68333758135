package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
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

    /** Work on an open store, returning the command's exit code. */
    interface StoreWork {
        int apply(EventStore store);
    }

    /**
     * Runs the work on the store if one exists here; a missing store or a store error is reported and gives 1.
     * Query commands never create an empty store by accident.
     */
    int withExisting(PrintWriter err, StoreWork work) {
        if (!Files.exists(path())) {
            err.println("sitrep: " + path() + ": no store here yet; run `sitrep ingest` first");
            return 1;
        }
        try (EventStore store = EventStore.open(path())) {
            return work.apply(store);
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return 1;
        }
    }

    Path path() {
        if (db != null) return db;
        String env = System.getenv("SITREP_DB");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
    }
}

package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Article;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep demo`: ingests the bundled example article into the store and prints its events.
 * The first thing a new user runs; it exercises every stage from file to store.
 */
@Command(name = "demo", description = "Code the bundled example (examples/nato-iraq.txt) into the store and print its events.")
final class DemoCommand implements Callable<Integer> {
    static final String EXAMPLE = "examples/nato-iraq.txt";

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path example = Path.of(System.getProperty("sitrep.home", ".")).resolve(EXAMPLE);
        if (!Files.isRegularFile(example)) {
            err.println("sitrep: " + example + ": the bundled example is missing (run from the Sitrep folder)");
            return 1;
        }
        Inputs inputs = Inputs.read(List.of(example), null, err);
        if (inputs.articles().isEmpty()) return 1;
        Article article = inputs.articles().get(0);
        IngestCommand.Result r = IngestCommand.ingest(inputs, db.path(), org.sitrep.coder.ArticleCoder.shared(), 1, err);
        if (r.storeFailed || inputs.failures() > 0) return 1;
        try (EventStore store = EventStore.open(db.path())) {
            var events = store.events(new EventQuery(null, null, null, null, article.id(), 0));
            if (!format.jsonl()) {
                out.printf("%s (published %s) -> %s (%s)%n", example, article.publishedDate().map(Object::toString)
                        .orElse("unknown"), db.path(), r.stored == 1 ? "stored now" : "already stored");
            }
            Output.events(out, format.format, events, null);
            return 0;
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return 1;
        }
    }
}

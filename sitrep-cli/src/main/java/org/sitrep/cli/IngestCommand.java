package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.coder.ArticleCoder;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep ingest`: codes articles and stores them with their events and mentions.
 * Articles already in the store are recognised by content and skipped, so re-running is safe.
 */
@Command(name = "ingest", description = "Code articles and store them with their events in the store.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputs inputsOptions;


    @Mixin
    DbOption db;


    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Inputs inputs = inputsOptions.read(err);
        if (inputs.articles().isEmpty()) {
            err.println("sitrep: nothing to ingest; the store was not touched");
            return 1;
        }
        ArticleCoder coder = inputsOptions.coderFor(inputs, err);
        if (coder == null) return 1;
        Result r = ingest(inputs, db.path(), coder, inputsOptions.threads(), err);
        out.printf("stored %d article(s) with %d event(s) in %s; %d already stored; %d failed%n",
                r.stored, r.events, db.path(), r.skipped, inputs.failures());
        out.flush();
        return inputs.failures() == 0 && !r.storeFailed ? 0 : 1;
    }

    /** Counts of one ingest run. */
    static final class Result {
        int stored;
        int skipped;
        int events;
        boolean storeFailed;
    }

    static Result ingest(Inputs inputs, Path dbPath, ArticleCoder coder, int threads, java.io.PrintWriter err) {
        Result r = new Result();
        try (EventStore store = EventStore.open(dbPath)) {
            Progress progress = new Progress(err, inputs.articles().size());
            ParallelCoding.run(inputs.articles(), threads, coder, a -> {
                if (!store.contains(a.id())) return true;
                progress.step(a.origin());
                r.skipped++;
                return false;
            }, outcome -> {
                Article a = outcome.article();
                progress.step(a.origin());
                if (outcome.failure() != null) {
                    inputs.codingFailed(err, a, outcome.failure());
                } else if (store.store(outcome.coded())) {
                    r.stored++;
                    r.events += outcome.coded().events().size();
                } else {
                    r.skipped++;
                }
            });
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            r.storeFailed = true;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("ingest interrupted", e);
        }
        err.flush();
        return r;
    }
}

package org.sitrep.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.sitrep.coder.ArticleCoder;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;

/**
 * Codes articles on several worker threads and hands each result back on the calling thread, in input order.
 * Coding is CPU-bound and the coder is shared safely across threads, while the store and the output want one
 * writer and the same order on every run.
 */
final class ParallelCoding {
    /** One article's result: its coding, or the failure that stopped it. */
    record Outcome(Article article, CodedArticle coded, RuntimeException failure) {
    }

    /** What the caller does with each outcome, in input order. */
    interface OutcomeAction {
        void accept(Outcome outcome) throws Exception;
    }

    private ParallelCoding() {
    }

    /**
     * Codes the articles that pass the filter (tested on the calling thread, in order, just before each is
     * handed to a worker) and passes every outcome to the action. At most twice as many articles as threads
     * are in flight, so memory stays bounded on large batches.
     */
    static void run(List<Article> articles, int threads, ArticleCoder coder, Predicate<Article> worthCoding,
                    OutcomeAction action) throws Exception {
        if (threads <= 1) {
            for (Article a : articles) {
                if (worthCoding.test(a)) action.accept(code(coder, a));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-coder");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            for (Article a : articles) {
                if (inFlight.size() >= 2 * threads) action.accept(next(inFlight));
                if (worthCoding.test(a)) inFlight.add(pool.submit(() -> code(coder, a)));
            }
            while (!inFlight.isEmpty()) action.accept(next(inFlight));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome code(ArticleCoder coder, Article a) {
        try {
            return new Outcome(a, coder.code(a), null);
        } catch (RuntimeException e) {
            return new Outcome(a, null, e);
        }
    }

    private static Outcome next(Deque<Future<Outcome>> inFlight) throws InterruptedException {
        try {
            return inFlight.removeFirst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }
}

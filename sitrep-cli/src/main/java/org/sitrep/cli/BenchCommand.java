package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.coder.ArticleCoder;
import org.sitrep.coder.StageClock;
import org.sitrep.coder.actor.Descriptions;
import org.sitrep.coder.event.EventNouns;
import org.sitrep.coder.event.EventTrace;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.places.Gazetteer;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep bench`: codes a corpus end to end after a warm-up and prints throughput, time per stage and peak
 * heap, then runs CoreNLP with its default English annotators on the same corpus as a baseline.
 * Speed targets are checked by reading these figures, never by a timed test.
 */
@Command(name = "bench", description = "Benchmark the full pipeline on a corpus against CoreNLP's default annotators.")
final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_CORPUS = "bench/corpus.jsonl";

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Articles to code (default: " + DEFAULT_CORPUS + ").")
    Path corpus;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warmup", defaultValue = "5", description = "Articles coded before timing starts (default: ${DEFAULT-VALUE}).")
    int warmup;

    /** One pool from warm-up to timed run, so per-thread state loaded while warming up is reused. */
    private ExecutorService workers;

    @Option(names = "--no-baseline", description = "Skip timing CoreNLP's default annotators on the same corpus.")
    boolean noBaseline;

    /** What one timed run over the corpus counted. */
    private record Run(int articles, long sentences, long tokens, long events, double seconds) {
        double perCore(long n, int threads) {
            return n / seconds / threads;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("sitrep: --threads must be at least 1");
            return 2;
        }
        workers = Executors.newFixedThreadPool(threads);
        try {
            return benchmark(out, err);
        } finally {
            workers.shutdownNow();
        }
    }

    private int benchmark(PrintWriter out, PrintWriter err) throws Exception {
        Path path = corpus != null ? corpus : Path.of(System.getProperty("sitrep.home", ".")).resolve(DEFAULT_CORPUS);
        Inputs inputs = Inputs.read(List.of(path), null, err);
        List<Article> articles = inputs.articles();
        if (articles.isEmpty()) {
            err.println("sitrep: " + path + ": no articles to benchmark");
            return 1;
        }
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        out.printf("corpus: %s, %d articles, %,d characters; %d thread(s), %d core(s) available%n", path,
                articles.size(), chars, threads, Runtime.getRuntime().availableProcessors());

        long loadStart = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.create();
        StageClock clock = StageClock.started();
        ArticleCoder coder = new ArticleCoder(nlp, Dictionaries.bundled(), EventNouns.bundled(),
                Descriptions.bundled(), Gazetteer.bundled(), clock);
        CodedArticle first = coder.code(articles.get(0), EventTrace.NONE);
        out.printf("time to first coded article (models, dictionaries, gazetteer, one article): %.1f s (%d events)%n",
                (System.nanoTime() - loadStart) / 1e9, first.events().size());
        warmUp(articles, a -> coder.code(a, EventTrace.NONE));
        Map<String, Double> nlpBefore = nlp.annotatorSeconds();
        Map<String, Double> stagesBefore = clock.seconds();

        Path db = Files.createTempFile("sitrep-bench", ".duckdb");
        Files.delete(db);
        AtomicLong storeNanos = new AtomicLong();
        Run sitrep;
        try (EventStore store = EventStore.open(db)) {
            sitrep = timed(articles, a -> {
                AnnotatedText doc = coder.annotate(a);
                CodedArticle coded = coder.code(a, doc, EventTrace.NONE);
                long s = System.nanoTime();
                store.store(coded);
                storeNanos.addAndGet(System.nanoTime() - s);
                return new long[] {doc.sentences().size(), doc.sentences().stream().mapToLong(x -> x.tokens().size()).sum(),
                    coded.events().size()};
            }, err);
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        }
        out.printf("sitrep: %d articles, %,d sentences, %,d tokens, %,d events in %.1f s%n", sitrep.articles(),
                sitrep.sentences(), sitrep.tokens(), sitrep.events(), sitrep.seconds());
        out.printf("  per core: %.2f articles/s, %.1f sentences/s, %,.0f tokens/s, %.1f events/s%n",
                sitrep.perCore(sitrep.articles(), threads), sitrep.perCore(sitrep.sentences(), threads),
                sitrep.perCore(sitrep.tokens(), threads), sitrep.perCore(sitrep.events(), threads));
        out.println("  time per stage (CPU-seconds summed over threads):");
        Map<String, Double> nlpAfter = nlp.annotatorSeconds();
        nlpAfter.forEach((k, v) -> out.printf("    nlp %-26s %7.1f s%n", k, v - nlpBefore.getOrDefault(k, 0.0)));
        clock.seconds().forEach((k, v) -> {
            if (!k.equals("nlp")) out.printf("    %-30s %7.1f s%n", k, v - stagesBefore.getOrDefault(k, 0.0));
        });
        out.printf("    %-30s %7.1f s%n", "store", storeNanos.get() / 1e9);
        out.printf("  peak heap: %,d MB%n", peakHeapBytes() / (1024 * 1024));
        out.flush();

        double baselineRate = Double.NaN;
        if (!noBaseline) {
            long baseStart = System.nanoTime();
            NlpPipeline core = NlpPipeline.coreNlpDefaults();
            core.annotate(articles.get(0).text(), articles.get(0).published());
            out.printf("baseline time to first annotated article (models, one article): %.1f s%n",
                    (System.nanoTime() - baseStart) / 1e9);
            out.flush();
            warmUp(articles, a -> core.annotate(a.text(), a.published()));
            Run base = timed(articles, a -> {
                AnnotatedText doc = core.annotate(a.text(), a.published());
                return new long[] {doc.sentences().size(), doc.sentences().stream().mapToLong(x -> x.tokens().size()).sum(), 0};
            }, err);
            baselineRate = base.perCore(base.sentences(), threads);
            out.printf("baseline (CoreNLP tokenize,ssplit,pos,lemma,ner,depparse with defaults): %,d sentences in %.1f s, "
                    + "%.1f sentences/s per core%n", base.sentences(), base.seconds(), baselineRate);
        }
        double rate = sitrep.perCore(sitrep.sentences(), threads);
        out.printf("sitrep: %.1f sent/s, baseline: %s sent/s, ratio: %s%n", rate,
                Double.isNaN(baselineRate) ? "n/a" : String.format("%.1f", baselineRate),
                Double.isNaN(baselineRate) ? "n/a" : String.format("%.2f", rate / baselineRate));
        out.flush();
        return inputs.failures() == 0 ? 0 : 1;
    }

    /** Work on one article, returning {sentences, tokens, events}. */
    private interface Work {
        long[] apply(Article a) throws Exception;
    }

    /**
     * Codes the articles after the first, up to the warm-up count, on as many threads as the timed run uses,
     * so that each worker's per-thread state (its SUTime) is loaded before timing starts.
     */
    private void warmUp(List<Article> articles, java.util.function.Consumer<Article> work) throws Exception {
        List<Article> some = articles.subList(Math.min(1, articles.size()), Math.max(1, Math.min(warmup, articles.size())));
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : some) futures.add(workers.submit(() -> work.accept(a)));
        for (Future<?> f : futures) f.get();
    }

    private Run timed(List<Article> articles, Work work, PrintWriter err) throws Exception {
        Progress progress = new Progress(err, articles.size());
        long start = System.nanoTime();
        long[] totals = new long[3];
        List<Future<long[]>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(workers.submit(() -> {
                long[] r = work.apply(a);
                synchronized (progress) {
                    progress.step(a.origin());
                }
                return r;
            }));
        }
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            for (int i = 0; i < 3; i++) totals[i] += r[i];
        }
        return new Run(articles.size(), totals[0], totals[1], totals[2], (System.nanoTime() - start) / 1e9);
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}

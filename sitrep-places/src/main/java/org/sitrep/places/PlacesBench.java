package org.sitrep.places;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Span;

/**
 * Prints how long the bundled gazetteer takes to load, the heap it holds, and how many place mentions per
 * second the resolver gets through. Run it with
 * {@code java -cp sitrep-places/target/classes:sitrep-model/target/classes org.sitrep.places.PlacesBench}.
 */
public final class PlacesBench {
    private static final int ARTICLE_SIZE = 25;
    private static final int ROUNDS = 5;
    private static final List<String> NEWS_NAMES = List.of("Iraq", "Syria", "Jordan", "Beirut", "Tripoli",
        "Erbil", "Al Bukamal", "Baghdad", "Tehran", "Washington", "United States", "the Gulf", "West Asia",
        "Georgia", "Paris", "Moscow", "Kyiv", "Gaza", "Sanaa", "Kabul", "Mosul", "Aleppo", "Idlib", "Damascus");

    private PlacesBench() {
    }

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long before = usedHeap(rt);
        double cpuBefore = processCpuSeconds();
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.bundled();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        double loadCpu = processCpuSeconds() - cpuBefore;
        long heap = usedHeap(rt) - before;
        System.out.printf(Locale.ROOT,
            "gazetteer: %,d entries, %,d names; loaded in %.2f s (%.2f s of CPU, all JVM threads); %,d MB of heap%n",
            gazetteer.size(), gazetteer.nameCount(), loadSeconds, loadCpu, heap >> 20);

        List<List<PlaceQuery>> articles = workload(gazetteer);
        int mentions = articles.stream().mapToInt(List::size).sum();
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        double[] rates = new double[ROUNDS];
        for (int round = -2; round < ROUNDS; round++) {
            long t = System.nanoTime();
            int resolved = 0;
            for (List<PlaceQuery> article : articles) {
                for (ResolvedPlace p : resolver.resolve(article)) if (p.resolved()) resolved++;
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            if (round >= 0) rates[round] = mentions / seconds;
            if (round == ROUNDS - 1) {
                System.out.printf(Locale.ROOT, "workload: %,d articles of %d mentions, %,d mentions, %,d resolved%n",
                    articles.size(), ARTICLE_SIZE, mentions, resolved);
            }
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "resolution: %,.0f mentions/s (median of %d rounds, 1 thread; min %,.0f, max %,.0f)%n",
            rates[ROUNDS / 2], ROUNDS, rates[0], rates[ROUNDS - 1]);
    }

    /**
     * Articles of real gazetteer names: every 37th entry's name, mixed with the ambiguous names news uses
     * most, so that both rare and crowded names are looked up.
     */
    private static List<List<PlaceQuery>> workload(Gazetteer gazetteer) {
        List<String> names = new ArrayList<>();
        for (int i = 0, k = 0; i < gazetteer.size(); i += 37, k++) {
            names.add(gazetteer.entry(i).name());
            names.add(NEWS_NAMES.get(k % NEWS_NAMES.size()));
        }
        List<List<PlaceQuery>> articles = new ArrayList<>();
        for (int from = 0; from < names.size(); from += ARTICLE_SIZE) {
            List<PlaceQuery> article = new ArrayList<>(ARTICLE_SIZE);
            for (String name : names.subList(from, Math.min(names.size(), from + ARTICLE_SIZE))) {
                article.add(new PlaceQuery(0, new Span(0, name.length()), name));
            }
            articles.add(article);
        }
        return articles;
    }

    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}

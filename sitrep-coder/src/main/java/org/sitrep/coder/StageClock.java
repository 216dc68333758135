package org.sitrep.coder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Adds up the time an ArticleCoder spends in each stage (nlp, actors, times, places, events), across threads.
 * A benchmark needs to say where the time goes; normal coding uses {@link #OFF} and pays one branch.
 */
public final class StageClock {
    public static final StageClock OFF = new StageClock(false);

    private final boolean on;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    private StageClock(boolean on) {
        this.on = on;
    }

    public static StageClock started() {
        return new StageClock(true);
    }

    public <T> T time(String stage, Supplier<T> work) {
        if (!on) return work.get();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    /** Seconds per stage, in the order stages were first timed. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> out.put(stage, n.sum() / 1e9));
        return out;
    }
}

package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows items done, rate and time left on a terminal, and stays silent when output is not a terminal.
 * CI logs and pipes should not fill with carriage-return noise.
 */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final boolean enabled;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = System.console() != null && total > 1;
    }

    void step(String item) {
        done++;
        if (!enabled) return;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf("\r%d/%d articles, %.2f/s, ETA %s  %s", done, total, rate, Duration.ofSeconds(eta)
                .toString().substring(2).toLowerCase(), shorten(item));
        if (done == total) err.println();
        err.flush();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? "…" + s.substring(s.length() - 39) : String.format("%-40s", s);
    }
}

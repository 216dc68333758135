package org.sitrep.eval.score;

import java.util.Locale;

/**
 * The totals of an evaluation: events matched, events expected, spurious events.
 * Spurious events are reported as a share of the expected ones, so both rates share one denominator.
 */
public record Figures(int matched, int expected, int spurious) {

    public static Figures of(Iterable<RecordScore> scores) {
        int m = 0;
        int n = 0;
        int s = 0;
        for (RecordScore r : scores) {
            m += r.matched().size();
            n += r.expected();
            s += r.spurious().size();
        }
        return new Figures(m, n, s);
    }

    public double matchedPercent() {
        return percent(matched);
    }

    public double spuriousPercent() {
        return percent(spurious);
    }

    private double percent(int count) {
        return expected == 0 ? 0 : 100.0 * count / expected;
    }

    /** "matched: M/N (P%), spurious: S (Q%)", percentages to one decimal. */
    public String line() {
        return String.format(Locale.ROOT, "matched: %d/%d (%.1f%%), spurious: %d (%.1f%%)", matched, expected,
                matchedPercent(), spurious, spuriousPercent());
    }
}

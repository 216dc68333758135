package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.eval.score.Figures;

/**
 * The whole PETRARCH unit-test file, coded by the real pipeline with its own dictionaries, pinned so the
 * figures cannot slip back. The bar rises as the coder improves: when a change raises matched or lowers
 * spurious, raise the numbers here in the same commit (docs/evaluation.md records each step).
 */
class PetrarchFiguresTest {
    /** Re-parsing, the route that says how Sitrep does on plain text (issue 3 asks for 85% and 10%). */
    private static final int REPARSED_MATCHED_AT_LEAST = 311;
    private static final int REPARSED_SPURIOUS_AT_MOST = 33;
    /** The records' own parses converted to UD: separates parser errors from coder errors. */
    private static final int GOLD_MATCHED_AT_LEAST = 282;
    private static final int GOLD_SPURIOUS_AT_MOST = 37;

    @Test
    void reparsedFiguresDoNotSlipBack() {
        Figures f = run(false);
        assertThat(f.expected()).isEqualTo(359);
        assertThat(f.matched()).as(f.line()).isGreaterThanOrEqualTo(REPARSED_MATCHED_AT_LEAST);
        assertThat(f.spurious()).as(f.line()).isLessThanOrEqualTo(REPARSED_SPURIOUS_AT_MOST);
    }

    @Test
    void goldParseFiguresDoNotSlipBack() {
        Figures f = run(true);
        assertThat(f.expected()).isEqualTo(359);
        assertThat(f.matched()).as(f.line()).isGreaterThanOrEqualTo(GOLD_MATCHED_AT_LEAST);
        assertThat(f.spurious()).as(f.line()).isLessThanOrEqualTo(GOLD_SPURIOUS_AT_MOST);
    }

    private static Figures run(boolean goldParse) {
        long start = System.nanoTime();
        EvaluationResult result = PetrarchEvaluation.prepare(Reference.records(), null, goldParse).run(o -> { });
        System.out.printf("PETRARCH unit-test records, %s: %s in %.1f s%n", result.route(), result.figures().line(),
                (System.nanoTime() - start) / 1e9);
        return result.figures();
    }
}

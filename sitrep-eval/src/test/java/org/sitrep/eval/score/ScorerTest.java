package org.sitrep.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact multiset matching of (source, target, code) triples, on hand-made cases. */
class ScorerTest {
    private static final EventTriple A = new EventTriple("ARN", "GON", "064");
    private static final EventTriple B = new EventTriple("GON", "ARN", "064");
    private static final EventTriple C = new EventTriple("ARNGOV", "GON", "064");

    @Test
    void matchesEachExpectedEventAtMostOnce() {
        RecordScore s = Scorer.score(List.of(A, A, B), List.of(B, A, B, C));
        assertThat(s.matched()).containsExactlyInAnyOrder(A, B);
        assertThat(s.missed()).containsExactly(A);
        assertThat(s.spurious()).containsExactlyInAnyOrder(B, C);
        assertThat(s.expected()).isEqualTo(3);
        assertThat(s.perfect()).isFalse();
    }

    @Test
    void comparesCodesExactly() {
        RecordScore s = Scorer.score(List.of(A), List.of(C, new EventTriple("ARN", "GON", "64")));
        assertThat(s.matched()).isEmpty();
        assertThat(s.missed()).containsExactly(A);
        assertThat(s.spurious()).hasSize(2);
    }

    @Test
    void everyEventOfANoEventsRecordIsSpurious() {
        RecordScore s = Scorer.score(List.of(), List.of(A, A));
        assertThat(s.spurious()).containsExactly(A, A);
        assertThat(s.expected()).isZero();
        assertThat(Scorer.score(List.of(), List.of()).perfect()).isTrue();
    }

    @Test
    void figuresSumRecordsAndPrintTheLastLine() {
        Figures f = Figures.of(List.of(Scorer.score(List.of(A, B), List.of(A)), Scorer.score(List.of(), List.of(C)),
                Scorer.score(List.of(C), List.of(C, B))));
        assertThat(f).isEqualTo(new Figures(2, 3, 2));
        assertThat(f.line()).isEqualTo("matched: 2/3 (66.7%), spurious: 2 (66.7%)");
        assertThat(new Figures(55, 359, 56).line()).isEqualTo("matched: 55/359 (15.3%), spurious: 56 (15.6%)");
        assertThat(new Figures(0, 0, 1).line()).isEqualTo("matched: 0/0 (0.0%), spurious: 1 (0.0%)");
    }
}

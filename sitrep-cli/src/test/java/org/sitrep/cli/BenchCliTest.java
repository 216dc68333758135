package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark command on a tiny corpus: it runs end to end and prints its figures, never asserts speed. */
class BenchCliTest {

    @Test
    void benchPrintsThroughputStagesHeapAndTheSummaryLine() {
        CliTest.Run r = CliTest.run("bench", "--corpus", "../examples/lines/articles.jsonl", "--warmup", "1",
                "--no-baseline");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("time to first coded article", "sentences/s", "tokens/s", "events/s",
                "nlp SUTime", "nlp DependencyParser", "actors", "places", "times", "events", "store", "peak heap");
        String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).matches("sitrep: [0-9.]+ sent/s, baseline: n/a sent/s, ratio: n/a");
    }

    @Test
    void aMissingCorpusIsAClearError() {
        CliTest.Run r = CliTest.run("bench", "--corpus", "no/such/corpus.jsonl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no/such/corpus.jsonl");
    }
}

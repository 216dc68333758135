package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several workers code a batch exactly as one does, in the same order, and a bad article still stops nothing. */
class ParallelCodingCliTest {
    private static final String ARTICLES = "../examples/lines/articles.jsonl";

    @Test
    void threeWorkersGiveTheSameEventsInTheSameOrderAsOne() {
        CliTest.Run one = CliTest.run("code", ARTICLES, "--format", "jsonl", "--threads", "1");
        CliTest.Run three = CliTest.run("code", ARTICLES, "--format", "jsonl", "--threads", "3");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out().lines().count()).isGreaterThan(3);
        assertThat(three.exit()).as(three.err()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
    }

    @Test
    void aBadArticleAmongWorkersIsReportedAndTheOthersAreStored(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("junk.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 7});
        Path db = dir.resolve("s.duckdb");
        CliTest.Run r = CliTest.run("ingest", ARTICLES, bad.toString(), "--db", db.toString(), "--threads", "2");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("junk.txt");
        assertThat(r.out()).contains("stored 3 article(s)");
        CliTest.Run again = CliTest.run("ingest", ARTICLES, "--db", db.toString(), "--threads", "2");
        assertThat(again.out()).contains("stored 0 article(s)", "3 already stored");
    }
}

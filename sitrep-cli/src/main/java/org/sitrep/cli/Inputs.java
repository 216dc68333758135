package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.source.ArticleSources;
import org.sitrep.source.SourceItem;

/**
 * Reads every input of a command (text, HTML, feeds, JSON lines, WARC; files and folders), reporting each bad
 * file, feed item, line or record on stderr and keeping the good articles.
 * One bad article never stops a batch; the command's exit code still says something failed.
 */
final class Inputs {
    private final List<Article> articles = new ArrayList<>();
    private int failures;

    static Inputs read(List<Path> paths, LocalDate published, PrintWriter err) {
        Inputs in = new Inputs();
        new ArticleSources().read(paths, published, item -> {
            if (item instanceof SourceItem.Read read) {
                in.articles.add(read.article());
            } else if (item instanceof SourceItem.Failed failed) {
                in.failures++;
                err.println("sitrep: " + failed.error().getMessage());
            } else if (item instanceof SourceItem.Note note) {
                err.println("sitrep: note: " + note);
            }
        });
        err.flush();
        return in;
    }

    List<Article> articles() {
        return articles;
    }

    int failures() {
        return failures;
    }

    void failed() {
        failures++;
    }

    /** Reports an article the coder failed on and counts it; the batch goes on. */
    void codingFailed(PrintWriter err, org.sitrep.model.Article article, RuntimeException failure) {
        err.println("sitrep: " + article.origin() + ": could not be coded: " + failure);
        failed();
    }
}

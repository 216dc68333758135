package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.source.FileArticleReader;
import org.sitrep.source.InputException;

/**
 * Reads every input of a command, reporting each bad one on stderr and keeping the good ones.
 * One bad article never stops a batch; the command's exit code still says something failed.
 */
final class Inputs {
    private final List<Article> articles = new ArrayList<>();
    private int failures;

    static Inputs read(List<Path> paths, LocalDate published, PrintWriter err) {
        Inputs in = new Inputs();
        FileArticleReader reader = new FileArticleReader();
        for (Path file : reader.expand(paths)) {
            try {
                in.articles.add(reader.read(file, published));
            } catch (InputException e) {
                in.failures++;
                err.println("sitrep: " + e.getMessage());
            }
        }
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
}

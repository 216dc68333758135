package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.coder.ArticleCoder;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of every command that codes articles: the files or folders, an optional publication date, and
 * the user's extra dictionaries.
 * Declared once so code, ingest, times and places read and code their inputs alike.
 */
final class ArticleInputs {
    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Articles: text, HTML, RSS/Atom, JSON lines or WARC files, or folders of them.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every input (default: the input's metadata, a .meta file or a "
                    + "dateline; else unknown).")
    LocalDate published;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles coded at once (default: the number of cores, at most 4). Each worker needs "
                    + "about 300 MB more heap: raise -Xmx in SITREP_JAVA_OPTS for more.")
    int threads = Math.min(4, Runtime.getRuntime().availableProcessors());

    @Mixin
    DictionariesOption dictionaries;

    /** What a command does with each coded article. */
    interface ArticleAction {
        void accept(Article article, CodedArticle coded) throws Exception;
    }

    /**
     * Reads the inputs, codes each article and hands it to the action; an article that fails is reported and
     * the batch goes on. Returns the command's exit code: 0, or 1 when any input or article failed.
     */
    int codeEach(PrintWriter err, ArticleAction action) throws Exception {
        Inputs inputs = read(err);
        ArticleCoder coder = coderFor(inputs, err);
        if (coder == null) return 1;
        Progress progress = new Progress(err, inputs.articles().size());
        ParallelCoding.run(inputs.articles(), threads(), coder, a -> true, outcome -> {
            if (outcome.failure() != null) {
                inputs.codingFailed(err, outcome.article(), outcome.failure());
                return;
            }
            progress.step(outcome.article().origin());
            action.accept(outcome.article(), outcome.coded());
        });
        err.flush();
        return inputs.failures() == 0 ? 0 : 1;
    }

    /** The worker threads asked for; picocli cannot bound an int, so a value below 1 means 1. */
    int threads() {
        return Math.max(1, threads);
    }

    Inputs read(PrintWriter err) {
        return Inputs.read(paths, published, err);
    }

    /** The coder, built only when there is something to code; null after printing why it could not be. */
    ArticleCoder coderFor(Inputs inputs, PrintWriter err) {
        return inputs.articles().isEmpty() ? null : Coders.forOptions(dictionaries, err);
    }
}

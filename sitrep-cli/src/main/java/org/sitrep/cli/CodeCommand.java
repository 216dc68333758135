package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.coder.ArticleCoder;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep code`: codes articles and prints their events, storing nothing.
 * The quickest way to see what Sitrep makes of a text.
 */
@Command(name = "code", description = "Code articles and print their events (stores nothing).")
final class CodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputs inputsOptions;



    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Inputs inputs = inputsOptions.read(err);
        Progress progress = new Progress(err, inputs.articles().size());
        ArticleCoder coder = inputsOptions.coderFor(inputs, err);
        if (coder == null) return 1;
        for (Article a : inputs.articles()) {
            CodedArticle coded;
            try {
                coded = coder.code(a);
            } catch (RuntimeException e) {
                err.println("sitrep: " + a.origin() + ": could not be coded: " + e);
                inputs.failed();
                continue;
            }
            progress.step(a.origin());
            Output.events(out, format, coded.events(), format == Format.table ? a.origin() : null);
        }
        out.flush();
        err.flush();
        return inputs.failures() == 0 ? 0 : 1;
    }
}

package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that codes its inputs and prints something of each coded article (code, times, places).
 * They share their options, the coding loop and its failure handling; each says only what it prints.
 */
abstract class CodingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputs inputsOptions;

    @Mixin
    FormatOption format;

    /** Prints what this command shows of one coded article, as a table or as JSON lines. */
    abstract void print(PrintWriter out, Article article, CodedArticle coded) throws Exception;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int exit = inputsOptions.codeEach(spec.commandLine().getErr(), (article, coded) -> print(out, article, coded));
        out.flush();
        return exit;
    }
}

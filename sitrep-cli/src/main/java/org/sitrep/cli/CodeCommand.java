package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        int exit = inputsOptions.codeEach(spec.commandLine().getErr(), (article, coded) ->
                Output.events(out, format.format, coded.events(), format.jsonl() ? null : article.origin()));
        out.flush();
        return exit;
    }
}

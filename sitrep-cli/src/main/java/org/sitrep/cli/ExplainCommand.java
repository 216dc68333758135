package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.coder.ArticleCoder;
import org.sitrep.model.Article;
import org.sitrep.source.ArticleIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep explain "SENTENCE"`: codes a sentence and prints the parse, the actors and times found, each
 * candidate verb or event noun, and why each pattern and event did or did not fire.
 * A coder nobody can question is a coder nobody can fix.
 */
@Command(name = "explain", description = "Code a sentence and show the parse, actors, candidate verbs and why each pattern fired or not.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SENTENCE", arity = "1..*", description = "The text to explain (one or more sentences).")
    List<String> words;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date (default: unknown).")
    LocalDate published;

    @Mixin
    DictionariesOption dictionaries;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String text = String.join(" ", words);
        if (text.isBlank()) {
            err.println("sitrep: explain needs a sentence");
            return 2;
        }
        ArticleCoder coder = Coders.forOptions(dictionaries, err);
        if (coder == null) return 1;
        var coded = coder.code(new Article(ArticleIds.of(text), "explain", null, text, published), out::println);
        out.println(coded.events().size() + (coded.events().size() == 1 ? " event" : " events"));
        out.flush();
        return 0;
    }
}

package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import picocli.CommandLine.Command;

/**
 * `sitrep code`: codes articles and prints their events, storing nothing.
 * The quickest way to see what Sitrep makes of a text.
 */
@Command(name = "code", description = "Code articles and print their events (stores nothing).")
final class CodeCommand extends CodingCommand {
    @Override
    void print(PrintWriter out, Article article, CodedArticle coded) {
        Output.events(out, format.format, coded.events(), format.jsonl() ? null : article.origin());
    }
}

package org.sitrep.eval;

import org.sitrep.coder.ArticleCoder;
import org.sitrep.coder.event.EventTrace;
import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.model.Article;
import org.sitrep.nlp.AnnotatedText;

/**
 * Codes a record's text exactly as Sitrep codes any article: CoreNLP parses it, ArticleCoder codes it.
 * This is the figure that says how Sitrep does on text it has never seen parsed.
 */
final class ReparseRoute implements CodingRoute {
    private final ArticleCoder coder;

    ReparseRoute(ArticleCoder coder) {
        this.coder = coder;
    }

    @Override
    public String label() {
        return "re-parsed";
    }

    @Override
    public Coded code(ValidationRecord record) {
        Article article = RecordArticle.of(record, RecordArticle.text(record));
        AnnotatedText doc = coder.annotate(article);
        return new Coded(Coding.of(coder.code(article, doc, EventTrace.NONE)), doc, null);
    }
}

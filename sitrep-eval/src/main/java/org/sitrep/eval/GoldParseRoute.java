package org.sitrep.eval;

import org.sitrep.coder.ArticleCoder;
import org.sitrep.coder.event.EventTrace;
import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.nlp.PennTree;

/**
 * Codes a record from its own Penn Treebank parse, converted to UD by CoreNLP, instead of re-parsing its text.
 * Some records' parses spell other words than their text (PETRARCH coded the parse); those are coded on the
 * parse's words, and the outcome says so.
 */
final class GoldParseRoute implements CodingRoute {
    private final NlpPipeline nlp;
    private final ArticleCoder coder;

    GoldParseRoute(NlpPipeline nlp, ArticleCoder coder) {
        this.nlp = nlp;
        this.coder = coder;
    }

    @Override
    public String label() {
        return "gold parse";
    }

    @Override
    public Coded code(ValidationRecord record) {
        if (record.parse() == null) throw new IllegalArgumentException("the record has no <Parse>");
        PennTree tree = PennTree.read(record.parse());
        String text = RecordArticle.text(record);
        String note = null;
        if (tree.alignTo(text).isEmpty()) {
            text = tree.text();
            note = "the parse's words differ from <Text>; coded the parse's words: \"" + text + "\"";
        }
        AnnotatedText doc = nlp.annotateParsed(text, record.parse(), record.date());
        return new Coded(Coding.of(coder.code(RecordArticle.of(record, text), doc, EventTrace.NONE)), doc, note);
    }
}

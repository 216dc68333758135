package org.sitrep.nlp;

import org.sitrep.model.Span;

/**
 * One token with its character span in the article and CoreNLP's word, lemma, POS and NER tag.
 * index is 0-based within its sentence.
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}

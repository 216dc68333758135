package org.sitrep.nlp;

import org.sitrep.model.Span;

/**
 * A named-entity mention (PERSON, ORGANIZATION, LOCATION, ...) from CoreNLP's NER, as a token range.
 * lastToken is inclusive.
 */
public record EntityMention(int sentence, int firstToken, int lastToken, Span span, String text, String type) {
}

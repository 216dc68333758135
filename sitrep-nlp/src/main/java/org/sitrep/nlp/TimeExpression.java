package org.sitrep.nlp;

import org.sitrep.model.Span;

/**
 * A time expression found by SUTime, normalised against the publication date.
 * value is the TIMEX3 value (2020-01, 2021-02-25, PXY, ****02) and may be null.
 */
public record TimeExpression(int sentence, int firstToken, int lastToken, Span span, String text,
                             String type, String value, String modifier) {
}

package org.sitrep.nlp;

import java.util.List;

/**
 * An article's text with every NLP annotation as offsets into it: sentences, entities, time expressions.
 * It holds no CoreNLP types, so stages after NLP depend only on this shape.
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<EntityMention> entities,
                            List<TimeExpression> times) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }

    public List<TimeExpression> timesIn(int sentence) {
        return times.stream().filter(t -> t.sentence() == sentence).toList();
    }

    public List<EntityMention> entitiesIn(int sentence) {
        return entities.stream().filter(e -> e.sentence() == sentence).toList();
    }
}

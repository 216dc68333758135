package org.sitrep.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

/**
 * CoreNLP's neural dependency parser, applied to one sentence at a time, giving its UD enhanced++ graph only.
 * Parsing is the costliest stage: the caller picks the sentences, and the basic and enhanced graphs CoreNLP's
 * annotator would also build are not needed.
 */
final class SentenceParser {
    private final DependencyParser parser =
            DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    private final LongAdder nanos = new LongAdder();

    /** Sets the sentence's enhanced++ dependencies. Safe to call from several threads. */
    void parse(CoreMap sentence) {
        long start = System.nanoTime();
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.generateEnhancedPlusPlusDependencies(parser.predict(sentence)));
        nanos.add(System.nanoTime() - start);
    }

    boolean parsed(CoreMap sentence) {
        return sentence.containsKey(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    double seconds() {
        return nanos.sum() / 1e9;
    }
}

package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Builds the CoreNLP annotation of one sentence from its gold constituency parse: tokens and tags from the
 * tree, lemmas from CoreNLP's morphology, NER from the loaded pipeline's NER annotator, and UD
 * enhanced++ dependencies converted from the tree.
 * The result has the shape the parsing pipeline produces, so both routes are read by the same code.
 */
final class ParsedSentenceAnnotation {
    private ParsedSentenceAnnotation() {
    }

    /** The annotation of text, whose words are at spans (from PennTree.alignTo), with the pipeline's NER annotator. */
    static Annotation of(String text, PennTree parse, List<Span> spans, LocalDate docDate, Annotator ner) {
        List<CoreLabel> tokens = tokens(text, parse, spans);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(spans.get(0).start(),
                spans.get(spans.size() - 1).end()));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, spans.get(0).start());
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, spans.get(spans.size() - 1).end());
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        Tree tree = parse.tree();
        tree.indexLeaves();
        sentence.set(TreeCoreAnnotations.TreeAnnotation.class, tree);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhancedPlusPlus(tree));

        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        if (docDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        ner.annotate(doc);
        return doc;
    }

    private static List<CoreLabel> tokens(String text, PennTree parse, List<Span> spans) {
        List<CoreLabel> tokens = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            String word = span.of(text);
            String tag = parse.tags().get(i);
            CoreLabel l = new CoreLabel();
            l.setWord(word);
            l.setValue(word);
            l.setOriginalText(word);
            l.setTag(tag);
            l.setLemma(Morphology.lemmaStatic(word, tag));
            l.setBeginPosition(span.start());
            l.setEndPosition(span.end());
            l.setIndex(i + 1);
            l.setSentIndex(0);
            l.setBefore(text.substring(i == 0 ? 0 : spans.get(i - 1).end(), span.start()));
            l.setAfter(i + 1 < spans.size() ? text.substring(span.end(), spans.get(i + 1).start())
                    : text.substring(span.end()));
            l.setNER("O");
            tokens.add(l);
        }
        return tokens;
    }

    /** Punctuation edges are kept, as the dependency parser keeps them. */
    private static SemanticGraph enhancedPlusPlus(Tree tree) {
        GrammaticalStructure structure = new UniversalEnglishGrammaticalStructure(tree, word -> true);
        return SemanticGraphFactory.generateEnhancedPlusPlusDependencies(structure);
    }
}

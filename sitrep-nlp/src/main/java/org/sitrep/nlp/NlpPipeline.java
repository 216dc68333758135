package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import org.sitrep.model.Span;

/**
 * Stanford CoreNLP (tokens, sentences, POS, lemmas, NER, SUTime dates, UD enhanced++ dependencies) behind
 * one method that returns offset-based annotations.
 * Loading the models costs seconds and gigabytes, so a JVM shares one instance through {@link #shared()}.
 * SUTime and the dependency parser run apart from CoreNLP's pipeline, each only where it can find something:
 * together they cost more than everything else Sitrep does.
 */
public final class NlpPipeline {
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP coreNlp;
    /** Run apart so only the sentences worth it are parsed; null when CoreNLP's pipeline parses everything. */
    private final SentenceParser parser;
    /** SUTime, run apart around the words dates are made of; null when CoreNLP's NER runs it. */
    private final TimeTagger timeTagger;
    private final LongAdder timeNanos = new LongAdder();

    private NlpPipeline(StanfordCoreNLP coreNlp, SentenceParser parser, TimeTagger timeTagger) {
        this.coreNlp = coreNlp;
        this.parser = parser;
        this.timeTagger = timeTagger;
    }

    private static NlpPipeline sitrep() {
        Properties props = defaultProperties();
        return new NlpPipeline(new StanfordCoreNLP(props), new SentenceParser(), new TimeTagger(props));
    }

    /**
     * Chooses the sentences worth parsing from an article's annotations (tokens, POS, lemmas, NER, dates, and
     * the dependencies of the sentences parsed so far): parsing is the costliest stage, and a sentence that
     * cannot yield an event gains nothing from it.
     */
    @FunctionalInterface
    public interface ParseSelection {
        IntPredicate sentencesOf(AnnotatedText unparsed);

        ParseSelection ALL = unparsed -> s -> true;
    }

    /** The JVM-wide pipeline, loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = sitrep();
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * The annotators the coder needs. Fine-grained NER is off: it costs about 3x and its labels
     * (TITLE, COUNTRY, NATIONALITY) come from Sitrep's own dictionaries instead. NER's numeric classifiers
     * (numbers, money, and SUTime inside them) are off too: SUTime runs apart ({@link TimeTagger}).
     */
    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        // One CRF model instead of three: the coder needs PERSON, ORGANIZATION and LOCATION.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("sutime.includeRange", "true");
        return props;
    }

    /** A pipeline of its own (not the shared one), e.g. for a benchmark that times its annotators. */
    public static NlpPipeline create() {
        return sitrep();
    }

    /**
     * CoreNLP with its default English annotators and settings (fine-grained NER included): the baseline
     * a benchmark compares Sitrep's pipeline with.
     */
    public static NlpPipeline coreNlpDefaults() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new NlpPipeline(new StanfordCoreNLP(props), null, null);
    }

    /** Seconds each annotator has spent since this pipeline was built, from CoreNLP's own accounting. */
    public java.util.Map<String, Double> annotatorSeconds() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\\w+): ([0-9.]+) sec")
                .matcher(coreNlp.timingInformation());
        while (m.find()) {
            if (!m.group(1).equals("TOTAL")) out.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        if (timeTagger != null) out.put("SUTime", timeNanos.sum() / 1e9);
        if (parser != null) out.put("DependencyParser", parser.seconds());
        return out;
    }

    /** Annotates a text, parsing every sentence; relative dates are resolved against docDate when it is known. */
    public AnnotatedText annotate(String text, LocalDate docDate) {
        return annotate(text, docDate, ParseSelection.ALL);
    }

    /**
     * Annotates a text, running the dependency parser only on the sentences the selection chooses. The
     * selection is asked again after each round of parsing, until it chooses nothing new: a sentence parsed
     * may make another one worth parsing ("the government of Iraq" is a government only once parsed, and
     * "the agency" in a later sentence refers to it). Unparsed sentences have no dependencies.
     */
    public AnnotatedText annotate(String text, LocalDate docDate, ParseSelection selection) {
        String prepared = NlpText.prepare(text);
        Annotation doc = new Annotation(prepared);
        if (docDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        }
        coreNlp.annotate(doc);
        if (parser == null) return annotatedText(text, doc, List.of());
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        long start = System.nanoTime();
        List<TimeExpression> times = timeTagger.tag(text, prepared, sentences, docDate);
        timeNanos.add(System.nanoTime() - start);
        AnnotatedText annotated = annotatedText(text, doc, times);
        boolean more = true;
        while (more) {
            IntPredicate worth = selection.sentencesOf(annotated);
            more = false;
            for (int i = 0; i < sentences.size(); i++) {
                if (parser.parsed(sentences.get(i)) || !worth.test(i)) continue;
                parser.parse(sentences.get(i));
                more = true;
            }
            if (more) annotated = annotatedText(text, doc, times);
        }
        return annotated;
    }

    /**
     * Annotates one sentence whose Penn Treebank parse is given instead of parsing it again: tokens and
     * part-of-speech tags come from the tree, dependencies are CoreNLP's UD enhanced++ conversion of it, and
     * lemmas, NER and SUTime dates are computed on those tokens as {@link #annotate} computes them.
     *
     * @throws IllegalArgumentException when the parse is malformed or its words do not spell the text
     */
    public AnnotatedText annotateParsed(String text, String pennTree, LocalDate docDate) {
        PennTree parse = PennTree.read(pennTree);
        List<Span> spans = parse.alignTo(text).orElseThrow(() -> new IllegalArgumentException(
                "the words of the parse do not spell the text: \"" + parse.text() + "\""));
        Annotation doc = ParsedSentenceAnnotation.of(text, parse, spans, docDate, coreNlp.pool.get("ner"));
        List<TimeExpression> times = timeTagger == null ? List.of()
                : timeTagger.tag(text, text, doc.get(CoreAnnotations.SentencesAnnotation.class), docDate);
        return annotatedText(text, doc, times);
    }

    /** Offset-based annotations of a CoreNLP annotation, with the time expressions found apart from it. */
    private static AnnotatedText annotatedText(String text, Annotation doc, List<TimeExpression> found) {
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>(found);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap cs = coreSentences.get(s);
            List<Token> tokens = tokens(cs);
            Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new Sentence(s, span, tokens, dependencies(cs)));
            collectMentions(text, s, cs, entities, times);
        }
        return new AnnotatedText(text, sentences, entities, times);
    }

    private static List<Token> tokens(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, new Span(l.beginPosition(), l.endPosition()), l.word(), l.lemma(), l.tag(),
                    l.ner()));
        }
        return tokens;
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) return List.of();
        Set<Dependency> deps = new LinkedHashSet<>();
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                    e.getDependent().index() - 1));
        }
        return new ArrayList<>(deps);
    }

    private static void collectMentions(String text, int s, CoreMap sentence, List<EntityMention> entities,
                                        List<TimeExpression> times) {
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) return;
        for (CoreMap m : mentions) {
            List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
            if (toks == null || toks.isEmpty()) continue;
            int first = toks.get(0).index() - 1;
            int last = toks.get(toks.size() - 1).index() - 1;
            Span span = new Span(toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition());
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null) {
                times.add(new TimeExpression(s, first, last, span, span.of(text), timex.timexType(),
                        timex.value(), TimeTagger.modifier(timex)));
            } else {
                entities.add(new EntityMention(s, first, last, span, span.of(text), type));
            }
        }
    }
}

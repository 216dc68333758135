package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
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
import org.sitrep.model.Span;

/**
 * Stanford CoreNLP (tokens, sentences, POS, lemmas, NER with SUTime, UD enhanced++ dependencies) behind
 * one method that returns offset-based annotations.
 * Loading the models costs seconds and gigabytes, so a JVM shares one instance through {@link #shared()}.
 */
public final class NlpPipeline {
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP coreNlp;
    /** Run separately so only the sentences worth it are parsed; null when the pipeline parses everything. */
    private final DependencyParseAnnotator depparse;
    private final java.util.concurrent.atomic.LongAdder depparseNanos = new java.util.concurrent.atomic.LongAdder();

    private NlpPipeline(Properties props) {
        boolean parseInPipeline = props.getProperty("annotators").contains("depparse");
        this.coreNlp = new StanfordCoreNLP(props);
        this.depparse = parseInPipeline ? null : new DependencyParseAnnotator(new Properties());
    }

    /** The JVM-wide pipeline, loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new NlpPipeline(defaultProperties());
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * The annotators the coder needs. Fine-grained NER is off: it costs about 3x and its labels
     * (TITLE, COUNTRY, NATIONALITY) come from Sitrep's own dictionaries instead.
     */
    static Properties defaultProperties() {
        Properties props = new Properties();
        // depparse runs apart from these, on the sentences the caller finds worth parsing.
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        // One CRF model instead of three: the coder needs PERSON, ORGANIZATION and LOCATION (and SUTime's dates).
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("sutime.includeRange", "true");
        return props;
    }

    /** A pipeline of its own (not the shared one), e.g. for a benchmark that times its annotators. */
    public static NlpPipeline create() {
        return new NlpPipeline(defaultProperties());
    }

    /**
     * CoreNLP with its default English annotators and settings (fine-grained NER included): the baseline
     * a benchmark compares Sitrep's pipeline with.
     */
    public static NlpPipeline coreNlpDefaults() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new NlpPipeline(props);
    }

    /** Seconds each annotator has spent since this pipeline was built, from CoreNLP's own accounting. */
    public java.util.Map<String, Double> annotatorSeconds() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\\w+): ([0-9.]+) sec")
                .matcher(coreNlp.timingInformation());
        while (m.find()) {
            if (!m.group(1).equals("TOTAL")) out.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        if (depparse != null) out.put("DependencyParseAnnotator", depparseNanos.sum() / 1e9);
        return out;
    }

    /** Annotates a text, parsing every sentence; relative dates are resolved against docDate when it is known. */
    public AnnotatedText annotate(String text, LocalDate docDate) {
        return annotate(text, docDate, tokens -> true);
    }

    /**
     * Annotates a text, running the dependency parser only on sentences whose tokens (with POS, lemma and NER)
     * pass the test: parsing is the costliest stage, and a sentence without a candidate event gains nothing.
     * Unparsed sentences have no dependencies.
     */
    public AnnotatedText annotate(String text, LocalDate docDate, java.util.function.Predicate<List<Token>> parseIf) {
        Annotation doc = new Annotation(NlpText.prepare(text));
        if (docDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        }
        coreNlp.annotate(doc);
        if (depparse != null) {
            List<CoreMap> worth = new ArrayList<>();
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                if (parseIf.test(tokens(sentence))) worth.add(sentence);
            }
            if (!worth.isEmpty()) {
                Annotation parse = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
                parse.set(CoreAnnotations.SentencesAnnotation.class, worth);
                long start = System.nanoTime();
                depparse.annotate(parse);
                depparseNanos.add(System.nanoTime() - start);
            }
        }
        return annotatedText(text, doc);
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
        return annotatedText(text, ParsedSentenceAnnotation.of(text, parse, spans, docDate, coreNlp.pool.get("ner")));
    }

    private static AnnotatedText annotatedText(String text, Annotation doc) {
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
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
                        timex.value(), modifier(timex)));
            } else {
                entities.add(new EntityMention(s, first, last, span, span.of(text), type));
            }
        }
    }

    private static String modifier(Timex timex) {
        try {
            String mod = timex.toXmlElement().getAttribute("mod");
            return mod == null || mod.isEmpty() ? null : mod;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

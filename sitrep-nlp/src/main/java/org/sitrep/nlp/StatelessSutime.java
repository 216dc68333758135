package org.sitrep.nlp;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import java.lang.reflect.Field;
import java.util.Properties;

/**
 * SUTime with the tense hints it leaves behind cleared before every call, one instance per thread.
 * SUTime marks its shared value for "Wednesday" with the tense of the last sentence that used it ("will
 * resume on Wednesday"), and later texts resolve "Wednesday" by that mark: an article's dates would depend
 * on the articles read before it, and on other threads (CoreNLP issue 1061).
 */
final class StatelessSutime {
    /** The tag SUTime's rules set on a temporal value to resolve it to the past or the future. */
    private static final String TENSE_HINT = "resolveTo";

    private final TimeAnnotator annotator;
    private final Env env;

    StatelessSutime(Properties props) {
        this.annotator = new TimeAnnotator("sutime", props);
        this.env = rulesEnvironment(annotator);
    }

    /** Annotates the sentences of a document as SUTime does, starting from no earlier hint. */
    void annotate(Annotation doc) {
        for (Object variable : env.getVariables().values()) {
            if (variable instanceof Value value && value.getTags() != null && value.getTags().hasTag(TENSE_HINT)) {
                value.getTags().removeTag(TENSE_HINT);
            }
        }
        annotator.annotate(doc);
    }

    /** SUTime keeps its rules' variables private; they are reached by reflection, checked once at load. */
    private static Env rulesEnvironment(TimeAnnotator annotator) {
        try {
            Field extractor = TimeAnnotator.class.getDeclaredField("timexExtractor");
            extractor.setAccessible(true);
            Field expressions = TimeExpressionExtractorImpl.class.getDeclaredField("expressionExtractor");
            expressions.setAccessible(true);
            Object impl = extractor.get(annotator);
            return ((CoreMapExpressionExtractor<?>) expressions.get(impl)).getEnv();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this CoreNLP version's SUTime cannot be reset between texts: " + e, e);
        }
    }
}

package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SUTime run around anchor words finds what SUTime finds in whole sentences, and leaves names alone. */
class TimeTaggerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 2, 27);
    private static final String MIXED = "On Tuesday, the general who has led the army for the past twenty four "
            + "years said a one-day ceasefire would start at noon on March 3, 2021. Talks may resume in the spring "
            + "of next year, officials said, two weeks after the 1990s-era treaty lapsed last night. "
            + "Min Aung Hlaing met envoys. The ministry condemned the attack.";

    private static StanfordCoreNLP coreNlp;
    private static TimeTagger stretches;

    @BeforeAll
    static void load() {
        coreNlp = new StanfordCoreNLP(NlpPipeline.defaultProperties());
        stretches = new TimeTagger(NlpPipeline.defaultProperties());
    }

    /** The tagger's expressions in a text tokenized as NlpPipeline tokenizes it. */
    private static List<TimeExpression> times(TimeTagger tagger, String text) {
        String prepared = NlpText.prepare(text);
        Annotation doc = new Annotation(prepared);
        doc.set(CoreAnnotations.DocDateAnnotation.class, PUBLISHED.toString());
        coreNlp.annotate(doc);
        return tagger.tag(text, prepared, doc.get(CoreAnnotations.SentencesAnnotation.class), PUBLISHED);
    }

    @Test
    void stretchesAroundAnchorWordsFindWhatWholeSentencesFind() throws IOException {
        TimeTagger whole = new TimeTagger(NlpPipeline.defaultProperties(), Integer.MAX_VALUE);
        String seed = Files.readString(Path.of("../examples/nato-iraq.txt"));
        for (String text : List.of(MIXED, seed)) {
            List<TimeExpression> expected = times(whole, text);
            assertThat(expected).isNotEmpty();
            assertThat(times(stretches, text)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void longExpressionsAndHyphenatedWordsAreFoundOnce() {
        List<TimeExpression> times = times(stretches, MIXED);
        assertThat(times).extracting(TimeExpression::text).contains("Tuesday", "the past twenty four years",
                "one-day", "noon on March 3, 2021", "the spring of next year", "last night").doesNotHaveDuplicates();
        assertThat(times).filteredOn(t -> t.text().equals("noon on March 3, 2021")).extracting(TimeExpression::value)
                .containsExactly("2021-03-03T12:00");
    }

    @Test
    void aWeekdayResolvesByItsOwnSentenceNotByTextsReadBefore() {
        LocalDate saturday = LocalDate.of(2019, 10, 19);
        AnnotatedText future = NlpPipeline.shared().annotate("The talks will resume on Wednesday.", saturday);
        AnnotatedText past = NlpPipeline.shared().annotate("They met on Wednesday.", saturday);
        assertThat(future.times()).extracting(TimeExpression::value).containsExactly("2019-10-23");
        assertThat(past.times()).extracting(TimeExpression::value).containsExactly("2019-10-16");
        AnnotatedText sameSentenceAgain = NlpPipeline.shared().annotate("They met on Wednesday.", saturday);
        assertThat(sameSentenceAgain.times()).isEqualTo(past.times());
    }

    @Test
    void namesAndSentencesWithoutAnchorWordsHaveNoTimes() {
        AnnotatedText doc = NlpPipeline.shared().annotate(MIXED, PUBLISHED);
        assertThat(doc.timesIn(2)).as("\"Min\" in a name is not a minute").isEmpty();
        assertThat(doc.timesIn(3)).isEmpty();
        assertThat(TimeTagger.isAnchor("ministry", "NN")).isFalse();
        assertThat(TimeTagger.isAnchor("mid-March", "NNP")).isTrue();
        assertThat(TimeTagger.isAnchor("1990s-era", "JJ")).isTrue();
        assertThat(TimeTagger.isAnchor("Sept.", "NNP")).isTrue();
        assertThat(TimeTagger.isAnchor("biweekly", "JJ")).isTrue();
        assertThat(TimeTagger.isAnchor("may", "MD")).as("the modal").isFalse();
        assertThat(TimeTagger.isAnchor("May", "NNP")).isTrue();
    }
}

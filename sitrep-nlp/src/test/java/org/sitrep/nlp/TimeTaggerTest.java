package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SUTime run around anchor words finds what SUTime finds in whole sentences, and leaves names alone. */
class TimeTaggerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 2, 27);
    private static final String MIXED = "On Tuesday, the general who has led the army for the past twenty four "
            + "years said a one-day ceasefire would start at noon on March 3, 2021. Talks may resume in the spring "
            + "of next year, officials said, two weeks after the 1990s-era treaty lapsed last night. "
            + "Min Aung Hlaing met envoys. The ministry condemned the attack.";

    @Test
    void stretchesAroundAnchorWordsFindWhatWholeSentencesFind() throws IOException {
        NlpPipeline nlp = NlpPipeline.shared();
        TimeTagger whole = new TimeTagger(NlpPipeline.defaultProperties(), Integer.MAX_VALUE);
        TimeTagger stretches = new TimeTagger(NlpPipeline.defaultProperties());
        String seed = Files.readString(Path.of("../examples/nato-iraq.txt"));
        for (String text : List.of(MIXED, seed)) {
            List<TimeExpression> expected = nlp.times(whole, text, PUBLISHED);
            assertThat(expected).isNotEmpty();
            assertThat(nlp.times(stretches, text, PUBLISHED)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void longExpressionsAndHyphenatedWordsAreFoundOnce() {
        List<TimeExpression> times = NlpPipeline.shared().times(new TimeTagger(NlpPipeline.defaultProperties()),
                MIXED, PUBLISHED);
        assertThat(times).extracting(TimeExpression::text).contains("Tuesday", "the past twenty four years",
                "one-day", "noon on March 3, 2021", "the spring of next year", "last night").doesNotHaveDuplicates();
        assertThat(times).filteredOn(t -> t.text().equals("noon on March 3, 2021")).extracting(TimeExpression::value)
                .containsExactly("2021-03-03T12:00");
    }

    @Test
    void namesAndSentencesWithoutAnchorWordsHaveNoTimes() {
        AnnotatedText doc = NlpPipeline.shared().annotate(MIXED, PUBLISHED);
        assertThat(doc.timesIn(2)).as("\"Min\" in a name is not a minute").isEmpty();
        assertThat(doc.timesIn(3)).isEmpty();
        assertThat(TimeTagger.isAnchor("ministry")).isFalse();
        assertThat(TimeTagger.isAnchor("mid-March")).isTrue();
        assertThat(TimeTagger.isAnchor("1990s-era")).isTrue();
    }
}

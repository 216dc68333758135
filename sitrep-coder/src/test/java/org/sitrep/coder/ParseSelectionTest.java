package org.sitrep.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** Only sentences that can yield an event are parsed, and none that can is left out. */
class ParseSelectionTest {

    @Test
    void aSentenceWhoseActorIsKnownOnlyAfterParsingAnotherIsStillParsed() {
        // "the government of Iraq" is IRQGOV only once its sentence is parsed; "the organization" then refers to it.
        String text = "The government of Iraq announced new talks with Turkey.\n\n"
                + "The organization condemned the attack on the border post.";
        CodedArticle coded = ArticleCoder.shared().code(new Article("t", "test", null, text, LocalDate.of(2021, 2, 27)));
        assertThat(coded.events()).filteredOn(e -> e.sentence() == 1)
                .extracting(e -> e.source().code() + " " + e.cameo().code())
                .contains("IRQGOV 112");
    }

    @Test
    void sentencesWithoutATriggerOrWithoutACodedActorAreNotParsed() {
        String text = "Iraq and Turkey held talks in Ankara.\n\n"
                + "The weather was mild.\n\n"
                + "Residents said the market reopened.";
        var doc = ArticleCoder.shared().annotate(new Article("t", "test", null, text, LocalDate.of(2021, 2, 27)));
        assertThat(doc.sentences()).hasSize(3);
        assertThat(doc.sentences().get(0).dependencies()).isNotEmpty();
        assertThat(doc.sentences().get(1).dependencies()).as("no trigger").isEmpty();
        assertThat(doc.sentences().get(2).dependencies()).as("no actor with a code").isEmpty();
    }

}

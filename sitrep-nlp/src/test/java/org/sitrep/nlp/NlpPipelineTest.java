package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real CoreNLP, loaded once for the class: what later stages rely on from the NLP stage. */
class NlpPipelineTest {
    private static final String TEXT = "After the attack in January of last year, the Iraqi Congress asked the "
            + "United States to withdraw its troops.\n\nThis Thursday, the Pentagon approved two bombings.";
    private static AnnotatedText doc;

    @BeforeAll
    static void annotate() {
        doc = NlpPipeline.shared().annotate(TEXT, LocalDate.of(2021, 2, 27));
    }

    @Test
    void tokenSpansAreOffsetsIntoTheOriginalText() {
        for (Sentence s : doc.sentences()) {
            assertThat(s.span().of(TEXT)).startsWith(s.token(0).word());
            for (Token t : s.tokens()) {
                if (!t.word().startsWith("-")) assertThat(t.span().of(TEXT)).isEqualTo(t.word());
            }
        }
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.sentences().get(1).span().of(TEXT)).isEqualTo("This Thursday, the Pentagon approved two bombings.");
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        assertThat(doc.times()).extracting(TimeExpression::text, TimeExpression::value)
                .contains(org.assertj.core.groups.Tuple.tuple("January of last year", "2020-01"),
                        org.assertj.core.groups.Tuple.tuple("This Thursday", "2021-02-25"));
    }

    @Test
    void enhancedDependenciesGiveSubjectObjectAndControlledSubject() {
        Sentence s = doc.sentences().get(0);
        int asked = indexOf(s, "asked");
        int withdraw = indexOf(s, "withdraw");
        assertThat(s.token(asked).lemma()).isEqualTo("ask");
        assertThat(s.outgoing(asked)).extracting(Dependency::relation).contains("nsubj", "obj", "xcomp");
        assertThat(s.outgoing(withdraw)).anySatisfy(d -> {
            assertThat(d.relation()).isEqualTo("nsubj:xsubj");
            assertThat(s.token(d.dependent()).word()).isEqualTo("States");
        });
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() {
        AnnotatedText undated = NlpPipeline.shared().annotate("The strike came last Thursday.", null);
        assertThat(undated.times()).isNotEmpty()
                .noneMatch(t -> t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void onlyTheSentencesAskedForAreParsed() {
        AnnotatedText partly = NlpPipeline.shared().annotate(TEXT, LocalDate.of(2021, 2, 27),
                unparsed -> i -> unparsed.sentences().get(i).tokens().stream().anyMatch(t -> t.word().equals("Pentagon")));
        assertThat(partly.sentences()).hasSize(2);
        assertThat(partly.sentences().get(0).dependencies()).isEmpty();
        assertThat(partly.sentences().get(0).tokens()).isNotEmpty();
        assertThat(partly.sentences().get(1).dependencies()).extracting(Dependency::relation).contains("nsubj", "obj");
        assertThat(partly.times()).extracting(TimeExpression::value).contains("2020-01", "2021-02-25");
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}

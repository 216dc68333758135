package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.model.Span;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.nlp.PennTree;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;
import org.sitrep.nlp.Token;

/** A record's Penn Treebank parse read, aligned to its text and converted to UD by the real CoreNLP. */
class GoldParseTest {

    @Test
    void aRecordsParseBecomesTokensOffsetsTagsAndDependencies() {
        ValidationRecord r = Reference.record("DEMO-13");
        String text = RecordArticle.text(r);
        AnnotatedText doc = NlpPipeline.shared().annotateParsed(text, r.parse(), r.date());
        PennTree tree = PennTree.read(r.parse());

        assertThat(doc.sentences()).hasSize(1);
        Sentence s = doc.sentences().get(0);
        assertThat(s.tokens()).hasSize(tree.leaves().size());
        assertThat(s.span()).isEqualTo(new Span(0, text.length()));
        for (Token t : s.tokens()) {
            assertThat(t.span().of(text)).isEqualTo(t.word());
            assertThat(t.pos()).isEqualTo(tree.tags().get(t.index()));
        }
        int signed = index(s, "signed");
        assertThat(s.token(signed).lemma()).isEqualTo("sign");
        assertThat(s.dependencies()).contains(new Dependency("root", -1, index(s, "said")),
                new Dependency("ccomp", index(s, "said"), signed),
                new Dependency("nsubj", signed, index(s, "Arnor")),
                new Dependency("obj", signed, index(s, "protocol")),
                new Dependency("obl:with", signed, index(s, "Dagolath")));
        assertThat(s.dependencies()).allMatch(d -> d.dependent() >= 0 && d.dependent() < s.tokens().size()
                && d.governor() >= -1 && d.governor() < s.tokens().size());
    }

    @Test
    void nerAndSuTimeRunOnTheParsedTokens() {
        ValidationRecord r = Reference.record("DEMO-13");
        AnnotatedText doc = NlpPipeline.shared().annotateParsed(RecordArticle.text(r), r.parse(), r.date());
        assertThat(doc.times()).extracting(TimeExpression::text, TimeExpression::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Thursday", "1995-01-12"));
    }

    @Test
    void treebankBracketsAndQuotesAlignWithTheCharactersOfTheText() {
        String parse = "(ROOT (S (NP (NNP Gondor)) (VP (VBD said) (NP (-LRB- -LRB-) (`` ``) (UH yes) ('' '') "
                + "(-RRB- -RRB-))) (. .)))";
        PennTree tree = PennTree.read(parse);
        String text = "Gondor said (\u201Cyes\u201D).";
        assertThat(tree.alignTo(text)).hasValueSatisfying(spans -> assertThat(spans.stream().map(sp -> sp.of(text)))
                .containsExactly("Gondor", "said", "(", "\u201C", "yes", "\u201D", ")", "."));
        assertThat(tree.text()).isEqualTo("Gondor said ( \" yes \" ) .");
        assertThat(tree.alignTo("Gondor said (yes) loudly.")).isEmpty();
        assertThat(tree.alignTo("Gondor said (\"yes\"). And more")).isEmpty();
        AnnotatedText doc = NlpPipeline.shared().annotateParsed(text, parse, LocalDate.of(1995, 1, 1));
        assertThat(doc.sentences().get(0).tokens()).extracting(Token::word)
                .containsExactly("Gondor", "said", "(", "\u201C", "yes", "\u201D", ")", ".");
    }

    @Test
    void malformedParsesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> PennTree.read("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced brackets");
        String unbalanced = Reference.record("ERROR-02").parse();
        assertThatThrownBy(() -> PennTree.read(unbalanced))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced brackets");
        assertThatThrownBy(() -> NlpPipeline.shared().annotateParsed("Gondor left.",
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not spell the text");
    }

    private static int index(Sentence s, String word) {
        List<Token> tokens = s.tokens();
        for (Token t : tokens) {
            if (t.word().equals(word)) return t.index();
        }
        throw new AssertionError(word + " not in " + tokens);
    }
}

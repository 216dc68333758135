package org.sitrep.dictionaries.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TABARI joins of words and synsets ("NEW_&TIETYPES_RELATIONS") read as one side-by-side term, in both spellings. */
class JoinedTermsTest {

    @Test
    void aJoinWithASynsetStaysOneTerm() {
        PatternSyntax.Parts p = PatternSyntax.parse("* NEW_&TIETYPES_RELATIONS", PatternSyntax.Spelling.PETRARCH);
        assertThat(p.after()).containsExactly(new Term.Joined(List.of(new Term.Word("new"),
                new Term.SynsetRef("TIETYPES"), new Term.Word("relations"))));
        String sitrep = PatternSyntax.format(p.after().get(0));
        assertThat(sitrep).isEqualTo("new_&TIETYPES_relations");
        assertThat(PatternSyntax.parse("* " + sitrep, PatternSyntax.Spelling.SITREP).after()).isEqualTo(p.after());
    }

    @Test
    void aTrailingUnderscoreIsNoJoinAndVerbJoinsStaySplit() {
        assertThat(PatternSyntax.parse("&NEGSYN_ *", PatternSyntax.Spelling.PETRARCH).before())
                .containsExactly(new Term.SynsetRef("NEGSYN"));
        assertThat(PatternSyntax.parse("FAILED_TO_*", PatternSyntax.Spelling.PETRARCH).before())
                .containsExactly(new Term.Word("failed"), new Term.Word("to"));
    }
}

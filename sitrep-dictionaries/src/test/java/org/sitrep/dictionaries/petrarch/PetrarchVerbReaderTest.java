package org.sitrep.dictionaries.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.dictionaries.TestData.petrarch;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.TestData;
import org.sitrep.dictionaries.format.CodebookReader;
import org.sitrep.dictionaries.verb.PrepPhrase;
import org.sitrep.dictionaries.verb.Term;
import org.sitrep.dictionaries.verb.VerbBlock;
import org.sitrep.dictionaries.verb.VerbDictionary;
import org.sitrep.dictionaries.verb.VerbEntry;
import org.sitrep.dictionaries.verb.VerbPattern;

class PetrarchVerbReaderTest {
    private static Parsed<VerbDictionary> cameo;

    @BeforeAll
    static void read() {
        Codebook codebook = CodebookReader.read(TestData.DICTIONARIES.resolve("codes/codes.tsv"));
        cameo = PetrarchVerbReader.read(petrarch("CAMEO.2.0.txt"), codebook);
    }

    private static VerbBlock block(String name) {
        return cameo.value().blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private static VerbPattern pattern(VerbBlock b, String origin) {
        return b.patterns().stream().filter(p -> p.origin().equals(origin)).findFirst().orElseThrow();
    }

    @Test
    void cameoHasTheDocumentedSize() {
        VerbDictionary v = cameo.value();
        assertThat(v.synsets()).hasSize(40);
        assertThat(v.blocks().stream().filter(b -> !b.name().contains(":"))).hasSize(397);
        long sourcePatterns = v.blocks().stream().filter(b -> !b.name().contains(":"))
                .flatMap(b -> b.patterns().stream()).filter(p -> !isCatchAll(p)).count();
        assertThat(sourcePatterns).isBetween(4_600L, 4_668L);
        assertThat(v.transformations()).hasSize(8);
        assertThat(v.transformations().get(0).rule()).isEqualTo("a (a b ATTACK) SAY = a b 015");
        assertThat(v.transformations().get(0).origin()).isEqualTo("CAMEO.2.0.txt:9178");
        assertThat(v.synsets().get(0).name()).isEqualTo("AUXVERB1");
        assertThat(v.synsets().stream().filter(s -> s.name().equals("CURRENCY")).findFirst().orElseThrow().phrases())
                .contains("money", "cash", "dollar");
    }

    private static boolean isCatchAll(VerbPattern p) {
        return p.before().isEmpty() && p.after().isEmpty() && p.preps().isEmpty();
    }

    @Test
    void accelerateMatchesTheReadmeExample() {
        VerbBlock b = block("ACCELERATE");
        assertThat(b.code()).isNull();
        assertThat(b.verbs()).extracting(VerbEntry::lemma).contains("rush", "speed");
        assertThat(b.verbs().stream().filter(v -> v.lemma().equals("speed")).findFirst().orElseThrow().forms())
                .containsExactly("speeding", "speeds", "sped");
        VerbPattern arms = pattern(b, "CAMEO.2.0.txt:720");
        assertThat(arms.before()).isEmpty();
        assertThat(arms.after()).containsExactly(new Term.NounPhrase(List.of(new Term.Word("arms"), new Term.Word("shipment"))));
        assertThat(arms.code()).isEqualTo("072");
        assertThat(arms.pairedCode()).isNull();
        VerbPattern to = pattern(b, "CAMEO.2.0.txt:718");
        assertThat(to.preps()).containsExactly(new PrepPhrase("to", List.of()));
        assertThat(to.code()).isEqualTo("042");
        assertThat(to.pairedCode()).isEqualTo("043");
        VerbPattern police = pattern(b, "CAMEO.2.0.txt:724");
        assertThat(police.after()).containsExactly(new Term.Word("police"));
        assertThat(police.preps()).containsExactly(new PrepPhrase("to", List.of(new Term.Word("border"))));
        assertThat(police.code()).isEqualTo("153");
        VerbPattern military = pattern(b, "CAMEO.2.0.txt:727");
        assertThat(military.before()).containsExactly(new Term.SynsetRef("MILITARY"));
        assertThat(military.code()).isEqualTo("154");
    }

    @Test
    void reverseOnlyAndNoEventCodes() {
        VerbBlock appear = block("APPEAR");
        VerbPattern court = pattern(appear, "CAMEO.2.0.txt:804");
        assertThat(court.preps()).containsExactly(new PrepPhrase("before", List.of(new Term.Word("court"))));
        assertThat(court.code()).isNull();
        assertThat(court.pairedCode()).isEqualTo("173");
        VerbPattern fromSource = pattern(block("ARRANGE"), "CAMEO.2.0.txt:836");
        assertThat(fromSource.preps()).containsExactly(new PrepPhrase("from", List.of(new Term.Marker("^"))));
    }

    @Test
    void multiWordVerbsDropThePlusMarker() {
        VerbEntry cordon = cameo.value().blocks().stream().flatMap(b -> b.verbs().stream())
                .filter(v -> v.lemma().equals("cordon off")).findFirst().orElseThrow();
        assertThat(cordon.origin()).isEqualTo("CAMEO.2.0.txt:7987");
        VerbEntry shut = cameo.value().blocks().stream().flatMap(b -> b.verbs().stream())
                .filter(v -> v.lemma().equals("shut down")).findFirst().orElseThrow();
        assertThat(shut.forms()).containsExactly("shuts down", "shutting down");
    }

    @Test
    void pairedBlockCodesBecomeACatchAllPattern() {
        VerbBlock visit = block("VISIT");
        assertThat(visit.code()).isEqualTo("042");
        VerbPattern last = visit.patterns().get(visit.patterns().size() - 1);
        assertThat(isCatchAll(last)).isTrue();
        assertThat(last.code()).isEqualTo("042");
        assertThat(last.pairedCode()).isEqualTo("043");
        VerbBlock offend = block("OFFEND");
        assertThat(offend.code()).isNull();
        VerbPattern reverse = offend.patterns().get(offend.patterns().size() - 1);
        assertThat(isCatchAll(reverse)).isTrue();
        assertThat(reverse.code()).isNull();
        assertThat(reverse.pairedCode()).isEqualTo("110");
    }

    @Test
    void verbsWithCodesAVerbEntryCannotHoldGetTheirOwnBlock() {
        VerbBlock confine = block("CONFINE");
        assertThat(confine.code()).isEqualTo("170");
        assertThat(confine.verbs()).extracting(VerbEntry::lemma).doesNotContain("hold").contains("cage", "detain");
        assertThat(confine.verbs().stream().filter(v -> v.lemma().equals("detain")).findFirst().orElseThrow().code())
                .isEqualTo("173");
        VerbBlock hold = block("CONFINE:---");
        assertThat(hold.code()).isNull();
        assertThat(hold.verbs()).extracting(VerbEntry::lemma).containsExactly("hold");
        assertThat(hold.patterns()).isEqualTo(confine.patterns());
        VerbBlock consult = block("CONFER:040:040");
        assertThat(consult.code()).isEqualTo("040");
        assertThat(consult.verbs()).extracting(VerbEntry::lemma).containsExactly("confer", "consult", "converse", "discuss");
        assertThat(consult.patterns().get(consult.patterns().size() - 1).pairedCode()).isEqualTo("040");
    }

    @Test
    void badCodesAndUnsupportedPatternsAreWarnedAndNeverEmitted() {
        assertThat(cameo.warnings()).map(DictionaryWarning::toString).contains(
                "CAMEO.2.0.txt:5787: pattern: code \"080!\" is not a CAMEO event code (2 to 4 digits); skipped",
                "CAMEO.2.0.txt:2059: pattern: code 176 is not in the CAMEO codebook; skipped",
                "CAMEO.2.0.txt:8443: pattern refers to undefined synset &WEATHER; skipped");
        // TABARI adjacency ("SPY_*_DEAL") is read as the words around the verb.
        assertThat(cameo.value().blocks()).flatMap(VerbBlock::patterns).anySatisfy(p -> {
            assertThat(p.before()).containsExactly(new org.sitrep.dictionaries.verb.Term.Word("spy"));
            assertThat(p.after()).containsExactly(new org.sitrep.dictionaries.verb.Term.Word("deal"));
        });
        for (VerbBlock b : cameo.value().blocks()) {
            if (b.code() != null) assertThat(b.code()).matches("[0-9]{2,4}");
            for (VerbPattern p : b.patterns()) {
                if (p.code() != null) assertThat(p.code()).matches("[0-9]{2,4}");
                if (p.pairedCode() != null) assertThat(p.pairedCode()).matches("[0-9]{2,4}");
                assertThat(p.code()).isNotIn("176", "1213", "1952");
            }
        }
    }

    @Test
    void olderValidationVerbsAreReadWithWarnings() {
        Parsed<VerbDictionary> p = PetrarchVerbReader.read(petrarch("PETR.Validate.verbs.txt"), Codebook.empty());
        VerbDictionary v = p.value();
        assertThat(v.blocks().stream().filter(b -> !b.name().contains(":")).count()).isBetween(250L, 261L);
        assertThat(v.synsets()).extracting(s -> s.name()).contains("PREPOSIT1", "CURRENCY", "ACCORDSYN");
        assertThat(p.warnings()).map(DictionaryWarning::toString)
                .anyMatch(w -> w.startsWith("PETR.Validate.verbs.txt:") && w.contains("\"075A\""))
                .anyMatch(w -> w.contains("refers to another synset"));
        VerbBlock abandon = v.blocks().stream().filter(b -> b.name().equals("ABANDON")).findFirst().orElseThrow();
        assertThat(abandon.code()).isEqualTo("345");
        assertThat(abandon.verbs()).extracting(VerbEntry::lemma).contains("abandon", "abc def ghi", "klm nop rst");
        VerbBlock lashOut = v.blocks().stream().filter(b -> b.name().equals("LASH OUT")).findFirst().orElseThrow();
        assertThat(lashOut.code()).isEqualTo("122");
        for (VerbBlock b : v.blocks()) {
            for (VerbPattern pat : b.patterns()) {
                if (pat.code() != null) assertThat(pat.code()).matches("[0-9]{2,4}");
            }
        }
    }
}

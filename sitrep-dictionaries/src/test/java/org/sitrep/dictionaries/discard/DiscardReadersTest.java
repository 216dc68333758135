package org.sitrep.dictionaries.discard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.dictionaries.TestData.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.DictionaryException;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.PhraseKey;
import org.sitrep.dictionaries.format.DiscardFileReader;
import org.sitrep.dictionaries.petrarch.Parsed;
import org.sitrep.dictionaries.petrarch.PetrarchDiscardReader;

/** Discard files in both formats, and how their phrases match folded words. */
class DiscardReadersTest {

    private static List<String> words(String text) {
        return PhraseKey.words(text);
    }

    @Test
    void petrarchDiscardsKeepScopeAndStems() {
        Parsed<List<Discard>> p = PetrarchDiscardReader.read(petrarch("PETR.Validate.discards.txt"));
        DiscardList list = new DiscardList(p.value());
        assertThat(p.warnings()).isEmpty();
        assertThat(list.find(words("after two typhoons hit the coast"), Discard.Scope.STORY))
                .map(Discard::phrase).contains("typhoon*");
        assertThat(list.find(words("the World Golf Championships, in Doral"), Discard.Scope.STORY)).isPresent();
        assertThat(list.find(words("restore baseball competition"), Discard.Scope.STORY)).isEmpty();
        assertThat(list.find(words("restore baseball competition"), Discard.Scope.SENTENCE)).isPresent();
        assertThat(list.find(words("the World Golf tour"), Discard.Scope.STORY)).isEmpty();
        assertThat(list.find(words("the World Golf Championships"), Discard.Scope.STORY).orElseThrow().origin())
                .startsWith("PETR.Validate.discards.txt:");
    }

    @Test
    void anUnderscoreAsksForAWholeWord() {
        Parsed<List<Discard>> p = PetrarchDiscardReader.read("x.discards.txt", "+ACE_\n+\n");
        DiscardList list = new DiscardList(p.value());
        assertThat(list.find(words("an ace pilot"), Discard.Scope.STORY)).isPresent();
        assertThat(list.find(words("peace talks"), Discard.Scope.STORY)).isEmpty();
        assertThat(list.find(words("aces high"), Discard.Scope.STORY)).isEmpty();
        assertThat(p.warnings()).map(DictionaryWarning::toString)
                .containsExactly("x.discards.txt:2: discard line \"+\" has no phrase; skipped");
    }

    @Test
    void sitrepFormatIsStrict(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("sport.discards"),
                "sitrep-discards 1\n# sports\nstory premier league\nsentence penalty kick*\n");
        List<Discard> d = DiscardFileReader.read(ok);
        assertThat(d).extracting(Discard::phrase).containsExactly("premier league", "penalty kick*");
        assertThat(d).extracting(Discard::origin).containsExactly("sport.discards:3", "sport.discards:4");
        assertThatThrownBy(() -> DiscardFileReader.read(Files.writeString(dir.resolve("b.discards"),
                "sitrep-discards 1\nstory\n"))).isInstanceOf(DictionaryException.class)
                .hasMessage("b.discards:2: story line has no phrase");
        assertThatThrownBy(() -> DiscardFileReader.read(Files.writeString(dir.resolve("c.discards"),
                "sitrep-discards 1\narticle typhoon\n"))).isInstanceOf(DictionaryException.class)
                .hasMessage("c.discards:2: unknown keyword \"article\" (expected \"sentence\" or \"story\")");
    }

    @Test
    void aDirectoryLoadsBothFormats(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sport.discards"), "sitrep-discards 1\nstory premier league\n");
        Files.writeString(dir.resolve("user.discards.txt"), "BASEBALL\n");
        Dictionaries d = Dictionaries.empty().plus(Dictionaries.load(dir));
        assertThat(d.discards().all()).extracting(Discard::phrase).containsExactlyInAnyOrder("premier league", "baseball*");
        assertThat(d.warnings()).isEmpty();
    }
}

package org.sitrep.dictionaries.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.dictionaries.TestData.petrarch;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.TestData;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.dictionaries.petrarch.PetrarchActorReader;
import org.sitrep.dictionaries.petrarch.PetrarchAgentReader;
import org.sitrep.dictionaries.petrarch.PetrarchVerbReader;
import org.sitrep.dictionaries.verb.Synset;
import org.sitrep.dictionaries.verb.Transformation;
import org.sitrep.dictionaries.verb.VerbBlock;
import org.sitrep.dictionaries.verb.VerbDictionary;
import org.sitrep.dictionaries.verb.VerbEntry;
import org.sitrep.dictionaries.verb.VerbPattern;

/** PETRARCH file, written as Sitrep, read back: the same entries (origins differ by design). */
class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt", "PETR.Validate.actors.txt"})
    void actors(String source) {
        List<ActorEntry> original = PetrarchActorReader.read(petrarch(source)).value();
        Path file = dir.resolve("x.actors");
        ActorFileWriter.write(file, original, List.of("round trip of " + source), true);
        List<ActorEntry> back = ActorFileReader.read(file);
        assertThat(withoutOrigins(back)).isEqualTo(withoutOrigins(original));
        assertThat(back.get(0).origin()).startsWith("x.actors:");
        assertThat(ActorFileWriter.format(back, List.of("round trip of " + source), false))
                .isEqualTo(ActorFileWriter.format(original, List.of("round trip of " + source), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phoenix.agents.txt", "PETR.Validate.agents.txt"})
    void agents(String source) {
        List<AgentEntry> original = PetrarchAgentReader.read(petrarch(source)).value();
        Path file = dir.resolve("x.agents");
        AgentFileWriter.write(file, original, List.of(), true);
        List<AgentEntry> back = AgentFileReader.read(file);
        assertThat(back.stream().map(a -> new AgentEntry(a.phrases(), a.code(), a.placement(), null)).toList())
                .isEqualTo(original.stream().map(a -> new AgentEntry(a.phrases(), a.code(), a.placement(), null)).toList());
    }

    @Test
    void cameoVerbsWithTheCodebook() {
        Codebook codebook = CodebookReader.read(TestData.DICTIONARIES.resolve("codes/codes.tsv"));
        verbs(PetrarchVerbReader.read(petrarch("CAMEO.2.0.txt"), codebook).value(), codebook);
    }

    @Test
    void validationVerbsWithoutACodebook() {
        verbs(PetrarchVerbReader.read(petrarch("PETR.Validate.verbs.txt"), Codebook.empty()).value(), Codebook.empty());
    }

    private void verbs(VerbDictionary original, Codebook codebook) {
        Path file = dir.resolve("x.verbs");
        VerbFileWriter.write(file, original, List.of("round trip"), true);
        VerbDictionary back = VerbFileReader.read(file, codebook);
        assertThat(withoutOrigins(back)).isEqualTo(withoutOrigins(original));
    }

    @Test
    void codebook() {
        TestData.assumeReference();
        Codebook codebook = CodebookReader.read(TestData.DICTIONARIES.resolve("codes/codes.tsv"));
        Path file = dir.resolve("codes.tsv");
        CodebookWriter.write(file, codebook, List.of("copy"));
        assertThat(CodebookReader.read(file).codes()).isEqualTo(codebook.codes());
    }

    private static List<ActorEntry> withoutOrigins(List<ActorEntry> entries) {
        return entries.stream().map(e -> new ActorEntry(e.phrases(), e.codes(), null)).toList();
    }

    private static VerbDictionary withoutOrigins(VerbDictionary v) {
        return new VerbDictionary(
                v.synsets().stream().map(s -> new Synset(s.name(), s.phrases(), null)).toList(),
                v.blocks().stream().map(b -> new VerbBlock(b.name(), b.code(),
                        b.verbs().stream().map(e -> new VerbEntry(e.lemma(), e.forms(), e.code(), null)).toList(),
                        b.patterns().stream().map(p -> new VerbPattern(p.before(), p.after(), p.preps(), p.code(),
                                p.pairedCode(), null)).toList(), null)).toList(),
                v.transformations().stream().map(t -> new Transformation(t.rule(), null)).toList());
    }
}

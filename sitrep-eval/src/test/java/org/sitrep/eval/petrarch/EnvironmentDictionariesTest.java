package org.sitrep.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.eval.Reference;

/** Only the files the environment names are loaded: no bundled actors, no CAMEO codebook. */
class EnvironmentDictionariesTest {

    @Test
    void loadsTheNamedValidationDictionariesAlone() {
        ValidationFile f = Reference.records();
        Dictionaries d = EnvironmentDictionaries.load(f.environment(), Reference.PETRARCH);
        assertThat(d.codebook().isEmpty()).isTrue();
        assertThat(d.actorsNamed("Arnor")).singleElement().satisfies(a -> assertThat(a.codeOn(null)).hasValue("ARN"));
        assertThat(d.actorsNamed("Jens Stoltenberg")).isEmpty();
        assertThat(d.verbBlocks()).anyMatch(b -> b.name().equals("RESTORE"));
        assertThat(d.agents()).anyMatch(a -> a.phrases().contains("golden geese"));
    }

    @Test
    void aMissingNamedFileIsNamed() {
        Reference.records();
        ValidationEnvironment env = new ValidationEnvironment("PETR.Validate.verbs.txt", List.of("nowhere.actors.txt"),
                null, null, List.of());
        assertThatThrownBy(() -> EnvironmentDictionaries.load(env, Reference.PETRARCH))
                .isInstanceOf(ValidationFileException.class)
                .hasMessage(Path.of("..", "..", "shared", "reference", "petrarch2", "nowhere.actors.txt")
                        + ": no such dictionary file (named in the <Environment>)");
    }
}

package org.sitrep.dictionaries.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.TestData;

class PetrarchConverterTest {
    private static final List<String> GENERATED = List.of("codes/codes.tsv", "actors/countries.actors",
            "actors/international.actors", "actors/nonstate.actors", "agents/phoenix.agents", "verbs/cameo.verbs",
            "LICENSE.petrarch2");

    @Test
    void outputIsDeterministicAndMatchesTheCommittedData(@TempDir Path first, @TempDir Path second) throws IOException {
        TestData.assumeReference();
        for (Path out : List.of(first, second)) {
            Files.createDirectories(out.resolve("actors"));
            Files.copy(TestData.DICTIONARIES.resolve(PetrarchConverter.CURATED), out.resolve(PetrarchConverter.CURATED));
        }
        PetrarchConverter.Report report = PetrarchConverter.run(TestData.REFERENCE, first);
        PetrarchConverter.run(TestData.REFERENCE, second);
        for (String f : GENERATED) {
            byte[] bytes = Files.readAllBytes(first.resolve(f));
            assertThat(bytes).as(f + " is deterministic").isEqualTo(Files.readAllBytes(second.resolve(f)));
            assertThat(bytes).as(f + " is up to date: run scripts/convert-dictionaries")
                    .isEqualTo(Files.readAllBytes(TestData.DICTIONARIES.resolve(f)));
        }
        assertThat(report.summary()).anyMatch(s -> s.startsWith("verbs/cameo.verbs: 40 synsets"));
        assertThat(report.warnings()).map(DictionaryWarning::origin).allMatch(o -> !o.isBlank());
    }

    @Test
    void generatedFilesNameTheirSourceAndLicence() throws IOException {
        TestData.assumeReference();
        String countries = Files.readString(TestData.DICTIONARIES.resolve("actors/countries.actors"));
        assertThat(countries).startsWith("# Sitrep actor dictionary converted from PETRARCH-2's Phoenix.Countries.actors.txt")
                .contains("MIT License, Copyright (c) 2014 Open Event Data Alliance");
        assertThat(Files.readString(TestData.DICTIONARIES.resolve("verbs/cameo.verbs")))
                .contains("Copyright (c) 2015 Open Event Data Alliance");
        assertThat(Files.readString(TestData.DICTIONARIES.resolve("codes/codes.tsv")))
                .startsWith("# ").contains("CC BY-SA 4.0").contains("GDELT");
    }
}

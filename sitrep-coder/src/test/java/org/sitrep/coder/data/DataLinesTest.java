package org.sitrep.coder.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.DictionaryException;

class DataLinesTest {

    @Test
    void keepsContentLinesWithTheirFileAndLine() throws Exception {
        var lines = DataLines.read("x.nouns", "sitrep-event-nouns 1", new BufferedReader(new StringReader(
                "# comment\n\nsitrep-event-nouns 1\ninvasion => invade  # why\n\nraid => raid\n")));
        assertThat(lines).extracting(DataLines.Line::content, DataLines.Line::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("invasion => invade", "x.nouns:4"),
                        org.assertj.core.groups.Tuple.tuple("raid => raid", "x.nouns:6"));
        assertThat(lines.get(1).error("bad").getMessage()).isEqualTo("x.nouns:6: bad");
    }

    @Test
    void aWrongHeaderFailsWithFileAndLine() {
        assertThatThrownBy(() -> DataLines.read("x.modes", "sitrep-plover-modes 1",
                new BufferedReader(new StringReader("\nsitrep-plover-modes 2\n"))))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("x.modes:2: expected header \"sitrep-plover-modes 1\"");
    }

    @Test
    void theBundledFilesLoad() {
        assertThat(DataLines.bundled("nouns/event.nouns", "sitrep-event-nouns 1")).isNotEmpty();
        assertThat(DataLines.bundled("codes/sitrep.modes", "sitrep-plover-modes 1")).isNotEmpty();
        assertThat(DataLines.bundled("actors/sitrep.descriptions", "sitrep-descriptions 1")).isNotEmpty();
    }
}

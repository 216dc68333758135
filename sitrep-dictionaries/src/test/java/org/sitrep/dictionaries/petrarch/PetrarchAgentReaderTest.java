package org.sitrep.dictionaries.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.dictionaries.TestData.petrarch;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.dictionaries.DictionaryWarning;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.dictionaries.actor.AgentEntry.Placement;

class PetrarchAgentReaderTest {

    private static AgentEntry only(List<AgentEntry> agents, String phrase) {
        List<AgentEntry> found = agents.stream().filter(a -> a.phrases().contains(phrase)).toList();
        assertThat(found).as(phrase).hasSize(1);
        return found.get(0);
    }

    @Test
    void phoenixAgentsHaveTheDocumentedSize() {
        Parsed<List<AgentEntry>> p = PetrarchAgentReader.read(petrarch("Phoenix.agents.txt"));
        assertThat(p.value()).hasSizeBetween(2_200, 2_260);
        AgentEntry farmer = only(p.value(), "dairy farmer");
        assertThat(farmer.phrases()).containsExactly("dairy farmer", "dairy farmers");
        assertThat(farmer.code()).isEqualTo("AGR");
        assertThat(farmer.placement()).isEqualTo(Placement.SUFFIX);
        assertThat(p.warnings()).map(DictionaryWarning::toString).containsExactly(
                "Phoenix.agents.txt:544: malformed agent line \"DEPARMENT_OF_ENVIRONMENT [~ENV}\"",
                "Phoenix.agents.txt:1927: agent \"ISLAMIC_EXTREMIST\" has no [code]; skipped");
    }

    @Test
    void substitutionSetsExpandWithoutGeneratedPlurals() {
        Parsed<List<AgentEntry>> p = PetrarchAgentReader.read(petrarch("Phoenix.agents.txt"));
        assertThat(only(p.value(), "cattleman").phrases())
                .containsExactly("cattleman", "cattlemen", "cattlewoman", "cattlewomen", "cattleperson");
        assertThat(only(p.value(), "foreign minister").phrases())
                .containsExactly("foreign minister", "foreign ministers", "foreign ministry", "foreign ministries");
    }

    @Test
    void attorneyGeneralListsItsPlural() {
        // ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
        Parsed<List<AgentEntry>> p = PetrarchAgentReader.read(petrarch("PETR.Validate.agents.txt"));
        AgentEntry ag = only(p.value(), "attorney general");
        assertThat(ag.phrases()).containsExactly("attorney general", "attorneys general");
        assertThat(ag.code()).isEqualTo("GOV");
        assertThat(ag.composeWith("EGY")).isEqualTo("EGYGOV");
        assertThat(only(p.value(), "congress").phrases()).containsExactly("congress", "congresses");
        assertThat(only(p.value(), "congressman").phrases()).contains("congressmen", "congresswoman", "congressperson");
        assertThat(only(p.value(), "minister of silly walks").phrases()).contains("ministries of silly walks");
        assertThat(only(p.value(), "msf").phrases()).containsExactly("msf");
        AgentEntry body = only(p.value(), "human rights body");
        assertThat(body.placement()).isEqualTo(Placement.PREFIX);
        assertThat(body.composeWith("EGY")).isEqualTo("NGOEGY");
        assertThat(only(p.value(), "golden goose").phrases()).containsExactly("golden goose", "golden geese");
    }

    @Test
    void regularPlurals() {
        assertThat(EnglishPlural.of("security agency")).isEqualTo("security agencies");
        assertThat(EnglishPlural.of("attorney")).isEqualTo("attorneys");
        assertThat(EnglishPlural.of("boss")).isEqualTo("bosses");
        assertThat(EnglishPlural.of("church")).isEqualTo("churches");
        assertThat(EnglishPlural.of("tax")).isEqualTo("taxes");
        assertThat(EnglishPlural.of("militiaman")).isEqualTo("militiamen");
        assertThat(EnglishPlural.of("human")).isEqualTo("humans");
        assertThat(EnglishPlural.of("displaced person")).isEqualTo("displaced people");
        assertThat(EnglishPlural.of("child")).isEqualTo("children");
        assertThat(EnglishPlural.of("farmer")).isEqualTo("farmers");
    }
}

package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.dictionaries.TestData.date;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.codes.CodeInfo;
import org.sitrep.dictionaries.verb.PrepPhrase;
import org.sitrep.dictionaries.verb.Term;
import org.sitrep.dictionaries.verb.VerbBlock;
import org.sitrep.dictionaries.verb.VerbPattern;

class DictionariesTest {
    private static Dictionaries bundled;
    private static long loadMillis;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        bundled = Dictionaries.bundled();
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Dictionaries.bundled() loaded in " + loadMillis + " ms");
    }

    /** The entry that applies to a phrase: the last one loaded. */
    private static ActorEntry actor(String phrase) {
        List<ActorEntry> entries = bundled.actorsNamed(phrase);
        assertThat(entries).as(phrase).isNotEmpty();
        return entries.get(entries.size() - 1);
    }

    @Test
    void bundledLoadsQuicklyAndCompletely() {
        assertThat(loadMillis).as("load time").isLessThan(5_000);
        assertThat(bundled.actors()).hasSizeGreaterThan(25_000);
        assertThat(bundled.agents()).hasSizeGreaterThan(2_000);
        assertThat(bundled.verbBlocks()).hasSizeGreaterThan(397);
        assertThat(bundled.synsets()).hasSize(40).containsKeys("MILITARY", "WEAPON", "AUXVERB1");
        assertThat(bundled.transformations()).hasSize(8);
        assertThat(bundled.codebook().size()).isEqualTo(311);
        assertThat(bundled.warnings()).isEmpty();
        assertThat(Dictionaries.bundled()).isSameAs(bundled);
    }

    @Test
    void countriesAndOrganisations() {
        assertThat(actor("NATO").codeOn(date("2021-02-15"))).contains("IGOWSTNAT");
        assertThat(actor("North Atlantic Treaty Organization").codeOn(null)).contains("IGOWSTNAT");
        assertThat(actor("Iraq").codeOn(date("2020-01-03"))).contains("IRQ");
        assertThat(actor("Iraqi").codeOn(date("2004-06-01"))).contains("IRQOCC");
        assertThat(actor("United States").codeOn(date("2020-01-03"))).contains("USA");
        assertThat(actor("Iran").codeOn(date("2020-01-03"))).contains("IRN");
        assertThat(actor("Hezbollah").codeOn(date("2020-01-03"))).contains("LBNREB");
    }

    @Test
    void curatedPeopleHaveDatedCodes() {
        ActorEntry trump = actor("Trump");
        assertThat(trump.origin()).startsWith("sitrep.actors:");
        assertThat(trump.codeOn(date("2020-01-03"))).contains("USAGOV");
        assertThat(trump.codeOn(date("2022-01-01"))).contains("USAELI");
        assertThat(trump.codeOn(date("2025-06-01"))).contains("USAGOV");
        assertThat(actor("President Donald Trump")).isSameAs(trump);
        ActorEntry biden = actor("Joe Biden");
        assertThat(biden.codeOn(date("2022-01-01"))).contains("USAGOV");
        assertThat(biden.codeOn(date("2012-01-01"))).contains("USAGOV");
        assertThat(biden.codeOn(date("2019-01-01"))).contains("USAELI");
        assertThat(biden.codeOn(date("2000-01-01"))).contains("USALEG");
        assertThat(actor("Vice-President Joe Biden")).isSameAs(biden);
        ActorEntry stoltenberg = actor("Stoltenberg");
        assertThat(stoltenberg.codeOn(date("2021-02-15"))).contains("IGOWSTNAT");
        assertThat(stoltenberg.codeOn(date("2010-01-01"))).contains("NORGOV");
        assertThat(stoltenberg.codeOn(date("2014-01-01"))).contains("NORELI");
        assertThat(actor("NATO Secretary General Jens Stoltenberg")).isSameAs(stoltenberg);
        ActorEntry kadhimi = actor("Mustafa al-Kadhimi");
        assertThat(kadhimi.codeOn(date("2021-03-01"))).contains("IRQGOV");
        assertThat(kadhimi.codeOn(date("2023-03-01"))).contains("IRQELI");
        assertThat(actor("Kirby").codeOn(date("2021-06-01"))).contains("USAMIL");
        assertThat(actor("John Kirby").codeOn(date("2023-06-01"))).contains("USAGOV");
        assertThat(actor("Grossi").codeOn(date("2022-09-01"))).contains("IGOUNOIAE");
        assertThat(actor("Soleimani").codeOn(date("2020-01-03"))).contains("IRNMIL");
        assertThat(actor("Soleimani").codeOn(date("2020-02-01"))).isEmpty();
        assertThat(actor("Al Mohandes").codeOn(date("2019-12-29"))).contains("IRQMIL");
        assertThat(actor("the Pentagon").codeOn(date("2020-01-03"))).contains("USAMIL");
        assertThat(actor("CENTCOM").codeOn(date("2020-01-03"))).contains("USAMIL");
        assertThat(actor("Academi").codeOn(date("2020-01-03"))).contains("USABUS");
        assertThat(actor("Kataib Hezbollah").codeOn(date("2020-01-03"))).contains("IRQREB");
        assertThat(actor("Popular Mobilization Forces").codeOn(date("2020-01-03"))).contains("IRQMIL");
        assertThat(actor("Iraqi parliament").codeOn(date("2020-01-03"))).contains("IRQLEG");
        assertThat(actor("Washington").codeOn(date("2020-01-03"))).contains("USAGOV");
        assertThat(actor("Tehran").codeOn(date("2020-01-03"))).contains("IRNGOV");
        assertThat(actor("Baghdad").codeOn(date("2020-01-03"))).contains("IRQGOV");
        assertThat(actor("Reuters").codeOn(date("2020-01-03"))).contains("GBRMED");
        assertThat(actor("Iraqi News Agency").codeOn(date("2020-01-03"))).contains("IRQMED");
    }

    @Test
    void curatedPhrasesHaveNoCompetingEntry() {
        for (ActorEntry e : bundled.actors()) {
            if (!e.origin().startsWith("sitrep.actors:")) continue;
            for (String p : e.phrases()) assertThat(bundled.actorsNamed(p)).as(p).containsExactly(e);
        }
    }

    @Test
    void verbsAreConsistentWithSynsetsAndCodebook() {
        Codebook codebook = bundled.codebook();
        Set<String> refs = new HashSet<>();
        for (VerbBlock b : bundled.verbBlocks()) {
            if (b.code() != null) assertThat(codebook.isKnown(b.code())).as(b.name()).isTrue();
            b.verbs().forEach(v -> {
                if (v.code() != null) assertThat(codebook.isKnown(v.code())).as(v.lemma()).isTrue();
            });
            for (VerbPattern p : b.patterns()) {
                collect(p.before(), refs);
                collect(p.after(), refs);
                for (PrepPhrase pp : p.preps()) collect(pp.object(), refs);
            }
        }
        assertThat(bundled.synsets().keySet()).containsAll(refs);
        VerbBlock accelerate = bundled.verbBlocks().stream().filter(b -> b.name().equals("ACCELERATE")).findFirst().orElseThrow();
        assertThat(accelerate.origin()).startsWith("cameo.verbs:");
        assertThat(accelerate.patterns()).anyMatch(p -> p.after().equals(List.of(
                new Term.NounPhrase(List.of(new Term.Word("arms"), new Term.Word("shipment"))))) && "072".equals(p.code()));
    }

    private static void collect(List<Term> terms, Set<String> out) {
        for (Term t : terms) {
            if (t instanceof Term.SynsetRef s) out.add(s.name());
            if (t instanceof Term.NounPhrase np) collect(np.terms(), out);
        }
    }

    @Test
    void codebookJoinsCameoAndPlover() {
        CodeInfo visit = bundled.codebook().lookup("042").orElseThrow();
        assertThat(visit.name()).isEqualTo("Make a visit");
        assertThat(visit.quadClass()).isEqualTo(1);
        assertThat(visit.ploverType()).isEqualTo("CONSULT");
        assertThat(visit.ploverMode()).isEqualTo("visit");
        assertThat(visit.ploverContext()).isNull();
        CodeInfo statement = bundled.codebook().lookup("010").orElseThrow();
        assertThat(statement.ploverType()).isNull();
        CodeInfo ceasefire = bundled.codebook().lookup("196").orElseThrow();
        assertThat(ceasefire.ploverContext()).isEqualTo("legal;military");
        assertThat(bundled.codebook().lookup("016").orElseThrow().goldstein()).isEqualTo(-2.0);
        assertThat(bundled.codebook().lookup("10").orElseThrow().name()).isEqualTo("DEMAND");
        assertThat(bundled.codebook().lookup("42")).isEmpty();
        assertThat(bundled.codebook().isKnown("42")).isFalse();
    }

    @Test
    void indexListsEveryBundledDictionaryFile() throws IOException {
        List<String> listed = new ArrayList<>();
        for (String line : Files.readAllLines(TestData.DICTIONARIES.resolve("index.txt"))) {
            String entry = line.replaceAll("#.*", "").strip();
            if (!entry.isEmpty()) listed.add(entry);
        }
        List<String> present;
        try (Stream<Path> walk = Files.walk(TestData.DICTIONARIES)) {
            present = walk.filter(Files::isRegularFile)
                    .map(p -> TestData.DICTIONARIES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".actors") || p.endsWith(".agents") || p.endsWith(".verbs") || p.endsWith("codes.tsv"))
                    .toList();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
    }

    @Test
    void loadingTheDictionariesFolderGivesTheBundle() {
        Dictionaries dir = Dictionaries.load(TestData.DICTIONARIES);
        assertThat(dir.actors()).hasSameSizeAs(bundled.actors());
        assertThat(dir.actors().get(100)).isEqualTo(bundled.actors().get(100));
        assertThat(dir.verbBlocks()).isEqualTo(bundled.verbBlocks());
        assertThat(dir.codebook().codes()).isEqualTo(bundled.codebook().codes());
        assertThat(dir.warnings()).isEmpty();
    }

    @Test
    void loadingAPetrarchFolderCollectsWarnings() {
        Dictionaries p = Dictionaries.load(TestData.petrarch("."));
        assertThat(p.actors()).hasSizeGreaterThan(25_000);
        assertThat(p.verbBlocks()).hasSizeGreaterThan(397 + 250);
        assertThat(p.discards().all()).hasSizeGreaterThan(400);
        assertThat(p.warnings()).map(DictionaryWarning::toString)
                .contains("LICENSE.petrarch2.txt: not recognised as a PETRARCH actor, agent, verb or discard dictionary; "
                        + "ignored")
                .anyMatch(w -> w.startsWith("CAMEO.2.0.txt:5787: "));
    }

    @Test
    void plusAppendsAndLaterDefinitionsWin(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.actors"), "sitrep-actors 1\nactor Trump\n  code USAELI\n");
        Files.writeString(dir.resolve("extra.verbs"), "sitrep-verbs 1\nsynset MILITARY\n  word militia\n");
        Dictionaries extra = Dictionaries.load(dir);
        Dictionaries both = bundled.plus(extra);
        assertThat(both.actors()).hasSize(bundled.actors().size() + 1);
        List<ActorEntry> trumps = both.actorsNamed("trump");
        assertThat(trumps).hasSize(2);
        assertThat(trumps.get(1).origin()).isEqualTo("extra.actors:2");
        assertThat(both.synsets().get("MILITARY").phrases()).containsExactly("militia");
        assertThat(both.codebook().size()).isEqualTo(311);
        assertThat(Dictionaries.empty().plus(extra).actors()).hasSize(1);
    }

    @Test
    void malformedSitrepFilesInADirectoryThrow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.agents"), "sitrep-agents 1\nagent farmer => AGR\n");
        assertThatThrownBy(() -> Dictionaries.load(dir)).isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith("bad.agents:2: code \"AGR\" is not an agent code");
    }
}

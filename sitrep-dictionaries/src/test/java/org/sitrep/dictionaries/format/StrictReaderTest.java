package org.sitrep.dictionaries.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.DictionaryException;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.dictionaries.actor.DatedCode;
import org.sitrep.dictionaries.codes.CodeInfo;
import org.sitrep.dictionaries.verb.Term;
import org.sitrep.dictionaries.verb.VerbDictionary;

/** Sitrep's own formats reject the first malformed line with "file:line: reason". */
class StrictReaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void wellFormedActorsRead() throws IOException {
        List<ActorEntry> actors = ActorFileReader.read(file("people.actors", """
                # comment
                sitrep-actors 1
                actor Jens Stoltenberg   # NATO
                  alias Stoltenberg
                  code IGOWSTNAT 2014-10-01..2024-09-30
                  code NORGOV ..2013-10-16
                  code NORGOV 2025-02-04..
                  code NORELI
                actor C# Developers
                  code USABUS
                """));
        assertThat(actors).hasSize(2);
        ActorEntry s = actors.get(0);
        assertThat(s.phrases()).containsExactly("Jens Stoltenberg", "Stoltenberg");
        assertThat(s.origin()).isEqualTo("people.actors:3");
        assertThat(s.codes()).containsExactly(
                new DatedCode("IGOWSTNAT", LocalDate.of(2014, 10, 1), LocalDate.of(2024, 9, 30)),
                new DatedCode("NORGOV", null, LocalDate.of(2013, 10, 16)),
                new DatedCode("NORGOV", LocalDate.of(2025, 2, 4), null),
                new DatedCode("NORELI", null, null));
        assertThat(actors.get(1).name()).isEqualTo("C# Developers");
    }

    @Test
    void malformedActorCode() throws IOException {
        Path f = file("countries.actors", "sitrep-actors 1\nactor Cuba\n  code USAMIL CUB 120]--\n");
        assertThatThrownBy(() -> ActorFileReader.read(f)).isInstanceOf(DictionaryException.class)
                .hasMessage("countries.actors:3: code \"USAMIL CUB 120]--\" is not a CAMEO actor code "
                        + "(A-Z, 0-9, 3 characters per block)");
    }

    @Test
    void badDateRanges() throws IOException {
        Path backwards = file("a.actors", "sitrep-actors 1\n\nactor Kadhimi\n  code IRQGOV 2022-10-27..2020-05-07\n");
        assertThatThrownBy(() -> ActorFileReader.read(backwards))
                .hasMessage("a.actors:4: date range \"2022-10-27..2020-05-07\" ends before it starts");
        Path notADay = file("b.actors", "sitrep-actors 1\nactor Kadhimi\n  code IRQGOV 2020-02-30..\n");
        assertThatThrownBy(() -> ActorFileReader.read(notADay)).hasMessage("b.actors:3: date \"2020-02-30\" is not a real day");
        Path sixDigits = file("c.actors", "sitrep-actors 1\nactor Kadhimi\n  code IRQGOV 200507..\n");
        assertThatThrownBy(() -> ActorFileReader.read(sixDigits))
                .hasMessage("c.actors:3: date \"200507\" is not an ISO date (YYYY-MM-DD)");
        Path empty = file("d.actors", "sitrep-actors 1\nactor Kadhimi\n  code IRQGOV ..\n");
        assertThatThrownBy(() -> ActorFileReader.read(empty)).hasMessageStartingWith("d.actors:3: date range \"..\" has neither");
    }

    @Test
    void actorStructureErrors() throws IOException {
        assertThatThrownBy(() -> ActorFileReader.read(file("a.actors", "sitrep-actors 1\nactor Nobody\nactor Somebody\n  code USA\n")))
                .hasMessage("a.actors:2: actor \"Nobody\" has no code");
        assertThatThrownBy(() -> ActorFileReader.read(file("b.actors", "sitrep-actors 1\n  alias Orphan\n")))
                .hasMessage("b.actors:2: indented \"alias\" line before any actor");
        assertThatThrownBy(() -> ActorFileReader.read(file("c.actors", "sitrep-actors 1\nactor X\n  nickname Y\n  code USA\n")))
                .hasMessage("c.actors:3: unknown keyword \"nickname\" (expected \"alias\" or \"code\")");
        assertThatThrownBy(() -> ActorFileReader.read(file("d.actors", "sitrep-actors 1\nactor ---\n  code USA\n")))
                .hasMessage("d.actors:2: phrase \"---\" has no words");
    }

    @Test
    void unknownOrMissingHeader() throws IOException {
        assertThatThrownBy(() -> ActorFileReader.read(file("a.actors", "# a comment\n\nsitrep-actor 1\nactor X\n  code USA\n")))
                .hasMessage("a.actors:3: expected the header \"sitrep-actors 1\", found \"sitrep-actor 1\"");
        assertThatThrownBy(() -> VerbFileReader.read(file("b.verbs", "sitrep-verbs 2\n"), Codebook.empty()))
                .hasMessage("b.verbs:1: unsupported version \"2\" (this Sitrep reads sitrep-verbs 1)");
        assertThatThrownBy(() -> AgentFileReader.read(file("c.agents", "sitrep-actors 1\n")))
                .hasMessage("c.agents:1: expected the header \"sitrep-agents 1\", found \"sitrep-actors 1\"");
        assertThatThrownBy(() -> AgentFileReader.read(file("d.agents", "# only a comment\n")))
                .hasMessage("d.agents: empty file: expected the header \"sitrep-agents 1\"");
    }

    @Test
    void invalidUtf8() throws IOException {
        Path f = dir.resolve("bad.actors");
        Files.write(f, new byte[] {'s', 'i', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> ActorFileReader.read(f)).hasMessage("bad.actors: not valid UTF-8");
    }

    @Test
    void agents() throws IOException {
        List<AgentEntry> agents = AgentFileReader.read(file("a.agents",
                "sitrep-agents 1\nagent attorney general | attorneys general => ~GOV\nagent peacekeeping troops => IGO~\n"));
        assertThat(agents.get(0).phrases()).containsExactly("attorney general", "attorneys general");
        assertThat(agents.get(0).composeWith("EGY")).isEqualTo("EGYGOV");
        assertThat(agents.get(1).composeWith("SYR")).isEqualTo("IGOSYR");
        assertThatThrownBy(() -> AgentFileReader.read(file("b.agents", "sitrep-agents 1\nagent farmer ~AGR\n")))
                .hasMessage("b.agents:2: agent line has no \"=>\" before its code");
        assertThatThrownBy(() -> AgentFileReader.read(file("c.agents", "sitrep-agents 1\nagent farmer => ~AG\n")))
                .hasMessageStartingWith("c.agents:2: code \"~AG\" is not an agent code");
        assertThatThrownBy(() -> AgentFileReader.read(file("d.agents", "sitrep-agents 1\nagent farmer | => ~AGR\n")))
                .hasMessage("d.agents:2: empty phrase between \"|\" separators");
    }

    private static final String VERBS = """
            sitrep-verbs 1
            synset WEAPON
              word rifle
              word cruise missile
            block ACCELERATE ---
              verb rush
              verb speed [forms speeding, speeds, sped]
              verb cordon off [forms cordoned off] [code 042]
              pattern * {arms shipment} => 072
              pattern * (to) => 042:043
              pattern &MILITARY * $ (to border) => 154
              pattern * (before court) => :173
            transform a (a b ATTACK) SAY = a b 015
            """;

    @Test
    void wellFormedVerbs() throws IOException {
        VerbDictionary v = VerbFileReader.read(file("x.verbs", VERBS), Codebook.empty());
        assertThat(v.synsets().get(0).phrases()).containsExactly("rifle", "cruise missile");
        assertThat(v.blocks().get(0).code()).isNull();
        assertThat(v.blocks().get(0).verbs().get(2).lemma()).isEqualTo("cordon off");
        assertThat(v.blocks().get(0).verbs().get(2).code()).isEqualTo("042");
        assertThat(v.blocks().get(0).patterns().get(2).after()).containsExactly(new Term.Source());
        assertThat(v.blocks().get(0).patterns().get(3).code()).isNull();
        assertThat(v.blocks().get(0).patterns().get(3).pairedCode()).isEqualTo("173");
        assertThat(v.transformations().get(0).rule()).isEqualTo("a (a b ATTACK) SAY = a b 015");
        assertThat(v.transformations().get(0).origin()).isEqualTo("x.verbs:13");
    }

    @Test
    void verbErrors() throws IOException {
        assertThatThrownBy(() -> VerbFileReader.read(file("a.verbs",
                "sitrep-verbs 1\nblock RUSH ---\n  verb rush\n  pattern * {arms shipment} 072\n"), Codebook.empty()))
                .hasMessage("a.verbs:4: pattern has no \"=>\" before its code");
        assertThatThrownBy(() -> VerbFileReader.read(file("b.verbs",
                "sitrep-verbs 1\nblock RUSH ---\n  pattern * {arms shipment => 072\n"), Codebook.empty()))
                .hasMessage("b.verbs:3: unclosed \"{\"");
        assertThatThrownBy(() -> VerbFileReader.read(file("c.verbs",
                "sitrep-verbs 1\nblock RUSH ---\n  pattern * Police => 072\n"), Codebook.empty()))
                .hasMessageStartingWith("c.verbs:3: pattern word \"Police\" must be lower case");
        assertThatThrownBy(() -> VerbFileReader.read(file("d.verbs",
                "sitrep-verbs 1\nblock RUSH 08x\n"), Codebook.empty()))
                .hasMessage("d.verbs:2: code \"08x\" is not a CAMEO event code (2 to 4 digits)");
        assertThatThrownBy(() -> VerbFileReader.read(file("e.verbs",
                "sitrep-verbs 1\n  word orphan\n"), Codebook.empty()))
                .hasMessage("e.verbs:2: \"word\" line outside a synset");
        assertThatThrownBy(() -> VerbFileReader.read(file("f.verbs",
                "sitrep-verbs 1\nblock RUSH ---\n  pattern police => 072\n"), Codebook.empty()))
                .hasMessage("f.verbs:3: pattern has no verb marker *");
    }

    @Test
    void verbCodesMustBeInTheCodebook() throws IOException {
        Codebook codebook = Codebook.of(List.of(new CodeInfo("072", "Provide military aid", 8.3, 2, "AID", null, "military")));
        Path f = file("g.verbs", "sitrep-verbs 1\nblock RUSH ---\n  pattern * {arms shipment} => 072\n  pattern * (to) => 042:043\n");
        assertThatThrownBy(() -> VerbFileReader.read(f, codebook))
                .hasMessage("g.verbs:4: code 042 is not in the CAMEO codebook");
        assertThat(VerbFileReader.read(f, Codebook.empty()).blocks()).hasSize(1);
    }

    @Test
    void codebookRows() throws IOException {
        String header = CodebookReader.HEADER + "\n";
        Codebook ok = CodebookReader.read(file("codes.tsv", "# c\n" + header + "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\t\n"));
        CodeInfo visit = ok.lookup("042").orElseThrow();
        assertThat(visit.ploverMode()).isEqualTo("visit");
        assertThat(visit.ploverContext()).isNull();
        assertThat(ok.isKnown("42")).isFalse();
        assertThatThrownBy(() -> CodebookReader.read(file("a.tsv", header + "042\tMake a visit\t1.9\t5\t\t\t\n")))
                .hasMessage("a.tsv:2: quad_class \"5\" is not 1, 2, 3 or 4");
        assertThatThrownBy(() -> CodebookReader.read(file("b.tsv", header + "042\tMake a visit\t1.9\n")))
                .hasMessage("b.tsv:2: expected 7 tab-separated columns, found 3");
        assertThatThrownBy(() -> CodebookReader.read(file("c.tsv", "code\tname\n")))
                .hasMessageStartingWith("c.tsv:1: expected the column header");
        assertThatThrownBy(() -> CodebookReader.read(file("d.tsv", header + "042\tA\t1\t1\t\t\t\n042\tB\t1\t1\t\t\t\n")))
                .hasMessage("d.tsv:3: code 042 is listed twice");
    }
}

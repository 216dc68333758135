package org.sitrep.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.Reference;
import org.sitrep.eval.score.EventTriple;

/** The reader on PETRARCH's own unit-test file and on small files written here. */
class ValidationReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryRecordOfTheUnitTestFile() {
        ValidationFile f = Reference.records();
        assertThat(f.records()).hasSize(284);
        assertThat(f.expectedEvents()).isEqualTo(359);
        assertThat(f.records().stream().filter(ValidationRecord::noEvents)).hasSize(19);
        assertThat(f.records().stream().filter(ValidationRecord::expectsError)).hasSize(7);
        assertThat(f.records().get(0).id()).isEqualTo("DEMO-00");
        assertThat(f.records().get(283).id()).isEqualTo("FINAL-RECORD");
        assertThat(f.records()).allMatch(r -> r.parse() != null && r.parse().startsWith("("));
    }

    @Test
    void namesTheEnvironmentsDictionaries() {
        ValidationEnvironment env = Reference.records().environment();
        assertThat(env.verbFile()).isEqualTo("PETR.Validate.verbs.txt");
        assertThat(env.actorFiles()).containsExactly("PETR.Validate.actors.txt");
        assertThat(env.agentFile()).isEqualTo("PETR.Validate.agents.txt");
        assertThat(env.discardFile()).isEqualTo("PETR.Validate.discards.txt");
        assertThat(env.include()).contains("DEMO", "ERROR");
    }

    @Test
    void keepsRecordFieldsAsWritten() {
        ValidationRecord demo = Reference.record("DEMO-02");
        assertThat(demo.date()).isEqualTo(LocalDate.of(1995, 1, 3));
        assertThat(demo.category()).isEqualTo("DEMO");
        assertThat(demo.expected()).containsExactly(new EventTriple("DAGGOV", "GON", "032"),
                new EventTriple("GON", "DAGGOV", "033"));
        assertThat(demo.text()).startsWith("Dagolath's first Deputy Prime Minister Telemar left for \nMinas Tirith");
        assertThat(Reference.record("ACTOR-01").expected()).contains(new EventTriple(
                "\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"", "\"THE MINISTRY OF MAGIC\"", "032"));
        assertThat(Reference.record("ERROR-01").date()).isEqualTo(LocalDate.of(2008, 8, 1));
        assertThat(Reference.record("ERROR-01").error()).isEqualTo("dateline");
        assertThat(Reference.record("DISCARD-01").error()).isEqualTo("storydiscard");
    }

    @Test
    void appliesConfigSwitchesToTheRecordsAfterThemInOrder() {
        assertThat(Reference.record("DEMO-21").options().newActorLength()).isZero();
        assertThat(Reference.record("DEMO-22").options().newActorLength()).isEqualTo(4);
        assertThat(Reference.record("DEMO-23").options().newActorLength()).isZero();
        assertThat(Reference.record("COMPOUND-02").options().requireDyad()).isTrue();
        assertThat(Reference.record("COMPOUND-03").options().requireDyad()).isFalse();
        assertThat(Reference.record("COMPOUND-05").options().requireDyad()).isTrue();
        assertThat(Reference.record("COMPOUND-15").options().requireDyad()).isFalse(); // written "FALSE"
        assertThat(Reference.record("ACTOR-01").options().newActorLength()).isEqualTo(4);
        assertThat(Reference.record("ACTOR-03").options().newActorLength()).isEqualTo(3);
        assertThat(Reference.record("ACTOR-04").options().newActorLength()).isZero();
        assertThat(Reference.record("COMMA-10").options().get("comma_max")).isEqualTo("0");
        assertThat(Reference.record("COMMA-13").options().get("comma_max")).isEqualTo("8");
        assertThat(Reference.record("DEMO-00").options().get("stop_on_error")).isEqualTo("True");
    }

    @Test
    void configBetweenSentencesChangesOnlyLaterRecords() throws IOException {
        Path f = write("""
                <Validation>
                <Environment><Verbfile>v.verbs.txt</Verbfile>
                <Actorfile>a.actors.txt, b.actors.txt</Actorfile></Environment>
                <Sentences>
                <Sentence date="20010203" id="A" category="X">
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <Text>Arnor
                 met Gondor.</Text>
                </Sentence>
                <Config option="require_dyad" value="False"></Config>
                <Sentence date="20010204" id="B"><EventCoding noevents="True"/><Text>Nothing.</Text></Sentence>
                </Sentences>
                </Validation>
                """);
        ValidationFile v = ValidationReader.read(f);
        assertThat(v.environment().actorFiles()).containsExactly("a.actors.txt", "b.actors.txt");
        List<ValidationRecord> r = v.records();
        assertThat(r.get(0).expected()).hasSize(2);
        assertThat(r.get(0).options().requireDyad()).isTrue();
        assertThat(r.get(0).parse()).isNull();
        assertThat(r.get(1).options().requireDyad()).isFalse();
        assertThat(r.get(1).noEvents()).isTrue();
        assertThat(r.get(1).position()).isEqualTo(2);
    }

    @Test
    void refusesMissingMalformedAndIncompleteFilesNamingFileAndLine() throws IOException {
        assertThatThrownBy(() -> ValidationReader.read(dir.resolve("none.xml")))
                .isInstanceOf(ValidationFileException.class).hasMessageEndingWith("none.xml: no such file");
        Path broken = write("<Validation>\n<Sentences>\n<Sentence date=\"19950101\">\n</Sentences>\n");
        assertThatThrownBy(() -> ValidationReader.read(broken)).isInstanceOf(ValidationFileException.class)
                .hasMessageContaining(broken + ":4: not well-formed XML");
        Path other = write("<html><body/></html>");
        assertThatThrownBy(() -> ValidationReader.read(other)).hasMessageContaining("not a PETRARCH validation file");
        Path noDate = write(sentences("<Sentence id=\"A\"><Text>x</Text></Sentence>"));
        assertThatThrownBy(() -> ValidationReader.read(noDate))
                .hasMessage(noDate + ":2: <Sentence> has no date attribute");
        Path badDate = write(sentences("<Sentence date=\"1995-01-01\"><Text>x</Text></Sentence>"));
        assertThatThrownBy(() -> ValidationReader.read(badDate)).hasMessageContaining("is not YYYYMMDD");
        Path partial = write(sentences("<Sentence date=\"19950101\">"
                + "<EventCoding sourcecode=\"ARN\" eventcode=\"064\"/><Text>x</Text></Sentence>"));
        assertThatThrownBy(() -> ValidationReader.read(partial))
                .hasMessage(partial + ":2: <EventCoding> has no targetcode attribute");
    }

    /** A validation file whose second line holds the given sentences. */
    private static String sentences(String xml) {
        return "<Validation><Sentences>\n" + xml + "</Sentences></Validation>";
    }

    private Path write(String xml) throws IOException {
        Path f = Files.createTempFile(dir, "records", ".xml");
        Files.writeString(f, xml);
        return f;
    }
}

package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.eval.petrarch.ValidationOptions;
import org.sitrep.eval.score.EventTriple;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCoding;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Span;

/** An unresolved participant the coder found only a dictionary agent on is written as a bare role. */
class BareRolesTest {

    @Test
    void anAgentWithNoCountryIsWrittenAsABareRole(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test.agents.txt"), "STUDENT [~EDU]\n");
        BareRoles roles = new BareRoles(Dictionaries.load(dir));
        Span police = new Span(0, 14);
        Span students = new Span(24, 32);
        Span crowds = new Span(40, 46);
        List<Mention> mentions = List.of(
                new Mention(Mention.Kind.ACTOR, 0, police, "Russian police", "RUSCOP", "test"),
                new Mention(Mention.Kind.ACTOR, 0, students, "students", null, "test.agents.txt:1"));
        Coding coding = new Coding(List.of(
                event(new ActorRef("RUSCOP", "Russian police", police), new ActorRef(null, "students", students)),
                event(new ActorRef("RUSCOP", "Russian police", police), new ActorRef(null, "crowds", crowds))),
                mentions);
        assertThat(EventTriples.of(roles.write(coding).events(), ValidationOptions.defaults()))
                .containsExactly(new EventTriple("RUSCOP", "---EDU", "212"));
    }

    private static Event event(ActorRef source, ActorRef target) {
        Span s = new Span(0, 50);
        return new Event("e", "a", 0, s, "text",
                EventDate.of(LocalDate.of(1995, 1, 1), LocalDate.of(1995, 1, 1), EventDate.Basis.PUBLISHED, null, null),
                source, target, new CameoCoding("212", "21", Double.NaN, 0), null, null, Modality.ASSERTED, null, s,
                "test");
    }
}

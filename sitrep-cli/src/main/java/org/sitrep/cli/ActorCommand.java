package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.coder.actor.ActorExplainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep actor NAME`: how a name resolves to an actor code on a date, and why.
 * Loads only the dictionaries, not the NLP models, so it answers in about a second.
 */
@Command(name = "actor", description = "Show how a name resolves to an actor code on a date, and why.")
final class ActorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name, e.g. Stoltenberg or \"Iraqi officials\".")
    List<String> name;

    @Option(names = "--on", paramLabel = "DATE", description = "The event date (YYYY-MM-DD; default: today).")
    LocalDate on;

    @Mixin
    DictionariesOption dictionaries;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        LocalDate date = on != null ? on : LocalDate.now();
        List<String> lines = new ActorExplainer(dictionaries.load()).explain(String.join(" ", name), date);
        lines.forEach(out::println);
        out.flush();
        return lines.get(0).contains("-> no ") ? 1 : 0;
    }
}

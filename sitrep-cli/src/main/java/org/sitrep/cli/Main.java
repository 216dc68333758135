package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The sitrep command: one subcommand per job (demo, code, ingest, events, times, actor, actors, dictionaries).
 * Exit codes: 0 success, 1 some input or the store failed, 2 a usage error.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0", scope = CommandLine.ScopeType.INHERIT,
        description = "Turns news text into coded, dated, sourced political event data.",
        subcommands = {DemoCommand.class, CodeCommand.class, IngestCommand.class, EventsCommand.class,
            TimesCommand.class, PlacesCommand.class, ExplainCommand.class, ActorCommand.class, ActorsCommand.class, DictionariesCommand.class, EvalCommand.class,
            BenchCommand.class})
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI in this JVM and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.registerConverter(LocalDate.class, Main::date);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + s + "' is not a date (YYYY-MM-DD)");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

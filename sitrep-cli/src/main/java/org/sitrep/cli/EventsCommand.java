package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep events`: lists stored events, filtered by actor, CAMEO code and date range.
 * Dates compare by the period an event covers, so --from 2020-01-15 keeps an event dated 2020-01.
 */
@Command(name = "events", description = "Query stored events by actor, CAMEO code and date.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code starting with CODE (IRQ matches IRQGOV).")
    String actor;

    @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO code or prefix (19 matches 190, 193, 1951...).")
    String code;

    @Option(names = "--from", paramLabel = "DATE", description = "Events ending on or after this date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events starting on or before this date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many events (0: all).")
    int limit;

    @Mixin
    FormatOption format;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return db.withExisting(err, store -> {
            if (code != null && !code.matches("\\d{2,4}")) {
                err.println("sitrep: --code \"" + code + "\" is not a CAMEO code (2 to 4 digits, e.g. 19 or 0312)");
                return 2;
            }
            List<Event> events = store.events(new EventQuery(actor, code, from, to, null, limit));
            Output.events(out, format.format, events, null);
            return 0;
        });
    }
}

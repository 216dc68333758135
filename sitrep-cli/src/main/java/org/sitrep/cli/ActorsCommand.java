package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.UnknownActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep actors --unknown`: the people and organisations stored articles name that no dictionary knows,
 * most frequent first, printed as dictionary entries to fill in and paste.
 * Dictionaries grow from what the news actually mentions.
 */
@Command(name = "actors", description = "List frequent person and organisation names that resolved to no actor, ready to paste into a dictionary.")
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--unknown", required = true, description = "List the names no actor dictionary resolves.")
    boolean unknown;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many names (default: ${DEFAULT-VALUE}; 0: all).")
    int limit;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return db.withExisting(err, store -> {
            List<UnknownActor> names = store.unknownActors(limit);
            out.println("sitrep-actors 1");
            out.println("# " + names.size() + " names in " + db.path() + " that no actor dictionary resolves.");
            out.println("# Fill in each code (CAMEO actor code, dated FROM..TO where the role changes) and paste.");
            for (UnknownActor a : names) {
                out.println();
                out.printf("# %s, %d mention%s in %d article%s, e.g. \"…%s…\" (%s)%n", a.nerType(), a.mentions(),
                        a.mentions() == 1 ? "" : "s", a.articles(), a.articles() == 1 ? "" : "s", a.example(),
                        a.exampleOrigin());
                out.println("actor " + a.name());
                out.println("#  code ???");
            }
            out.flush();
            return 0;
        });
    }
}

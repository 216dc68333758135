package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.DictionaryException;
import org.sitrep.dictionaries.DictionaryWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `sitrep dictionaries check [DIR]`: validates dictionaries and counts what they hold.
 * Older tools leaked dictionary typos into output codes; Sitrep refuses them here, with file and line.
 */
@Command(name = "dictionaries", description = "Check dictionaries: the bundled ones, or a folder of your own.",
        subcommands = DictionariesCommand.Check.class)
final class DictionariesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", description = "Validate dictionaries (bundled, or DIR) and print what they hold.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "A folder of dictionaries (default: the bundled ones).")
        Path dir;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            String what = dir == null ? "bundled dictionaries" : dir.toString();
            if (dir != null && !Files.isDirectory(dir)) {
                err.println("sitrep: " + dir + ": not a folder");
                return 1;
            }
            Dictionaries d;
            try {
                d = dir == null ? Dictionaries.bundled() : Dictionaries.load(dir);
            } catch (DictionaryException e) {
                err.println("sitrep: dictionary error: " + e.getMessage());
                return 1;
            }
            out.printf("%s: %d actors, %d agents, %d verb blocks, %d synsets, %d codes%n", what, d.actors().size(),
                    d.agents().size(), d.verbBlocks().size(), d.synsets().size(), d.codebook().size());
            for (DictionaryWarning w : d.warnings()) out.println("warning: " + w);
            out.println(d.warnings().isEmpty() ? "ok" : d.warnings().size() + " lines skipped (see warnings)");
            return 0;
        }
    }
}

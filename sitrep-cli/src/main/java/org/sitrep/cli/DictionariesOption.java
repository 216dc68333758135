package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.dictionaries.Dictionaries;
import picocli.CommandLine.Option;

/**
 * The --dictionaries option: a folder of the user's own dictionaries (Sitrep or PETRARCH format) loaded
 * after the bundled ones, so its entries win.
 * Users bring the dictionaries they already maintain instead of converting them first.
 */
final class DictionariesOption {
    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Extra dictionaries (*.actors, *.agents, *.verbs, or PETRARCH *.txt) loaded after the bundled ones.")
    Path dir;

    /** The coder for these dictionaries: the JVM's shared one when no folder is given. */
    org.sitrep.coder.ArticleCoder coder() {
        return dir == null ? org.sitrep.coder.ArticleCoder.shared()
                : org.sitrep.coder.ArticleCoder.withDictionaries(load());
    }

    Dictionaries load() {
        Dictionaries bundled = Dictionaries.bundled();
        return dir == null ? bundled : bundled.plus(Dictionaries.load(dir));
    }
}

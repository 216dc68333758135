package org.sitrep.eval.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.dictionaries.Dictionaries;

/**
 * Loads exactly the verb, actor, agent and discard files a validation file's environment names, and nothing bundled:
 * no Sitrep actors, no CAMEO codebook (the validation verbs use their own, mostly WEIS, codes).
 * Dictionaries.load reads a whole folder, so the named files are copied into a private temporary one first.
 */
public final class EnvironmentDictionaries {
    private EnvironmentDictionaries() {
    }

    /** The files the environment names, resolved in dir (the validation file's folder, or the user's). */
    public static List<Path> files(ValidationEnvironment env, Path dir) {
        List<Path> files = new ArrayList<>();
        if (env.verbFile() != null) files.add(dir.resolve(env.verbFile()));
        for (String a : env.actorFiles()) files.add(dir.resolve(a));
        if (env.agentFile() != null) files.add(dir.resolve(env.agentFile()));
        if (env.discardFile() != null) files.add(dir.resolve(env.discardFile()));
        return files;
    }

    /**
     * @throws ValidationFileException when the environment names no verb file or a named file is missing
     * @throws org.sitrep.dictionaries.DictionaryException when a file is malformed beyond PETRARCH's lenient rules
     */
    public static Dictionaries load(ValidationEnvironment env, Path dir) {
        if (env.verbFile() == null) throw new ValidationFileException("the <Environment> names no <Verbfile>");
        for (Path f : files(env, dir)) {
            if (!Files.isRegularFile(f)) throw new ValidationFileException(f + ": no such dictionary file "
                    + "(named in the <Environment>)");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("sitrep-eval-dictionaries");
            copy(dir, env.verbFile(), "verbs", tmp);
            for (String a : env.actorFiles()) copy(dir, a, "actors", tmp);
            if (env.agentFile() != null) copy(dir, env.agentFile(), "agents", tmp);
            if (env.discardFile() != null) copy(dir, env.discardFile(), "discards", tmp);
            return Dictionaries.load(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(tmp);
        }
    }

    /** Keeps the file's name (it appears in rule provenance) unless loading needs the kind in it. */
    private static void copy(Path dir, String name, String kind, Path into) throws IOException {
        String file = Path.of(name).getFileName().toString();
        String lower = file.toLowerCase(Locale.ROOT);
        boolean cameo = kind.equals("verbs") && lower.startsWith("cameo.");
        if (!lower.endsWith(".txt") || !lower.contains(kind) && !cameo) file = file + "." + kind + ".txt";
        Files.copy(dir.resolve(name), into.resolve(file));
    }

    private static void delete(Path tmp) {
        if (tmp == null) return;
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary copy is harmless
        }
    }
}

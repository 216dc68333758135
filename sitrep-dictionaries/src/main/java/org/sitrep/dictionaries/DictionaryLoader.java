package org.sitrep.dictionaries;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.dictionaries.format.ActorFileReader;
import org.sitrep.dictionaries.format.AgentFileReader;
import org.sitrep.dictionaries.discard.Discard;
import org.sitrep.dictionaries.discard.DiscardList;
import org.sitrep.dictionaries.format.CodebookReader;
import org.sitrep.dictionaries.format.DiscardFileReader;
import org.sitrep.dictionaries.format.VerbFileReader;
import org.sitrep.dictionaries.petrarch.Parsed;
import org.sitrep.dictionaries.petrarch.PetrarchActorReader;
import org.sitrep.dictionaries.petrarch.PetrarchAgentReader;
import org.sitrep.dictionaries.petrarch.PetrarchDiscardReader;
import org.sitrep.dictionaries.petrarch.PetrarchVerbReader;
import org.sitrep.dictionaries.verb.Synset;
import org.sitrep.dictionaries.verb.VerbBlock;
import org.sitrep.dictionaries.verb.VerbDictionary;

/**
 * Collects the dictionary files of one source (the classpath bundle or a directory) into a Dictionaries value.
 * Codebooks are read before verb files, whatever the listing order, so verb codes can be checked against them.
 */
final class DictionaryLoader {
    static final String RESOURCE_ROOT = "org/sitrep/dictionaries/data/";
    static final String INDEX = "index.txt";

    private final List<ActorEntry> actors = new ArrayList<>();
    private final List<AgentEntry> agents = new ArrayList<>();
    private final List<VerbBlock> blocks = new ArrayList<>();
    private final Map<String, Synset> synsets = new LinkedHashMap<>();
    private final List<String> transformations = new ArrayList<>();
    private final List<Discard> discards = new ArrayList<>();
    private final List<DictionaryWarning> warnings = new ArrayList<>();
    private Codebook codebook = Codebook.empty();

    /** Loads the files listed in the bundled index.txt from the classpath. */
    static Dictionaries bundled() {
        String index = new String(resource(INDEX), StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>();
        String[] lines = index.split("\r\n|\n");
        for (int i = 0; i < lines.length; i++) {
            String entry = lines[i].replaceAll("#.*", "").strip();
            if (entry.isEmpty()) continue;
            if (DictionaryLoader.class.getClassLoader().getResource(RESOURCE_ROOT + entry) == null) {
                throw DictionaryException.at(INDEX, i + 1, "listed file " + entry + " is not on the classpath");
            }
            files.add(entry);
        }
        DictionaryLoader loader = new DictionaryLoader();
        for (boolean codesPass : new boolean[] {true, false}) {
            for (String f : files) {
                String name = fileName(f);
                DictionaryFileKind kind = DictionaryFileKind.of(name);
                if ((kind == DictionaryFileKind.CODES) != codesPass) continue;
                loader.sitrep(kind, name, resource(f));
            }
        }
        return loader.build();
    }

    /** Loads every dictionary file under dir: index.txt order first when present, then the rest by path. */
    static Dictionaries directory(Path dir) {
        if (!Files.isDirectory(dir)) throw new DictionaryException(dir.toString(), "not a directory");
        List<Path> files = ordered(dir);
        DictionaryLoader loader = new DictionaryLoader();
        for (boolean codesPass : new boolean[] {true, false}) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                DictionaryFileKind kind = DictionaryFileKind.of(name);
                if ((kind == DictionaryFileKind.CODES) != codesPass) continue;
                switch (kind) {
                    case PETRARCH_ACTORS -> loader.petrarchActors(PetrarchActorReader.read(f));
                    case PETRARCH_AGENTS -> loader.petrarchAgents(PetrarchAgentReader.read(f));
                    case PETRARCH_VERBS -> loader.petrarchVerbs(PetrarchVerbReader.read(f, loader.codebook));
                    case PETRARCH_DISCARDS -> loader.petrarchDiscards(PetrarchDiscardReader.read(f));
                    case UNKNOWN_TEXT -> loader.warnings.add(new DictionaryWarning(name,
                            "not recognised as a PETRARCH actor, agent, verb or discard dictionary; ignored"));
                    case OTHER -> { }
                    default -> loader.sitrep(kind, name, bytes(f));
                }
            }
        }
        return loader.build();
    }

    private static List<Path> ordered(Path dir) {
        Set<Path> out = new LinkedHashSet<>();
        Path index = dir.resolve(INDEX);
        if (Files.isRegularFile(index)) {
            String[] lines = new String(bytes(index), StandardCharsets.UTF_8).split("\r\n|\n");
            for (int i = 0; i < lines.length; i++) {
                String entry = lines[i].replaceAll("#.*", "").strip();
                if (entry.isEmpty()) continue;
                Path f = dir.resolve(entry).normalize();
                if (!Files.isRegularFile(f)) throw DictionaryException.at(INDEX, i + 1, "listed file " + entry + " does not exist");
                out.add(f);
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir.relativize(p)))
                    .map(Path::normalize)
                    .sorted((a, b) -> dir.relativize(a).toString().replace('\\', '/')
                            .compareTo(dir.relativize(b).toString().replace('\\', '/')))
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    private void sitrep(DictionaryFileKind kind, String name, byte[] bytes) {
        InputStream in = new ByteArrayInputStream(bytes);
        switch (kind) {
            case CODES -> codebook = codebook.plus(CodebookReader.read(name, in));
            case ACTORS -> actors.addAll(ActorFileReader.read(name, in));
            case AGENTS -> agents.addAll(AgentFileReader.read(name, in));
            case VERBS -> verbs(VerbFileReader.read(name, in, codebook));
            case DISCARDS -> discards.addAll(DiscardFileReader.read(name, in));
            default -> { }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private void petrarchActors(Parsed<List<ActorEntry>> p) {
        actors.addAll(p.value());
        warnings.addAll(p.warnings());
    }

    private void petrarchAgents(Parsed<List<AgentEntry>> p) {
        agents.addAll(p.value());
        warnings.addAll(p.warnings());
    }

    private void petrarchDiscards(Parsed<List<Discard>> p) {
        discards.addAll(p.value());
        warnings.addAll(p.warnings());
    }

    private void petrarchVerbs(Parsed<VerbDictionary> p) {
        verbs(p.value());
        warnings.addAll(p.warnings());
    }

    private void verbs(VerbDictionary v) {
        for (Synset s : v.synsets()) synsets.put(s.name(), s);
        blocks.addAll(v.blocks());
        v.transformations().forEach(t -> transformations.add(t.rule()));
    }

    private Dictionaries build() {
        return new Dictionaries(actors, agents, blocks, synsets, transformations, codebook, new DiscardList(discards),
                warnings);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static byte[] resource(String relative) {
        String path = RESOURCE_ROOT + relative;
        try (InputStream in = DictionaryLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new DictionaryException(path, "bundled dictionary resource is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

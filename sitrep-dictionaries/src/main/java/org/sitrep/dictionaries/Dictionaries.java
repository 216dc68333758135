package org.sitrep.dictionaries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.AgentEntry;
import org.sitrep.dictionaries.discard.DiscardList;
import org.sitrep.dictionaries.verb.Synset;
import org.sitrep.dictionaries.verb.VerbBlock;

/**
 * All dictionaries the coder uses (actors, agents, verb blocks, synsets, transformations, codebook, discards),
 * immutable.
 * It is the single entry point for loading: the bundled set, a directory, or several merged with plus().
 *
 * <p>Order matters: entries keep load order and later definitions win, as with plus(): a later actor entry for the
 * same phrase, a later synset or code of the same name. The bundled index therefore lists Sitrep's curated
 * sitrep.actors after the converted Phoenix files (and the converter leaves curated phrases out of those).
 */
public final class Dictionaries {
    private final List<ActorEntry> actors;
    private final List<AgentEntry> agents;
    private final List<VerbBlock> verbBlocks;
    private final Map<String, Synset> synsets;
    private final List<String> transformations;
    private final Codebook codebook;
    private final DiscardList discards;
    private final List<DictionaryWarning> warnings;
    private volatile Map<String, List<ActorEntry>> actorsByPhrase;
    private static volatile Dictionaries bundled;

    Dictionaries(List<ActorEntry> actors, List<AgentEntry> agents, List<VerbBlock> verbBlocks,
                 Map<String, Synset> synsets, List<String> transformations, Codebook codebook, DiscardList discards,
                 List<DictionaryWarning> warnings) {
        this.actors = List.copyOf(actors);
        this.agents = List.copyOf(agents);
        this.verbBlocks = List.copyOf(verbBlocks);
        this.synsets = Collections.unmodifiableMap(new LinkedHashMap<>(synsets));
        this.transformations = List.copyOf(transformations);
        this.codebook = codebook;
        this.discards = discards;
        this.warnings = List.copyOf(warnings);
    }

    /** No entries and an empty codebook; a neutral start for plus(). */
    public static Dictionaries empty() {
        return new Dictionaries(List.of(), List.of(), List.of(), Map.of(), List.of(), Codebook.empty(), DiscardList.empty(),
                List.of());
    }

    /**
     * The dictionaries shipped in this jar (org/sitrep/dictionaries/data/, listed in index.txt), loaded once per JVM.
     *
     * @throws DictionaryException when a bundled file is malformed (a build error, caught by the tests)
     */
    public static Dictionaries bundled() {
        Dictionaries b = bundled;
        if (b == null) {
            synchronized (Dictionaries.class) {
                b = bundled;
                if (b == null) {
                    b = DictionaryLoader.bundled();
                    bundled = b;
                }
            }
        }
        return b;
    }

    /**
     * Loads a directory: *.actors, *.agents, *.verbs, *.discards and codes.tsv in Sitrep
     * format (strict: errors throw), and
     * PETRARCH files by name (*actors*.txt, *agents*.txt, *verbs*.txt,
     * *discards*.txt, CAMEO.*.txt), whose unreadable lines become
     * warnings(). Files listed in an index.txt come first in its order, then the rest sorted by path.
     */
    public static Dictionaries load(Path dir) {
        return DictionaryLoader.directory(dir);
    }

    /** Both sets: this one's entries first, other's after; other's synsets and codes replace same-named ones. */
    public Dictionaries plus(Dictionaries other) {
        List<ActorEntry> a = new ArrayList<>(actors);
        a.addAll(other.actors);
        List<AgentEntry> g = new ArrayList<>(agents);
        g.addAll(other.agents);
        List<VerbBlock> b = new ArrayList<>(verbBlocks);
        b.addAll(other.verbBlocks);
        Map<String, Synset> s = new LinkedHashMap<>(synsets);
        s.putAll(other.synsets);
        List<String> t = new ArrayList<>(transformations);
        t.addAll(other.transformations);
        List<DictionaryWarning> w = new ArrayList<>(warnings);
        w.addAll(other.warnings);
        return new Dictionaries(a, g, b, s, t, codebook.plus(other.codebook), discards.plus(other.discards), w);
    }

    public List<ActorEntry> actors() {
        return actors;
    }

    public List<AgentEntry> agents() {
        return agents;
    }

    public List<VerbBlock> verbBlocks() {
        return verbBlocks;
    }

    /** Synsets by upper-case name without "&", e.g. "MILITARY". */
    public Map<String, Synset> synsets() {
        return synsets;
    }

    /** PETRARCH-2 transformation rules as raw text, e.g. "a (a b ATTACK) SAY = a b 015"; not interpreted yet. */
    public List<String> transformations() {
        return transformations;
    }

    public Codebook codebook() {
        return codebook;
    }

    /** Phrases that keep a sentence or a whole story from being coded (*.discards, PETRARCH *discards*.txt). */
    public DiscardList discards() {
        return discards;
    }

    /** What PETRARCH files loaded by load() could not contribute; always empty for Sitrep-format files. */
    public List<DictionaryWarning> warnings() {
        return warnings;
    }

    /** The actor entries with a phrase that folds (PhraseKey) like the given one, in load order: the last one applies. */
    public List<ActorEntry> actorsNamed(String phrase) {
        return actorIndex().getOrDefault(String.join(" ", PhraseKey.words(phrase)), List.of());
    }

    private Map<String, List<ActorEntry>> actorIndex() {
        Map<String, List<ActorEntry>> index = actorsByPhrase;
        if (index == null) {
            Map<String, List<ActorEntry>> built = new HashMap<>();
            for (ActorEntry e : actors) {
                for (String p : e.phrases()) {
                    List<ActorEntry> list = built.computeIfAbsent(String.join(" ", PhraseKey.words(p)), k -> new ArrayList<>(1));
                    if (list.isEmpty() || list.get(list.size() - 1) != e) list.add(e);
                }
            }
            built.replaceAll((k, v) -> List.copyOf(v));
            index = Collections.unmodifiableMap(built);
            actorsByPhrase = index;
        }
        return index;
    }
}

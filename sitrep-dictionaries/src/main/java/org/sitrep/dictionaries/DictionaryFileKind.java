package org.sitrep.dictionaries;

import java.util.Locale;

/**
 * What a dictionary file holds and in which format, told by its name.
 * Directory loading needs this because folders mix Sitrep files, PETRARCH files and unrelated files.
 */
enum DictionaryFileKind {
    CODES, ACTORS, AGENTS, VERBS, DISCARDS, PETRARCH_ACTORS, PETRARCH_AGENTS, PETRARCH_VERBS, PETRARCH_DISCARDS, UNKNOWN_TEXT, OTHER;

    static DictionaryFileKind of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.equals("codes.tsv") || n.endsWith(".codes.tsv")) return CODES;
        if (n.endsWith(".actors")) return ACTORS;
        if (n.endsWith(".agents")) return AGENTS;
        if (n.endsWith(".verbs")) return VERBS;
        if (n.endsWith(".discards")) return DISCARDS;
        if (n.equals("index.txt")) return OTHER;
        if (n.endsWith(".txt")) {
            if (n.contains("actors")) return PETRARCH_ACTORS;
            if (n.contains("agents")) return PETRARCH_AGENTS;
            if (n.contains("verbs") || n.startsWith("cameo.")) return PETRARCH_VERBS;
            if (n.contains("discards")) return PETRARCH_DISCARDS;
            return UNKNOWN_TEXT;
        }
        return OTHER;
    }
}

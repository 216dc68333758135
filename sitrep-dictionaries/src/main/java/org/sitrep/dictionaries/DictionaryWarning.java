package org.sitrep.dictionaries;

/**
 * A line of a PETRARCH dictionary that was skipped or read with loss, and why.
 * Foreign formats are read leniently; these warnings say exactly what did not make it into Sitrep.
 */
public record DictionaryWarning(String origin, String reason) {

    public static DictionaryWarning at(String file, int line, String reason) {
        return new DictionaryWarning(file + ":" + line, reason);
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}

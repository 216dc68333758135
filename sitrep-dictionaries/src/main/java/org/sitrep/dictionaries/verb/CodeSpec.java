package org.sitrep.dictionaries.verb;

import java.util.Optional;
import org.sitrep.dictionaries.Codebook;
import org.sitrep.dictionaries.codes.CodeSyntax;

/**
 * The code part of a verb pattern or block: "---" (no event), "042", "042:043" (paired) or ":173" (reverse only).
 * PETRARCH's [a:b] and Sitrep's "=> a:b" share this one parser so both formats agree on what a code means.
 */
public record CodeSpec(String code, String pairedCode) {
    public static final CodeSpec NONE = new CodeSpec(null, null);
    private static final String NULL_CODE = "---";

    /**
     * Parses "---", "042", "042:043", ":173" or "---:173".
     *
     * @throws IllegalArgumentException with the reason when a code is not 2 to 4 digits
     */
    public static CodeSpec parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("empty code");
        int colon = t.indexOf(':');
        if (colon < 0) return new CodeSpec(single(t), null);
        if (t.indexOf(':', colon + 1) >= 0) throw new IllegalArgumentException("code \"" + t + "\" has more than one ':'");
        String first = t.substring(0, colon).strip();
        String second = t.substring(colon + 1).strip();
        return new CodeSpec(first.isEmpty() ? null : single(first), second.isEmpty() ? null : single(second));
    }

    private static String single(String code) {
        if (code.equals(NULL_CODE)) return null;
        if (!CodeSyntax.isEventCode(code)) {
            throw new IllegalArgumentException("code \"" + code + "\" is not a CAMEO event code (2 to 4 digits)");
        }
        return code;
    }

    public static CodeSpec of(VerbPattern p) {
        return new CodeSpec(p.code(), p.pairedCode());
    }

    public boolean isNone() {
        return code == null && pairedCode == null;
    }

    public boolean isPaired() {
        return pairedCode != null;
    }

    /** The first code the codebook does not know, if any; an empty codebook knows everything. */
    public Optional<String> unknownIn(Codebook codebook) {
        if (codebook == null || codebook.isEmpty()) return Optional.empty();
        if (code != null && !codebook.isKnown(code)) return Optional.of(code);
        if (pairedCode != null && !codebook.isKnown(pairedCode)) return Optional.of(pairedCode);
        return Optional.empty();
    }

    /** The Sitrep spelling: "---", "042", "042:043" or ":173". */
    public String format() {
        if (pairedCode == null) return code == null ? NULL_CODE : code;
        return (code == null ? "" : code) + ":" + pairedCode;
    }

    @Override
    public String toString() {
        return format();
    }
}

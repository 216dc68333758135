package org.sitrep.dictionaries;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.dictionaries.codes.CodeInfo;

/**
 * The CAMEO event codes Sitrep knows, with names, Goldstein scores, QuadClass and PLOVER mappings.
 * Verb dictionaries are checked against it, and the coder looks up what a code means here.
 */
public final class Codebook {
    private static final Codebook EMPTY = new Codebook(Map.of());
    private final Map<String, CodeInfo> byCode;

    private Codebook(Map<String, CodeInfo> byCode) {
        this.byCode = byCode;
    }

    /** A codebook of these codes in this order; a later duplicate replaces an earlier one. */
    public static Codebook of(Collection<CodeInfo> codes) {
        Map<String, CodeInfo> map = new LinkedHashMap<>();
        for (CodeInfo c : codes) map.put(c.code(), c);
        return new Codebook(java.util.Collections.unmodifiableMap(map));
    }

    public static Codebook empty() {
        return EMPTY;
    }

    public Optional<CodeInfo> lookup(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    public int size() {
        return byCode.size();
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** All codes in file order. */
    public List<CodeInfo> codes() {
        return List.copyOf(byCode.values());
    }

    /** This codebook with other's codes added; other wins where both define a code. */
    public Codebook plus(Codebook other) {
        if (other.isEmpty()) return this;
        if (isEmpty()) return other;
        Map<String, CodeInfo> map = new LinkedHashMap<>(byCode);
        map.putAll(other.byCode);
        return new Codebook(java.util.Collections.unmodifiableMap(map));
    }
}

package org.sitrep.eval.score;

/**
 * One event as validation records state it: source actor code, target actor code, event code.
 * Events are compared on these three strings only, exactly, so dates, spans and modality do not count.
 */
public record EventTriple(String source, String target, String code) {
    /** How PETRARCH writes a missing actor. */
    public static final String NO_ACTOR = "---";

    public EventTriple {
        if (source == null || target == null || code == null) {
            throw new IllegalArgumentException("source, target and code are required (use " + NO_ACTOR + ")");
        }
    }

    @Override
    public String toString() {
        return source + " " + target + " " + code;
    }
}

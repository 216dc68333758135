package org.sitrep.coder.event;

/**
 * Receives the coder's reasoning as it codes a sentence: each candidate trigger, its roles, the patterns
 * that matched or not, and why an event was or was not emitted.
 * `sitrep explain` prints it; normal coding passes {@link #NONE} and pays nothing.
 */
@FunctionalInterface
public interface EventTrace {
    EventTrace NONE = line -> { };

    void note(String line);

    default boolean enabled() {
        return this != NONE;
    }
}

package org.sitrep.store;

/**
 * A person or organisation named in stored articles that no actor dictionary resolves, with how often
 * it occurs and one example of its context.
 * The list of these is where a dictionary grows next.
 */
public record UnknownActor(String name, String nerType, long mentions, long articles, String example,
                           String exampleOrigin) {
}

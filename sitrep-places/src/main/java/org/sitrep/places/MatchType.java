package org.sitrep.places;

/**
 * How a mention's text met an entry: its own name, one of its alternate names, a name once the Arabic
 * article is dropped ("Qaim" for "Al Qa'im"), or a demonym ("Syrian"). Weaker matches rank lower.
 */
enum MatchType {
    NAME("name"), ALTERNATE("alternate name"), WITHOUT_ARTICLE("name without its article"), DEMONYM("demonym");

    private final String words;

    MatchType(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }
}

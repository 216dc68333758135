package org.sitrep.source;

import java.time.LocalDate;

/**
 * The one publication-date rule: --published, else the input's own metadata, else a sidecar .meta, else a
 * dateline in the text, else unknown (null). Never today: a wrong date silently misdates every relative
 * expression ("last Tuesday") in the article.
 */
public final class PublishedDate {
    private PublishedDate() {
    }

    public static LocalDate choose(LocalDate override, LocalDate metadata, LocalDate sidecar, String text) {
        if (override != null) return override;
        if (metadata != null) return metadata;
        if (sidecar != null) return sidecar;
        return Dateline.find(text).orElse(null);
    }
}

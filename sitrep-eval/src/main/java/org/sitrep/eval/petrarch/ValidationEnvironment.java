package org.sitrep.eval.petrarch;

import java.util.List;

/**
 * The dictionary files a validation file names in its &lt;Environment&gt;, as written there (relative names).
 * Actor files may be several, separated by commas, as in PETRARCH's own configuration.
 */
public record ValidationEnvironment(String verbFile, List<String> actorFiles, String agentFile, String discardFile,
                                    List<String> include) {
    public ValidationEnvironment {
        actorFiles = List.copyOf(actorFiles);
        include = List.copyOf(include);
    }
}

package org.sitrep.eval.petrarch;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The coder options in force for a record: PETRARCH's defaults changed by every &lt;Config option value&gt;
 * met before it in the file.
 * Records are written against these switches, so a record is only fairly scored under the options it saw.
 */
public record ValidationOptions(Map<String, String> values) {
    public static final String REQUIRE_DYAD = "require_dyad";
    public static final String NEW_ACTOR_LENGTH = "new_actor_length";

    public ValidationOptions {
        values = Map.copyOf(values);
    }

    /** PETRARCH's defaults for the switches Sitrep honours: events need both actors, unknown actors are not written. */
    public static ValidationOptions defaults() {
        return new ValidationOptions(Map.of(REQUIRE_DYAD, "true", NEW_ACTOR_LENGTH, "0"));
    }

    public ValidationOptions with(String option, String value) {
        Map<String, String> m = new TreeMap<>(values);
        m.put(option.strip().toLowerCase(Locale.ROOT), value.strip());
        return new ValidationOptions(m);
    }

    public String get(String option) {
        return values.get(option);
    }

    /** True when an event needs a source and a target; a bare role ("---GOV") counts as present. */
    public boolean requireDyad() {
        return !"false".equalsIgnoreCase(values.getOrDefault(REQUIRE_DYAD, "true"));
    }

    /** Longest unknown noun phrase (in words) written as a quoted actor; 0 writes none. */
    public int newActorLength() {
        try {
            return Integer.parseInt(values.getOrDefault(NEW_ACTOR_LENGTH, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

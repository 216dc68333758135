package org.sitrep.dictionaries.actor;

import java.util.List;

/**
 * A generic role ("troops", "government") whose code composes with a country ("IRQ" + "GOV").
 * Suffix agents (~GOV) follow the country code; prefix agents (NGO~) come before it.
 */
public record AgentEntry(List<String> phrases, String code, Placement placement, String origin) {
    public AgentEntry {
        phrases = List.copyOf(phrases);
    }

    /** Where the agent code goes relative to the actor's country code. */
    public enum Placement { SUFFIX, PREFIX }

    public String composeWith(String countryCode) {
        if (countryCode == null || countryCode.isEmpty()) return code;
        return placement == Placement.SUFFIX ? countryCode + code : code + countryCode;
    }
}

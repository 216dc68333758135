package org.sitrep.dictionaries.codes;

import java.util.regex.Pattern;

/**
 * The shapes codes must have: CAMEO actor codes are 3-character blocks, event codes 2 to 4 digits.
 * Every reader checks codes here, so a malformed code never reaches the coder.
 */
public final class CodeSyntax {
    private static final Pattern ACTOR = Pattern.compile("(?:[A-Z0-9]{3})+");
    private static final Pattern EVENT = Pattern.compile("[0-9]{2,4}");

    private CodeSyntax() {
    }

    /** An actor code such as "IRQ", "USAGOV" or "IGOWSTNAT". */
    public static boolean isActorCode(String code) {
        return code != null && ACTOR.matcher(code).matches();
    }

    /** An agent code: an actor code with "~" before it (suffix agent, "~GOV") or after it (prefix agent, "NGO~"). */
    public static boolean isAgentCode(String code) {
        if (code == null || code.length() < 2) return false;
        if (code.startsWith("~")) return isActorCode(code.substring(1));
        if (code.endsWith("~")) return isActorCode(code.substring(0, code.length() - 1));
        return false;
    }

    /** A CAMEO event code such as "01", "042" or "1041"; codes are strings, so "010" and "10" differ. */
    public static boolean isEventCode(String code) {
        return code != null && EVENT.matcher(code).matches();
    }
}

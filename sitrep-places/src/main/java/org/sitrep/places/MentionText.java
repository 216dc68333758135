package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way to read a mention's text: the name to look up, the kind of place its wording asks for
 * ("province of Erbil" asks for an admin-1 region) and the cue word. Writers wrap names in such words, and
 * the cue both finds the name and ranks the right kind first.
 */
record MentionText(String name, PlaceKind hint, String cue) {
    private static final String ADMIN1_CUES = "province|governorate|state|prefecture|oblast|department|emirate";
    private static final String CITY_CUES = "city|town|village";
    private static final String VAGUE_CUES = "area|region|district|outskirts|suburbs|vicinity|countryside|environs";
    private static final Pattern WRAPPING = Pattern.compile("^[\"'(\\[\u201c\u2018]+|[\"')\\]\u201d\u2019,.;:]+$");
    private static final Pattern ADMIN1_CUE = Pattern.compile(ADMIN1_CUES);
    private static final Pattern CITY_CUE = Pattern.compile(CITY_CUES);
    private static final Pattern CUE_OF = Pattern.compile(
        "(?i)^(?:the\\s+)?(" + ADMIN1_CUES + "|" + CITY_CUES + "|" + VAGUE_CUES + ")\\s+of\\s+(.+)$");
    private static final Pattern CUE_AFTER = Pattern.compile(
        "(?i)^(.+?)\\s+(" + ADMIN1_CUES + "|" + CITY_CUES + "|" + VAGUE_CUES
            + "|border|borders|border area|border region|frontier)$");

    /** The readings to try in order: the text as written, then without its cue words. */
    static List<MentionText> readings(String text) {
        String t = WRAPPING.matcher(text.strip()).replaceAll("");
        List<MentionText> out = new ArrayList<>(3);
        out.add(new MentionText(t, null, null));
        String name = t;
        PlaceKind hint = null;
        String cue = null;
        Matcher of = CUE_OF.matcher(name);
        if (of.matches()) {
            cue = of.group(1).toLowerCase(Locale.ROOT);
            hint = hintOf(cue);
            name = of.group(2);
        }
        Matcher after = CUE_AFTER.matcher(name);
        if (after.matches()) {
            String second = after.group(2).toLowerCase(Locale.ROOT);
            if (hint == null) hint = hintOf(second);
            cue = cue == null ? second : cue + ", " + second;
            name = after.group(1);
        }
        if (cue != null) out.add(new MentionText(name, hint, cue));
        return out;
    }

    private static PlaceKind hintOf(String cue) {
        if (ADMIN1_CUE.matcher(cue).matches()) return PlaceKind.ADMIN1;
        if (CITY_CUE.matcher(cue).matches()) return PlaceKind.CITY;
        return null;
    }
}

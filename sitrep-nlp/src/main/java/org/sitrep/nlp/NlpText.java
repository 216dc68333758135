package org.sitrep.nlp;

import java.util.regex.Pattern;

/**
 * Rewrites the text CoreNLP sees where its models stumble on news spelling, never changing its length,
 * so every offset still points into the original article.
 * SUTime reads "mid February" but not "mid-February" (no year, or not tagged at all).
 */
final class NlpText {
    private static final Pattern MID_MONTH = Pattern.compile("(?i)\\b(mid)-(?=(january|february|march|april|may|"
            + "june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|"
            + "dec|\\d{4})\\b)");

    /**
     * A wire dateline before the lead ("BAGHDAD, March 3, 2021 (Reuters) - Iraq's ..."): a place in capitals, a
     * date or an agency in brackets or both, then a dash. Group 1 is the dash.
     */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}[\\p{Lu} .'\u2019]{1,40}"
            + "(?:,[^\\n()\u2013\u2014\\d]{0,20}\\d[^\\n()\u2013\u2014]{0,20}?[ \\t]*(?:\\([^)\\n]{1,40}\\))?"
            + "|[ \\t]*\\([^)\\n]{1,40}\\))[ \\t]*(--?|\u2013|\u2014)[ \\t]+(?=[\\p{Lu}\"\u201c])");
    /** How far into the text a dateline may start (after a title line, say). */
    private static final int DATELINE_WITHIN = 300;

    private NlpText() {
    }

    static String prepare(String text) {
        String out = MID_MONTH.matcher(text).replaceAll("$1 ");
        out = separateDateline(out);
        if (out.length() != text.length()) throw new IllegalStateException("text preparation changed the length");
        return out;
    }

    /**
     * Makes a dateline's dash a full stop, so that the dateline is a sentence of its own: parsed with the lead,
     * the city became the lead's subject ("BAGHDAD ... summoned the Turkish ambassador").
     */
    static String separateDateline(String text) {
        java.util.regex.Matcher m = DATELINE.matcher(text);
        if (!m.find() || m.start() > DATELINE_WITHIN) return text;
        StringBuilder out = new StringBuilder(text);
        out.setCharAt(m.start(1), '.');
        for (int i = m.start(1) + 1; i < m.end(1); i++) out.setCharAt(i, ' ');
        return out.toString();
    }
}

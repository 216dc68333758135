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

    private NlpText() {
    }

    static String prepare(String text) {
        String out = MID_MONTH.matcher(text).replaceAll("$1 ");
        if (out.length() != text.length()) throw new IllegalStateException("text preparation changed the length");
        return out;
    }
}

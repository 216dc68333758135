package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * Finds time expressions with SUTime, run only on the stretches of a sentence around words that can be part
 * of one (a digit, a month, "yesterday", "weeks", ...).
 * SUTime tries every rule at every token and costs more than the NER model itself; in news text most tokens
 * are far from any date, and a stretch of {@value #CONTEXT} tokens either side of each anchor word finds what
 * the whole sentence gives (TimeTaggerTest; on the benchmark corpus a few more: "1990-1991" as two years).
 */
final class TimeTagger {
    /** Tokens kept either side of an anchor word: the longest expressions ("the past twenty four years") fit. */
    static final int CONTEXT = 6;

    /** Words (lower case, an "s" plural also accepted) that SUTime's English rules build expressions from. */
    private static final Set<String> ANCHORS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "spring", "summer", "fall", "autumn",
            "winter", "second", "sec", "min", "minute", "hour", "hr", "day", "daytime", "daylight", "week", "wk",
            "weekend", "weekday", "workweek", "workday", "fortnight", "month", "mo", "quarter", "year", "yr",
            "decade", "century", "centuries", "millennium", "millenium", "millennia", "millenia", "millisecond",
            "millisec", "morning", "afternoon", "evening", "night", "nighttime", "overnight", "noon", "midday",
            "midnight", "dawn", "daybreak", "dusk", "sunset", "sundown", "sunrise", "sunup", "twilight",
            "lunchtime", "dinnertime", "suppertime", "teatime", "tonight", "tonite", "today", "tomorrow",
            "yesterday", "now", "ago", "hence", "recently", "currently", "present", "current", "past", "future",
            "previously", "once", "medieval", "recent", "annual", "biannual", "semiannual", "biennial",
            "centennial", "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties", "noughts", "oughts", "christmas", "xmas", "x-mas", "easter", "halloween",
            "thanksgiving", "valentine", "birthday", "mayo", "eve", "ides", "nones", "o'clock", "o\u2019clock",
            "oclock", "a.m", "p.m", "am", "pm", "fy");
    /** Anchor words that are also common verbs or modals ("may", "march", "fall"): anchors only as nouns. */
    private static final Set<String> NOUNS_ONLY = Set.of("may", "march", "mar", "fall", "falls", "spring",
            "springs", "second", "seconds", "sat", "sun", "min", "mon", "wed", "mo", "am");
    /** "weekly", "biweekly", "semiannually": SUTime reads any word ending so as a frequency. */
    private static final java.util.regex.Pattern FREQUENCY = java.util.regex.Pattern.compile(
            ".*(annual|year|month|week|dai|hour|night|quarter)ly|.*annual");

    /** The stretches SUTime reads in one call, each with the sentence it comes from. */
    private record Stretch(int sentence, CoreMap tokens) {
    }

    private final ThreadLocal<StatelessSutime> sutime;
    private final int context;

    TimeTagger(Properties props) {
        this(props, CONTEXT);
    }

    /** With a context of Integer.MAX_VALUE every sentence with an anchor word is read whole. */
    TimeTagger(Properties props, int context) {
        StatelessSutime first = new StatelessSutime(props); // fails at load, not at the first article
        this.sutime = ThreadLocal.withInitial(() -> new StatelessSutime(props));
        this.sutime.set(first);
        this.context = context;
    }

    /** True when SUTime's rules could use the token: it holds a digit or names a unit, a day, a month, .... */
    static boolean isAnchor(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1); // "Sept.", "p.m."
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) return true;
        }
        if (NOUNS_ONLY.contains(w)) return pos == null || pos.startsWith("NN");
        if (known(w) || FREQUENCY.matcher(w).matches()) return true;
        for (String part : w.split("-")) {
            if (!part.equals(w) && known(part)) return true; // "one-day", "mid-March"
        }
        return false;
    }

    private static boolean known(String w) {
        return ANCHORS.contains(w) || (w.endsWith("s") && ANCHORS.contains(w.substring(0, w.length() - 1)));
    }

    /**
     * The time expressions of the given sentences of a text. SUTime reads the text as the tokenizer saw it
     * (prepared: "mid February"); spans and words are the original text's. An expression that overlaps a
     * named entity is dropped ("Min" in "Min Aung Hlaing" is not a minute): the NER model knows names better.
     */
    List<TimeExpression> tag(String text, String prepared, List<CoreMap> sentences, LocalDate docDate) {
        List<Stretch> stretches = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (CoreMap stretch : stretches(prepared, sentences.get(s), context)) stretches.add(new Stretch(s, stretch));
        }
        List<TimeExpression> out = new ArrayList<>();
        if (stretches.isEmpty()) return out;
        StatelessSutime reader = sutime.get();
        Set<Span> seen = new HashSet<>();
        for (Stretch stretch : stretches) {
            Annotation doc = new Annotation(prepared);
            if (docDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
            doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(stretch.tokens()));
            reader.annotate(doc);
            List<CoreLabel> tokens = sentences.get(stretch.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreMap> found = stretch.tokens().get(TimeAnnotations.TimexAnnotations.class);
            if (found == null) continue;
            for (CoreMap m : found) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                int first = tokenStartingAt(tokens, span.start());
                int last = tokenEndingAt(tokens, span.end());
                if (timex == null || first < 0 || last < first || namedEntity(tokens, first, last)
                        || partOfName(tokens, first, last, timex) || !seen.add(span)) {
                    continue;
                }
                out.add(new TimeExpression(stretch.sentence(), first, last, span, span.of(text), timex.timexType(),
                        timex.value(), modifier(timex)));
            }
        }
        return out;
    }

    /** Stretches of context tokens around the sentence's anchor words, overlapping stretches merged. */
    private static List<CoreMap> stretches(String text, CoreMap sentence, int context) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!isAnchor(tokens.get(i).word(), tokens.get(i).tag())) continue;
            int from = (int) Math.max(0, (long) i - context);
            int to = (int) Math.min(tokens.size(), (long) i + context + 1);
            if (start >= 0 && from <= end) {
                end = Math.max(end, to);
            } else {
                if (start >= 0) out.add(stretch(text, tokens.subList(start, end)));
                start = from;
                end = to;
            }
        }
        if (start >= 0) out.add(stretch(text, tokens.subList(start, end)));
        return out;
    }

    private static CoreMap stretch(String text, List<CoreLabel> tokens) {
        CoreMap m = new ArrayCoreMap();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        m.set(CoreAnnotations.TokensAnnotation.class, tokens);
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        m.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        return m;
    }

    /** The index of the token that holds the offset, or -1. */
    private static int tokenStartingAt(List<CoreLabel> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).beginPosition() <= offset && offset < tokens.get(i).endPosition()) return i;
        }
        return -1;
    }

    /** The index of the token that ends at or after the offset and starts before it, or -1. */
    private static int tokenEndingAt(List<CoreLabel> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).beginPosition() < offset && offset <= tokens.get(i).endPosition()) return i;
        }
        return -1;
    }

    private static boolean namedEntity(List<CoreLabel> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            String ner = tokens.get(i).ner();
            if (ner != null && !ner.equals("O")) return true;
        }
        return false;
    }

    /** A bare unit next to a name is part of the name the NER model half found: "Min" in "Min Aung Hlaing". */
    private static boolean partOfName(List<CoreLabel> tokens, int first, int last, Timex timex) {
        if (first != last || !"DURATION".equals(timex.timexType())) return false;
        return (first > 0 && namedEntity(tokens, first - 1, first - 1))
                || (last + 1 < tokens.size() && namedEntity(tokens, last + 1, last + 1));
    }

    static String modifier(Timex timex) {
        try {
            String mod = timex.toXmlElement().getAttribute("mod");
            return mod == null || mod.isEmpty() ? null : mod;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

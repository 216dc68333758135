package org.sitrep.coder.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;

/**
 * Turns a SUTime expression into the calendar range it names, fixed where news needs it: modifiers
 * ("the end of last year" is December, "mid-February" its middle days), "since", "ago" at the unit
 * said, narrative-relative phrases ("a few months later") left to context instead of the publication
 * date, and no date after publication unless the sentence speaks of the future.
 * SUTime alone anchors everything to the publication date and drops modifiers, which misdates events.
 */
public final class TimeNormalizer {
    private static final Pattern LATE = Pattern.compile("\\b(late|end of|close of)\\b");
    private static final Pattern EARLY = Pattern.compile("\\b(early|beginning of|start of|dawn of)\\b");
    private static final Pattern MID = Pattern.compile("\\b(mid|middle of|midst of)\\b");
    private static final Pattern END_OF = Pattern.compile("\\b(end|close) of\\b");
    private static final Pattern START_OF = Pattern.compile("\\b(beginning|start|dawn) of\\b");
    private static final Pattern NARRATIVE = Pattern.compile("\\b(later|earlier|afterwards?|before|after|"
            + "previously|following|prior)\\b");
    private static final Pattern AGO = Pattern.compile("\\b(year|month|week|day)s? ago\\b");
    private static final Pattern FUTURE = Pattern.compile("\\b(next|coming|upcoming|following)\\b");

    /** The resolution of one expression: a date (basis TEXT) or null, and why. */
    public record Resolution(EventDate date, String reason) {
    }

    public Resolution resolve(TimeExpression t, Sentence sentence, LocalDate published) {
        String text = t.text().toLowerCase(Locale.ROOT);
        if (!"DATE".equals(t.type())) return new Resolution(null, t.type() + " is not a calendar date");
        if (t.value() == null) {
            return new Resolution(null, published == null
                    ? "relative date with no publication date to anchor it: left unresolved"
                    : "SUTime gave no value");
        }
        boolean anchoredToPublication = !text.matches(".*\\d{4}.*");
        if (anchoredToPublication && NARRATIVE.matcher(text).find()) {
            return new Resolution(null, "relative to the narrated episode, not the publication date: "
                    + "SUTime's " + t.value() + " not used");
        }
        LocalDate[] range = TimexRange.of(yearFollowing(sentence, t, t.value()), published);
        if (range == null) {
            return new Resolution(null, t.value().contains("REF") ? "\"" + t.text() + "\" names no date ("
                    + t.value() + ")" : "TIMEX value " + t.value() + " names no calendar range");
        }
        StringBuilder reason = new StringBuilder("SUTime ").append(t.value());
        String modifier = null;
        Matcher ago = AGO.matcher(text);
        if (ago.find()) {
            range = coarsen(range[0], ago.group(1));
            reason.append(", \"ago\" kept at ").append(ago.group(1)).append(" precision");
        }
        if (LATE.matcher(text).find()) {
            modifier = "late";
            range = END_OF.matcher(text).find() ? last(range, 12) : last(range, 3);
        } else if (EARLY.matcher(text).find()) {
            modifier = "early";
            range = START_OF.matcher(text).find() ? first(range, 12) : first(range, 3);
        } else if (MID.matcher(text).find()) {
            modifier = "mid";
            range = middle(range);
        }
        if (modifier != null) reason.append(", ").append(modifier).append(" part");
        if (precededBy(sentence, t, "since") && published != null && range[0].isBefore(published)) {
            modifier = "since";
            range = new LocalDate[] {range[0], published};
            reason.append(", since: until publication");
        }
        if (published != null && range[0].isAfter(published) && !FUTURE.matcher(text).find()) {
            return new Resolution(null, "SUTime's " + t.value() + " is after publication and the text "
                    + "does not say it is in the future");
        }
        return new Resolution(EventDate.of(range[0], range[1], EventDate.Basis.TEXT, t.span(), modifier),
                reason.toString());
    }

    /** A TimeMention for the `times` listing. */
    public TimeMention mention(TimeExpression t, Sentence sentence, LocalDate published) {
        Resolution r = resolve(t, sentence, published);
        return new TimeMention(t.sentence(), t.span(), t.text(), t.type(), t.value(), r.date(), r.reason());
    }

    /** "the first quarter of 2020": SUTime tags "the first quarter" alone and puts it in the publication year. */
    private static String yearFollowing(Sentence s, TimeExpression t, String value) {
        int of = t.lastToken() + 1;
        if (of + 1 < s.tokens().size() && s.token(of).word().equalsIgnoreCase("of")
                && s.token(of + 1).word().matches("\\d{4}") && value.matches("\\d{4}-.*")) {
            return s.token(of + 1).word() + value.substring(4);
        }
        return value;
    }

    private static boolean precededBy(Sentence s, TimeExpression t, String word) {
        int before = t.firstToken() - 1;
        return before >= 0 && s.token(before).word().equalsIgnoreCase(word);
    }

    private static LocalDate[] coarsen(LocalDate day, String unit) {
        return switch (unit) {
            case "year" -> new LocalDate[] {day.withDayOfYear(1), day.withMonth(12).withDayOfMonth(31)};
            case "month" -> new LocalDate[] {day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth())};
            default -> new LocalDate[] {day, day};
        };
    }

    /** The last 1/parts of a range ("the end of 2020" with parts=12 is December). */
    private static LocalDate[] last(LocalDate[] r, int parts) {
        long days = ChronoUnit.DAYS.between(r[0], r[1]) + 1;
        if (days < parts) return r;
        if (days >= 365 && parts == 12) return new LocalDate[] {r[1].withDayOfMonth(1), r[1]};
        return new LocalDate[] {r[1].minusDays(days / parts - 1), r[1]};
    }

    private static LocalDate[] first(LocalDate[] r, int parts) {
        long days = ChronoUnit.DAYS.between(r[0], r[1]) + 1;
        if (days < parts) return r;
        if (days >= 365 && parts == 12) return new LocalDate[] {r[0], r[0].withDayOfMonth(r[0].lengthOfMonth())};
        return new LocalDate[] {r[0], r[0].plusDays(days / parts - 1)};
    }

    private static LocalDate[] middle(LocalDate[] r) {
        long days = ChronoUnit.DAYS.between(r[0], r[1]) + 1;
        if (days < 3) return r;
        long third = days / 3;
        return new LocalDate[] {r[0].plusDays(third), r[1].minusDays(third)};
    }
}

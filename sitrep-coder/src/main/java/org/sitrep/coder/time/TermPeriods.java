package org.sitrep.coder.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.dictionaries.Dictionaries;
import org.sitrep.dictionaries.actor.ActorEntry;
import org.sitrep.dictionaries.actor.DatedCode;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeExpression;

/**
 * Reads "the Trump administration" or "the Al-Kadhimi government" as the period its leader held office,
 * taken from the leader's dated government role in the actor dictionaries.
 * News often dates a narrated episode only by whose administration it was; SUTime sees no date there.
 */
public final class TermPeriods {
    private static final Set<String> TERM_NOUNS = Set.of("administration", "presidency", "government", "premiership",
            "tenure", "era", "cabinet", "term");

    private final Dictionaries dictionaries;

    public TermPeriods(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** A period found in a sentence: the phrase as a time expression and what it resolved to. */
    public record Period(TimeExpression expression, TimeMention mention) {
    }

    public List<Period> find(String text, Sentence s, LocalDate published) {
        List<Period> out = new ArrayList<>();
        for (int head = 0; head < s.tokens().size(); head++) {
            if (!TERM_NOUNS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) continue;
            // The leader's name stands right before: "the Trump administration", "Al-Kadhimi's government".
            // Read from the tokens, not the parse, so unparsed sentences (no event of their own) still date others.
            int last = head - 1;
            if (last >= 0 && s.token(last).pos().equals("POS")) last--;
            int first = last + 1;
            while (first - 1 >= 0 && (s.token(first - 1).pos().startsWith("NNP") || s.token(first - 1).pos().equals("HYPH"))) {
                first--;
            }
            if (first > last) continue;
            String leader = s.textOf(text, first, last);
            List<ActorEntry> entries = dictionaries.actorsNamed(leader);
            if (entries.isEmpty()) continue;
            ActorEntry entry = entries.get(entries.size() - 1);
            DatedCode term = latestGovernmentTerm(entry, published);
            if (term == null) continue;
            LocalDate end = term.to() == null || published != null && term.to().isAfter(published) ? published : term.to();
            if (end == null || end.isBefore(term.from())) continue;
            int determiner = first > 0 && s.token(first - 1).pos().equals("DT") ? first - 1 : first;
            TimeExpression expression = new TimeExpression(s.index(), determiner, head, s.spanOf(determiner, head),
                    s.textOf(text, determiner, head), "DATE", null, null);
            EventDate date = EventDate.of(term.from(), end, EventDate.Basis.TEXT, expression.span(), "term");
            String reason = "term of " + entry.name() + " as " + term.code() + " (" + entry.origin() + ")";
            out.add(new Period(expression, new TimeMention(s.index(), expression.span(), expression.text(), "DATE",
                    null, date, reason)));
        }
        return out;
    }

    /** The last government role that began before publication (or at all, with no publication date). */
    private static DatedCode latestGovernmentTerm(ActorEntry entry, LocalDate published) {
        DatedCode best = null;
        for (DatedCode c : entry.codes()) {
            if (c.from() == null || !c.code().endsWith("GOV")) continue;
            if (published != null && c.from().isAfter(published)) continue;
            if (best == null || c.from().isAfter(best.from())) best = c;
        }
        return best;
    }
}

package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.dictionaries.discard.DiscardList;
import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.eval.score.EventTriple;
import org.sitrep.eval.score.Figures;
import org.sitrep.model.Event;

/**
 * The human-readable account of an evaluation: per record its expected and produced events, with the rule
 * behind each produced event and a reason for each mismatch, and a table of figures by category.
 * It is what `sitrep eval petrarch --verbose` prints, and what the failure analysis was written from.
 */
public final class OutcomeReport {
    private final Explanations explanations;

    public OutcomeReport(DiscardList discards) {
        this.explanations = new Explanations(discards);
    }

    /** The lines for one record; a record coded as expected gets its header, expected and produced events only. */
    public List<String> lines(RecordOutcome o) {
        ValidationRecord r = o.record();
        List<String> out = new ArrayList<>();
        out.add(header(o));
        out.add("  text      " + RecordArticle.text(r));
        if (o.note() != null) out.add("  note      " + o.note());
        if (o.status() == RecordOutcome.Status.SKIPPED) return out;
        if (r.expected().isEmpty()) {
            out.add("  expected  " + (r.error() != null ? "error " + r.error() : "no events"));
        }
        for (EventTriple e : r.expected()) out.add("  expected  " + e);
        if (o.coded() != null) {
            for (Event e : o.coded().events()) {
                EventTriple t = EventTriples.triple(e, r.options());
                String unwritten = EventTriples.whyUnwritten(e, r.options());
                out.add((unwritten == null ? "  produced  " : "  unwritten ") + t + "  [" + e.modality().label() + "; "
                        + e.rule() + "]" + (unwritten == null ? "" : " (" + unwritten + ")"));
            }
        }
        for (String m : explanations.missed(o)) out.add("  MISSED    " + m);
        for (String s : explanations.spurious(o)) out.add("  SPURIOUS  " + s);
        return out;
    }

    private static String header(RecordOutcome o) {
        ValidationRecord r = o.record();
        String where = r.id() + " [" + r.category() + "] " + r.date() + " line " + r.line() + ": ";
        if (o.status() == RecordOutcome.Status.SKIPPED) return where + "skipped";
        int n = o.score().expected();
        return where + (o.score().perfect() ? "ok, " : "") + o.score().matched().size() + "/" + n + " matched, "
                + o.score().spurious().size() + " spurious";
    }

    /** Matched and spurious figures per record category, in category order. */
    public static List<String> byCategory(EvaluationResult result) {
        Map<String, List<RecordOutcome>> groups = new TreeMap<>();
        for (RecordOutcome o : result.outcomes()) {
            if (o.status() != RecordOutcome.Status.SCORED) continue;
            groups.computeIfAbsent(String.valueOf(o.record().category()), k -> new ArrayList<>()).add(o);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<RecordOutcome>> g : groups.entrySet()) {
            Figures f = Figures.of(g.getValue().stream().map(RecordOutcome::score).toList());
            out.add(String.format(Locale.ROOT, "%-10s %3d records  %s", g.getKey(), g.getValue().size(), f.line()));
        }
        return out;
    }
}

package org.sitrep.eval;

import java.util.List;
import org.sitrep.eval.score.Figures;

/**
 * The outcome of every record and the totals over the scored ones.
 * Callers print the figures; the outcomes are there for verbose reports and failure analysis.
 */
public record EvaluationResult(String route, List<RecordOutcome> outcomes, Figures figures) {
    public EvaluationResult {
        outcomes = List.copyOf(outcomes);
    }

    public List<RecordOutcome> skipped() {
        return outcomes.stream().filter(o -> o.status() == RecordOutcome.Status.SKIPPED).toList();
    }
}

package org.sitrep.eval;

import java.util.List;
import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.eval.score.EventTriple;
import org.sitrep.eval.score.RecordScore;
import org.sitrep.nlp.AnnotatedText;

/**
 * What happened to one record: the events produced, their score, and what the coder saw on the way.
 * coded and parse (the NLP annotation the coding came from) are null when the record could not be coded (its
 * parse was rejected) or was skipped.
 */
public record RecordOutcome(ValidationRecord record, Status status, List<EventTriple> produced, RecordScore score,
                            Coding coded, AnnotatedText parse, String note) {

    /** SCORED counts in the figures; SKIPPED records test something the route does not use. */
    public enum Status { SCORED, SKIPPED }

    public RecordOutcome {
        produced = List.copyOf(produced);
    }
}

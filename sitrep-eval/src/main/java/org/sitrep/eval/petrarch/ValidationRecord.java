package org.sitrep.eval.petrarch;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.eval.score.EventTriple;

/**
 * One &lt;Sentence&gt; of a validation file: its text and gold parse, its date, what the coder should produce,
 * and the options in force for it.
 * expected is empty when noEvents is set or an error is expected (error names it: "storydiscard", ...).
 */
public record ValidationRecord(int position, int line, String id, String category, LocalDate date, String text,
                               String parse, List<EventTriple> expected, boolean noEvents, String error,
                               ValidationOptions options) {
    public ValidationRecord {
        expected = List.copyOf(expected);
    }

    public boolean expectsError() {
        return error != null;
    }
}

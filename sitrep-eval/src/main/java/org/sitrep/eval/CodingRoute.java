package org.sitrep.eval;

import org.sitrep.eval.petrarch.ValidationRecord;
import org.sitrep.nlp.AnnotatedText;

/**
 * How a record reaches the coder: its text re-parsed by CoreNLP, or its gold parse converted.
 * Comparing the two routes separates parser errors from coder errors.
 */
interface CodingRoute {
    /** What the route does, for reports: "re-parsed" or "gold parse". */
    String label();

    /**
     * @throws IllegalArgumentException when the record cannot go this way (no parse, or a malformed one)
     */
    Coded code(ValidationRecord record);

    /**
     * The coding, the NLP annotations it was made from (for explanations), and a note when the route had to
     * depart from the record (e.g. which text was coded).
     */
    record Coded(Coding coding, AnnotatedText parse, String note) {
    }
}
